import type { ActorClass, Category, DatePrecision, Group, Kind, PlacePrecision, QuantityModifier, ReporterBasis, Unit, VagueWord } from './vocab.ts';

/** A sentence of an article's clean text; `start`/`end` are UTF-16 offsets into that text (end exclusive). */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A line that ingest removed as boilerplate, kept for the record (not extracted from). */
export interface RemovedLine {
  text: string;
  reason: string; // e.g. 'caption', 'credit', 'reading_time', 'share', 'link_list', 'repeated_lead', 'sign_in'
}

/** One row of articles.csv. */
export interface ArticleRecord {
  article_id: string;
  title: string;
  /** Best single-day estimate of the publication date, ISO `YYYY-MM-DD`, '' when nothing in the text dates it. */
  published: string;
  published_precision: DatePrecision | '';
  /** Earliest and latest dates the evidence allows (equal for an exact date). */
  published_earliest: string;
  published_latest: string;
  /** Human-readable account of how the date was inferred, e.g. "dateline '8 January 2018'". */
  published_evidence: string;
  outlet: string;
  url: string;
  chars: number;
  sentences: number;
  removed_lines: number;
  sha256: string;
  /** Path of the input file, relative to the input folder. */
  source_path: string;
  // The two below are optional because stage files written before they existed lack them; ingest always sets them.
  /** SHA-256 of the clean text: copies of one text share it whatever their front matter or boilerplate. */
  text_sha256?: string;
  /** Metadata that was wrong and not used, one message each ("front-matter.title: ..."); never contains ';'. */
  warnings?: string[];
  /** The reader that read the input: text, markdown, html, pdf, jsonl, csv. */
  format?: string;
  /** Where title, outlet and url came from when stated rather than inferred: "outlet: HTML meta og:site_name". */
  metadata_evidence?: string[];
  /** The place its dateline opens with ("BAMAKO, Mali (AP) -" -> "Bamako"); '' when none. Set by ingest. */
  dateline_place?: string;
  /**
   * Where a dateline that opens the first story line on that line ends ("YANGON, March 4 (Reuters) - "), a UTF-16
   * offset into the clean text; 0 when none. Set by ingest; extract dates no figure by the words before it.
   */
  dateline_end?: number;
  /** ISO 3166-1 alpha-2 code of the country the article is about, as normalize told (or was told); '' when unknown. */
  country?: string;
  /** Why that country: "forced", or the votes, e.g. "UA: 4 places, 2 names; RU: 3 demonyms". */
  country_evidence?: string;
}

/** What ingest hands to extract: the record plus the clean text and its sentences. */
export interface IngestedArticle extends ArticleRecord {
  /** Clean text: the article with boilerplate lines removed. Offsets of sentences and facts refer to it. */
  text: string;
  sentence_list: Sentence[];
  removed: RemovedLine[];
}

/** One row of rejected.csv. */
export interface Rejection {
  path: string;
  reason: string;
}

/**
 * A figure as written, before any range rule: `value` for a number ("1.1 million" -> 1100000), or `vague_word`
 * for a word ("dozens", "tens of thousands"); `modifier` is the hedge in front of it, one of QUANTITY_MODIFIERS.
 */
export interface Quantity {
  value: number | null;
  vague_word: VagueWord | '';
  modifier: QuantityModifier | '';
  /** A range's upper bound as written ("between 41 and 52", "400–600": value 41, upper 52); absent for one figure. */
  upper?: number;
}

/** A span of the article's clean text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A place named in a fact's sentence, as written. */
export interface PlaceMention extends Span {
  /** What the text says the place is, when it says: 'airbase', 'camp', 'crossing', 'city', 'town', 'village', 'province', 'district', 'country', 'area'. */
  feature_hint: string;
  /** Governorate the sentence puts it in ("... in Hama province"), as written, '' if none. */
  admin_hint: string;
  /** True for "near X", "X area", "X countryside", "south of X": the fact is around, not at, the place. */
  near: boolean;
}

export type DateBasis = 'phrase' | 'context' | 'publication' | '';

/**
 * How a fact's admin1 was found: `stated` (its own sentence places it), `paragraph` (the place its paragraph had
 * reached), `headline` (the headline's or the lead's admin1), `article` (the only admin1 the article names), or ''
 * (none: no place, or several without a clue).
 */
export const ADMIN1_BASES = ['stated', 'paragraph', 'headline', 'article', 'section', ''] as const;
export type Admin1Basis = (typeof ADMIN1_BASES)[number];

/**
 * The places around a fact, for a fact whose own sentence places nowhere the packs know (see extract's discourse.ts).
 * Offsets are the article's.
 */
export interface PlaceContext {
  /** Places of the earlier sentences of the fact's paragraph, latest first. */
  paragraph: PlaceMention[];
  /** Places of the headline and the lead. */
  lead: PlaceMention[];
  /**
   * Places of the sentences after the previous fact's, up to this fact's (the article's last fact also takes those
   * after it): over all facts of an article, every place the article names, each once.
   */
  between: PlaceMention[];
  /**
   * Places of the fact's section so far (since the last heading, its own places included), latest first; absent before
   * an article's first heading: a narrative's section stays in one area longer than a news report's paragraphs do.
   */
  section?: PlaceMention[];
  /**
   * Places of the lead-in line ("In Donetsk and Luhansk regions: ...") whose list the fact's line belongs to; absent
   * outside such a list: the lines under a lead-in are of its areas.
   */
  lead_in?: PlaceMention[];
}

/** Whether the text states a figure or hedges it ("believed to", "reportedly", "unconfirmed reports"). */
export type Certainty = 'stated' | 'hedged' | 'inferred';

/** A fact as extract finds it: spans and raw phrases, nothing resolved against registries or calendars. */
export interface ExtractedFact {
  fact_id: string;
  /** What corrections target: stable wherever the sentence is unchanged (extract's fact-key.ts); absent in older stage files. */
  fact_key?: string;
  article_id: string;
  kind: Kind;
  category: Category;
  group: Group | '';
  /** The words naming who gained ground (territory) or the stated perpetrator (casualty), '' if none. */
  actor_text: string;
  /** The figure: a number as written, a vague word, or nothing (a capture with no count). */
  quantity: Quantity | null;
  unit: Unit | '';
  /** The words of the figure as written, modifier included ("nearly 120,000", "tens of thousands"). */
  count_phrase: string;
  place_mentions: PlaceMention[];
  /** The words that date the figure ("on Sunday night", "since Dec. 25", "between December 15 and January 6"), '' if none. */
  time_phrase: string;
  /**
   * The document's current date before this sentence: the event time phrases of earlier sentences in reading order,
   * from the last one that names a year ("On 3 November 2017", "On 21 January", "The next day"); PARAGRAPH marks a
   * paragraph break. Normalize folds it into a date (see packages/extract/src/discourse.ts).
   */
  time_context: string[];
  /**
   * The words that end a running total when they are not its own phrase: the sentence's "as of <date>", or the date of
   * the statement that gives the figure ("On 1 March, the minister said ... since 24 February"); '' or absent if none.
   */
  end_phrase?: string;
  /**
   * The year the text gave this phrase's day where it first wrote it with one ("since 8 October" after "since 8 October
   * 2023" gives '2023'); absent when the phrase names its year or the text never did (extract/src/echoed-year.ts).
   */
  echoed_year?: string;
  /**
   * A fact told with a relative week ("last week", "this week"): the first date of the story's next dated sentence, when
   * it is a weekday ("on Tuesday last week"); normalize takes it for the fact's day when it falls inside the week
   * (extract/src/week-day.ts). Absent otherwise.
   */
  week_day?: string;
  /** The places around the fact (absent: none known). */
  place_context?: PlaceContext;
  cumulative: boolean;
  /**
   * `hedged` when the text puts the figure at one remove ("are believed to have died", "reportedly"); `inferred` when
   * only the clause-level backoff read it (extract's clause-backoff.ts); absent = `stated`.
   */
  certainty?: Certainty;
  /** The hedge words as written, `;`-joined ('' or absent when stated). */
  hedge?: string;
  /** Who the figure is attributed to, as written, with back-references ("the NGO") replaced by the antecedent's words. */
  reporter_texts: string[];
  /** How the reporters were found (vocab.ts REPORTER_BASES); absent in stage files written before it existed. */
  reporter_basis?: ReporterBasis;
  /**
   * The sentence that named the reporters when it is not the figure's own: the next one that credits it ("The figures
   * come from X"), or the one before that announces a record ("X has compiled a list of the dead"); absent otherwise.
   */
  reporter_sentence?: number;
  quote: string;
  sentence_index: number;
  /** Offsets of the sentence in the clean text. */
  char_start: number;
  char_end: number;
  /** Offsets of the figure (or the capture verb, for territory without a number) in the clean text. */
  figure_start: number;
  figure_end: number;
  /** Offsets of the verb or noun that makes the figure a fact (its predicate); absent in older stage files. */
  cue_start?: number;
  cue_end?: number;
  /**
   * The nation word that made a casualty fact's dead fighters `people` ("12 Iraqi soldiers", "Turkish troops"): a
   * foreign force in a war read as Syria's. Normalize counts them as government forces in an article about that
   * nation's own country. Absent when the group came from no such word.
   */
  group_nation?: string;
}

/** A place resolved against the gazetteer. */
export interface ResolvedPlace {
  mention: string;
  place_id: string; // gazetteer id (OCHA P-code, curated id, or admin1 P-code)
  name: string; // canonical name
  admin1: string; // admin1 name as the place's pack gives it ('Idlib', 'Donetsk', 'North Kivu')
  country: string; // ISO 3166-1 alpha-2 code
  latitude: number | null;
  longitude: number | null;
  precision: PlacePrecision;
}

/** One row of place_mentions.csv: a mention of a fact and what the gazetteer made of it. */
export interface PlaceMentionRecord {
  fact_id: string;
  article_id: string;
  mention: string;
  resolved: boolean;
  place_id: string;
  place: string;
  admin1: string;
  country: string;
  latitude: number | null;
  longitude: number | null;
  precision: PlacePrecision | '';
  reason: string;
  sentence_index: number;
  char_start: number;
  char_end: number;
}

/** A place mention that did not resolve. */
export interface UnresolvedPlace {
  fact_id: string;
  article_id: string;
  mention: string;
  quote: string;
  sentence_index: number;
  reason: string;
  /** The nearest places of the packs, "Name (admin1, CC) [id]", ';'-joined in CSV. */
  candidates: string[];
}

/** One row of facts.csv (lists are arrays here and `;`-joined in CSV). */
export interface Fact {
  fact_id: string;
  /** Hash of the article id, the sentence and the figure's words and offsets in it: what corrections target. */
  fact_key: string;
  article_id: string;
  kind: Kind;
  category: Category;
  group: Group | '';
  actor: ActorClass | '';
  actor_name: string;
  /** The actor as written in the sentence ("the army", "Russian troops"), from which `actor` and `actor_name` were read. */
  actor_text: string;
  count_low: number | null;
  count_best: number | null;
  count_high: number | null;
  unit: Unit | '';
  persons_low: number | null;
  persons_best: number | null;
  persons_high: number | null;
  count_phrase: string;
  vague: boolean;
  places: string[];
  /** The places as written in the sentence, same order as found (kept so a reader can check the resolution). */
  place_mentions: string[];
  place_ids: string[];
  place_precision: PlacePrecision | '';
  admin1: string[];
  /** How admin1 was found: stated by the fact's sentence, or inferred from its paragraph, headline or article. */
  admin1_basis: Admin1Basis;
  latitude: number | null;
  longitude: number | null;
  period_start: string;
  period_end: string;
  date_precision: DatePrecision | '';
  time_phrase: string;
  /** How the period was found: `phrase` (its own time phrase), `context` (the document's current date), `publication`, or '' (undated). */
  date_basis: DateBasis;
  cumulative: boolean;
  certainty: Certainty;
  hedge: string;
  reported_by: string[];
  /** How the reporter was found: stated, quoted, subject_of_reporting_verb, document_author, carried, or '' (none). */
  reporter_basis: ReporterBasis;
  quote: string;
  sentence_index: number;
  char_start: number;
  char_end: number;
  figure_start: number;
  figure_end: number;
  published: string;
  /** 0..1: how far the fact can be trusted as read (aggregate's confidence.ts); 1 for a fact a person added. */
  confidence: number;
  /** Why it is below 1: short codes (CONFIDENCE_REASONS), ';'-joined in CSV. */
  confidence_reasons: string[];
  /** True when a person's correction touched the fact (or added it). */
  reviewed: boolean;
  /** The ids of the corrections that did, in the order applied. */
  corrected_by: string[];
  /** What each correction replaced: `field: old value [correction id]`. */
  original_values: string[];
}

/** What became of one correction: a row of corrections_applied.csv. */
export interface AppliedCorrection {
  correction_id: string;
  file: string;
  line: number;
  /** reject, change:<field>, add, place_alias, new_place, actor_alias, source_alias, merge_events, split_events, or '' for a file that could not be read. */
  action: string;
  /** The fact_key, alias or article it targets. */
  target: string;
  /** applied, stale (its target is gone), invalid (the row is wrong), unused (valid, but nothing matched it). */
  status: 'applied' | 'stale' | 'invalid' | 'unused';
  detail: string;
  fact_ids: string[];
  who: string;
  when: string;
  why: string;
}
