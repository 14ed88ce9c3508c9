/**
 * The controlled vocabularies of Frontline. Every stage imports these; none re-declares them.
 * Values are the ones of docs/data-contract.md: renaming one breaks users' scripts.
 */

export const KINDS = ['displacement', 'casualty', 'territory'] as const;
export type Kind = (typeof KINDS)[number];

export const CATEGORIES = {
  displacement: ['displaced', 'idps_stock', 'returned'],
  casualty: ['killed', 'injured'],
  territory: ['captured', 'entered', 'advanced'],
} as const satisfies Record<Kind, readonly string[]>;
export type Category = (typeof CATEGORIES)[Kind][number];

/** Who the casualties were. `people` is "unspecified". */
export const GROUPS = [
  'civilians',
  'children',
  'women',
  'government_forces',
  'opposition_fighters',
  'isis_fighters',
  'people',
] as const;
export type Group = (typeof GROUPS)[number];

/**
 * Sides of a war, used for who gained ground and, for casualties, the stated perpetrator, in any war:
 * `government` the forces of the state the article is about; `opposition` non-state armed groups; `isis`; `kurdish`;
 * `peacekeepers`; and `foreign:<ISO2>` for another state's forces. `turkey` is the established name of
 * `foreign:TR` (the Syrian war's annotations use it), so Turkey's forces outside Turkey are written `turkey`.
 */
export const ACTOR_CLASSES = ['government', 'opposition', 'isis', 'turkey', 'kurdish', 'peacekeepers'] as const;
export type ActorClass = (typeof ACTOR_CLASSES)[number] | `foreign:${string}`;

/** A foreign state's forces as an actor class: `foreign:RU`, or the established name where there is one. */
export function foreignClass(country: string): ActorClass {
  return country === 'TR' ? 'turkey' : `foreign:${country}`;
}

/** What a reader is shown for each side; `foreign:<ISO2>` is named from the country code (`actorClassLabel`). */
export const ACTOR_CLASS_LABELS: Record<(typeof ACTOR_CLASSES)[number], string> = {
  government: 'government forces',
  opposition: 'opposition groups',
  isis: 'ISIS',
  turkey: 'Turkish forces',
  kurdish: 'Kurdish forces',
  peacekeepers: 'peacekeepers',
};

let regionNames: Intl.DisplayNames | null = null;

/**
 * A side's name for people: "government forces", "forces of Russia" for `foreign:RU` (the country's English name
 * from the runtime's Unicode data, so no table of countries is repeated here), the value as written otherwise.
 */
export function actorClassLabel(actor: string): string {
  const known = (ACTOR_CLASS_LABELS as Record<string, string>)[actor];
  if (known) return known;
  const foreign = /^foreign:([A-Z]{2})$/.exec(actor);
  if (!foreign) return actor.replaceAll('_', ' ');
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  return `forces of ${regionNames.of(foreign[1]!) ?? foreign[1]}`;
}

/** The classes an actor registry row may have; a state's forces are `government` and turn `foreign:` abroad. */
export const REGISTRY_ACTOR_CLASSES = ['government', 'opposition', 'isis', 'kurdish', 'peacekeepers'] as const;
export type RegistryActorClass = (typeof REGISTRY_ACTOR_CLASSES)[number];

/**
 * Where a registry spelling holds and how specific it is: `name` names the group anywhere; `local` names it only in an
 * article about the row's country ("Russian forces" are the Syrian government's side in a Syrian article); `role` is
 * a generic word of any war, read by the article's country ("the army", "rebels"); `local_role` a generic word that
 * means the group only in an article about its country ("the regime", "militias" in Syria). A named group in the
 * same phrase wins over a generic word.
 */
export const ACTOR_SCOPES = ['name', 'local', 'role', 'local_role'] as const;
export type ActorScope = (typeof ACTOR_SCOPES)[number];

export const UNITS = ['persons', 'families', 'households', 'places', 'km'] as const;
export type Unit = (typeof UNITS)[number];

/** Hedges in front of a number, normalized. Normalize turns (modifier, value) into low/best/high. */
export const QUANTITY_MODIFIERS = [
  'exact', // no hedge
  'nearly', // nearly, almost, just under, close to
  'at_least', // at least, no fewer than
  'more_than', // more than, over, upwards of, in excess of
  'about', // about, around, some, an estimated, approximately, roughly, estimated, up to ~
  'up_to', // up to, as many as
  'less_than', // less than, fewer than, under
] as const;
export type QuantityModifier = (typeof QUANTITY_MODIFIERS)[number];

/** Vague quantities, normalized; the range each stands for is normalize's documented rule. */
export const VAGUE_WORDS = [
  'a_few', // a few, a handful
  'several',
  'dozens', // dozens
  'scores',
  'hundreds',
  'thousands',
  'tens_of_thousands',
  'hundreds_of_thousands',
  'millions',
  'many', // many, numerous
] as const;
export type VagueWord = (typeof VAGUE_WORDS)[number];

export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * How precisely a place mention was located.
 * point: a gazetteer point (community, airbase, camp); near: "near X", "around X";
 * district / governorate / country: an area, drawn at its centroid at best.
 */
export const PLACE_PRECISIONS = ['point', 'near', 'district', 'governorate', 'country'] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

/**
 * Persons per family or household used to convert displacement figures to persons.
 * 5 is the planning figure humanitarian actors in north-west Syria use when a report counts
 * families (e.g. the CCCM Cluster's IDP movement updates). It is an assumption, stated in the
 * datapackage and applied only where the text counts families or households.
 */
export const HOUSEHOLD_SIZE = 5;
/** Where HOUSEHOLD_SIZE comes from, in words, for readers who see a figure converted with it (the dashboard). */
export const HOUSEHOLD_SIZE_SOURCE =
  'the planning figure humanitarian actors in north-west Syria use when a report counts families (e.g. the CCCM Cluster’s IDP movement updates); an assumption stated in datapackage.json';

export function isCategoryOf(kind: Kind, category: string): category is Category {
  return (CATEGORIES[kind] as readonly string[]).includes(category);
}

/** Marks a paragraph break in a fact's `time_context` (the document layer's chain of time phrases). */
export const PARAGRAPH_MARK = '¶';

/**
 * Marks, in a fact's `time_context`, that the next phrase is the date its section's heading gave ("Key figures as of
 * 30 April 2023", "## September 2022"), restored at each new paragraph of the section: a report's paragraphs under a
 * dated heading are of that date; a narrative, which carries its latest date across paragraphs, skips it.
 */
export const SECTION_MARK = '§';

/**
 * Ends the publication evidence of a text that dates its events, never itself (an encyclopedic page, a narrative over
 * months): it has no publication date, and no other article may lend it one (see normalize's corroboration), since
 * its facts are dated from its own words.
 */
export const NARRATIVE_EVIDENCE = 'its facts are dated from the text';

/** Whether an article's publication evidence says it is such a text. */
export const isNarrativeEvidence = (evidence: string): boolean => evidence.includes(NARRATIVE_EVIDENCE);

/**
 * Marks, in a fact's `time_context`, that the next phrase is the period the title gave ("1,402 civilians killed in
 * November 2016", "Casualty figures for May 2023"), restored at each paragraph with no dated heading: a periodic report's
 * undated figures are of its period. Normalize keeps it only for a closed period shortly before the publication date.
 */
export const TITLE_PERIOD_MARK = '⌛';

/**
 * Marks, in a fact's `time_context`, right before TITLE_PERIOD_MARK, that the report's period came from a line saying
 * which days the report covers ("This update, covering developments from 24 April to 24 May, ..."), not from a title,
 * which a news story's headline may be: a running total "since" a day is then counted to the last day covered.
 */
export const COVERED_PERIOD_MARK = '⌚';

/**
 * Marks, in a fact's `time_context`, that the next phrase is the day of the dateline that opens the story ("YAOUNDE,
 * Aug. 26 (Xinhua) --"): a calendar date, yet the story's own day, so it is the news day the undated incident figures of
 * the paragraphs after it take (normalize's `newsDay`), as a lead's "on Sunday" is.
 */
export const DATELINE_MARK = '✉';

/**
 * Marks, in a fact's `time_context`, that the phrases before it are the campaign's (an encyclopedic page's lead or
 * Date field) and the section after it tells what came before the campaign ("Background", "Prelude"): a narrative's
 * undated fact there is of no date the chain gives. The first phrase after the mark dates the section as any phrase
 * does.
 */
export const PRIOR_SECTION_MARK = '⏮';

/**
 * Marks, in a fact's `time_context`, that the next phrase dates a campaign's launch ("The army launched its offensive on
 * 25 April"): the day a narrative's "By the third day of the offensive" counts from (normalize's `campaignDay`).
 */
export const CAMPAIGN_START_MARK = '⏵';

/**
 * How a figure's reporter was found: `stated` ("according to X", "figures from X", "X's data show", "(source: X)"),
 * `quoted` ("X said", "X told"), `subject_of_reporting_verb` ("X tracked", "X estimates", "recorded by X"),
 * `document_author` (the report's own publisher, for its unattributed figures), `carried` (a pronoun, a
 * back-reference or a list lead standing for a source named earlier), `carried_from_previous` (a news roundup's
 * later figure with no attribution of its own, given to the source named last while nothing else intervened:
 * extract/src/roundup-carry.ts); '' when no reporter was found.
 */
export const REPORTER_BASES = ['stated', 'quoted', 'subject_of_reporting_verb', 'document_author', 'carried', 'carried_from_previous'] as const;
export type ReporterBasis = (typeof REPORTER_BASES)[number] | '';
