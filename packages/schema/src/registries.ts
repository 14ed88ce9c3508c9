/**
 * Registries of the wars' actors, reporting sources and governorates: one entry per entity, with the spellings news
 * uses for it. Actors cover the generic roles of any war and the named forces of the wars the project reads
 * (Syria, Ukraine, Sudan, DR Congo, Iraq, Yemen, Gaza, Myanmar, the Sahel...), not the names a few articles contain.
 * They are data (`packages/schema/data/actors.csv`, `sources.csv`: one row per spelling, each with the public page it comes
 * from), read once through `readRegistry`; the governorates are the region packs' (`packs/<region>/admin1.csv`, read by
 * packs.ts). Extract uses the aliases to find mentions;
 * normalize maps every mention to the entry's `name`. Aliases are matched case-insensitively on word boundaries,
 * after folding apostrophes and hyphens.
 */
import { readRegistry, parseRegistry, groupByName, type RegistryRow } from './registry-csv.ts';
import { ACTOR_SCOPES, REGISTRY_ACTOR_CLASSES, type RegistryActorClass } from './vocab.ts';
import { readPackAdmin1, type PackAdmin1 } from './packs.ts';
import { keptAnswers } from './kept-answers.ts';

export interface ActorEntry {
  /**
   * One name per actor, as it appears in `actor_name`. A role's name may hold `{state}` (the registered state forces
   * of the article's country, else "<demonym> government forces") and `{demonym}` (the article country's).
   */
  name: string;
  class: RegistryActorClass;
  /** ISO 3166-1 alpha-2: the state whose forces these are (class government), or where the group fights; '' for a role. */
  country: string;
  /** Every spelling, for finding mentions. */
  aliases: string[];
  /** The spellings that hold only in an article about `country` (scope `local` or `local_role`). */
  local: string[];
  /** The generic spellings (scope `role` or `local_role`): a named group found with them wins. */
  generic: string[];
  /** A generic role read by the article's country (scope `role`, on every row of the entry). */
  role: boolean;
}

const ACTORS_FILE = 'actors.csv';
const ACTOR_COLUMNS = ['name', 'class', 'alias', 'scope'] as const;
const ACTOR_VALUES = { class: REGISTRY_ACTOR_CLASSES, scope: ACTOR_SCOPES };

/**
 * actors.csv rows -> entries: one per name; `class` and `country` agree across an entry's rows; a role is a role on
 * every row; a `local` spelling needs a country. Exported so a test can load an invented war's rows the same way.
 */
export function actorEntries(file: string, rows: RegistryRow[]): ActorEntry[] {
  return groupByName(file, rows, ['class', 'country']).map((g) => {
    const role = g.first.scope === 'role';
    if (g.rows.some((r) => (r.scope === 'role') !== role)) throw new Error(`registry ${file}: "${g.first.name}" mixes role rows with others`);
    if (!role && !/^[A-Z]{2}$|^$/.test(g.first.country ?? '')) throw new Error(`registry ${file}: "${g.first.name}" country is not ISO2: ${g.first.country}`);
    const spellings = (...scopes: string[]) => g.rows.filter((r) => scopes.includes(r.scope!)).map((r) => r.alias!);
    if (!g.first.country && spellings('local', 'local_role').length) throw new Error(`registry ${file}: "${g.first.name}" has local spellings but no country`);
    return {
      name: g.first.name!, class: g.first.class as RegistryActorClass, country: role ? '' : g.first.country ?? '',
      aliases: g.rows.map((r) => r.alias!), local: spellings('local', 'local_role'), generic: spellings('role', 'local_role'), role,
    };
  });
}

/** An actors table given as text (same columns and checks as actors.csv), e.g. a war's rows a user adds. */
export function parseActors(text: string, file = 'actors.csv'): ActorEntry[] {
  return actorEntries(file, parseRegistry(text, file, ACTOR_COLUMNS, ACTOR_VALUES));
}

/** The actors of every war the registry knows, and the generic roles (packages/schema/data/actors.csv). */
export const ACTORS: ActorEntry[] = actorEntries(ACTORS_FILE, readRegistry(ACTORS_FILE, ACTOR_COLUMNS, ACTOR_VALUES));

export const SOURCE_TYPES = ['monitor', 'un', 'ngo', 'rescue', 'media', 'government', 'armed_group', 'local', 'person'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export interface SourceEntry {
  /** One name per source, as it appears in `reported_by`. */
  name: string;
  type: SourceType;
  /** ISO 3166-1 alpha-2 of the state whose body or forces the source is; '' for any other source. */
  country: string;
  /** Every name, `local` ones included. */
  aliases: string[];
  /** Common nouns that name the source only in an article about its `country` or of unknown country (kind `local_alias`). */
  local: string[];
  /** Generic nouns that refer back to this source once it has been named ("the Observatory", "the monitor"). */
  anaphora?: string[];
  /** Titles of the source's publication series ("Iran Update"): a text whose title or header names one is its. */
  series?: string[];
  /** Hosts of the source's own web site ("understandingwar.org"): a page saved from there is the source's own text. */
  sites?: string[];
}

const SOURCES_FILE = 'sources.csv';

/**
 * sources.csv: `kind` says whether `text` is a name of the source (alias), a common noun that names it only in an
 * article about its `country` (local_alias: "the army" is the Syrian army in a Syrian article, not in a Somali one), a
 * noun that refers back to it (anaphor), the title of a series it publishes (series), which names the author of a text
 * that carries no byline, or the host of its own web site (site), which names the publisher of a page saved from there
 * (not a host that republishes others). `country` is the state whose body or forces the source is, or whose own
 * national body it is (a civil defence: "the civil defence" in Gaza is not Syria's), else empty.
 */
export function sourceEntries(file: string, rows: RegistryRow[]): SourceEntry[] {
  return groupByName(file, rows, ['type', 'country']).map((g) => {
    const texts = (...kinds: string[]) => g.rows.filter((r) => kinds.includes(r.kind!)).map((r) => r.text!);
    const country = g.first.country ?? '';
    if (!/^[A-Z]{2}$|^$/.test(country)) throw new Error(`registry ${file}: "${g.first.name}" country is not ISO2: ${country}`);
    const local = texts('local_alias');
    if (local.length && !country) throw new Error(`registry ${file}: "${g.first.name}" has local aliases but no country`);
    const [anaphora, series, sites] = [texts('anaphor'), texts('series'), texts('site')];
    const entry: SourceEntry = { name: g.first.name!, type: g.first.type as SourceType, country, aliases: texts('alias', 'local_alias'), local };
    return { ...entry, ...(anaphora.length ? { anaphora } : {}), ...(series.length ? { series } : {}), ...(sites.length ? { sites } : {}) };
  });
}

const SOURCE_COLUMNS = ['name', 'type', 'kind', 'text'] as const;
const SOURCE_VALUES = { type: SOURCE_TYPES, kind: ['alias', 'local_alias', 'anaphor', 'series', 'site'] };

/** A sources table given as text (same columns and checks as sources.csv), e.g. a user's own rows. */
export function parseSources(text: string, file = 'sources.csv'): SourceEntry[] {
  return sourceEntries(file, parseRegistry(text, file, SOURCE_COLUMNS, SOURCE_VALUES));
}

/** Every source the registry knows (packages/schema/data/sources.csv). */
export const SOURCES: SourceEntry[] = sourceEntries(SOURCES_FILE, readRegistry(SOURCES_FILE, SOURCE_COLUMNS, SOURCE_VALUES));

/**
 * reporting.csv: the common nouns of attribution. `role`: heads of a person or people named by what they are ("a
 * health official", "local sources"); `body`: heads of an institution or group named by what it is ("the Turkish
 * military", "state television", "a monitoring group"); `document`: what a source issues ("the report", "the statement"),
 * which stands for its author; `report_kind`: kinds of document whose unattributed figures are their author's own
 * ("flash update", "situation report"); `anaphor`: nouns that, after "the", refer back to the organisation last named
 * ("the group", "the agency") when no registry entry lists them as its own; `media_anaphor`: nouns that, after "the",
 * refer back to the news outlet last named ("the paper", "the broadcaster", "the agency"); `credit`: heads of a coordination body's
 * name that a report credits in a bracket closing its figure's line ("(Health Cluster)", "(Site Management Cluster)");
 * `contact`: participles of a reduced relative telling how a speaker was reached, no part of who speaks ("Residents
 * reached by phone", "Villagers contacted by Reuters": the outlet after "by" is told, as after "told"); `stance`: verbs of
 * a stance taken on an event, whose subject a participle of saying after them quotes ("the ministry condemned the
 * raid, saying 20 were killed"); `party`: nouns of the warring parties speaking together ("both sides said",
 * "according to the two sides"), heads of who speaks as a role is, whose count ("two") is part of who they are;
 * `document_part`: the parts a report is divided into ("Annex 2: March 2024", "Table 3 – May 2023"), whose heading may
 * label the period its rows are of.
 */
export const REPORTING_KINDS = ['role', 'body', 'document', 'report_kind', 'anaphor', 'media_anaphor', 'credit', 'contact', 'stance', 'party', 'document_part'] as const;
export type ReportingKind = (typeof REPORTING_KINDS)[number];
const REPORTING_ROWS = readRegistry('reporting.csv', ['word', 'kind'], { kind: REPORTING_KINDS });
export const REPORTING: Record<ReportingKind, string[]> = Object.fromEntries(
  REPORTING_KINDS.map((k) => [k, REPORTING_ROWS.filter((r) => r.kind === k).map((r) => r.word!)]),
) as Record<ReportingKind, string[]>;

/**
 * saying-verbs.csv: the verbs whose subject is who said a figure ("said", "documented"). Extract reads every row
 * (saying-verbs.ts, which checks each `followed_by`); ingest reads the rows marked `report_day`, whose verb before a
 * weekday and its date names the report's own day ("officials said on Thursday, 14 March"), where a verb of counting
 * would name the event's ("were recorded on Sunday, 4 August"). The file is schema's because ingest may not depend on
 * extract (extract's tests depend on ingest).
 */
export const SAYING_VERBS_FILE = 'saying-verbs.csv';

/**
 * The written forms of the verbs that date a report, the base form left out: "report" and "say" are also a noun ("the
 * report on Monday") and an infinitive ("will say on Monday"), neither of which is the saying.
 */
export function reportDayVerbForms(): string[] {
  return finiteForms(sayingVerbRows().filter((r) => r.report_day === 'yes'));
}

/**
 * The subsets of the saying verbs that one rule reads (saying-verbs.csv `uses`, several joined by "|"): `speaker`, a
 * verb after a person that makes the person the sentence's speaker, not a victim (extract single-person.ts);
 * `near` and `next`, a verb just before or just after a date phrase that makes it the saying's day (time.ts); `statement`,
 * the verb of a statement an opening date phrase dates (time.ts); `news-lead`, a report's mark in a first sentence
 * (ingest published.ts). Each reads the finite forms, as the report's day does.
 */
export const SAYING_USES = ['speaker', 'near', 'next', 'statement', 'news-lead'] as const;
export type SayingUse = (typeof SAYING_USES)[number];

export function sayingVerbFormsFor(use: SayingUse): string[] {
  return finiteForms(sayingVerbRows().filter((r) => (r.uses ?? '').split('|').includes(use)));
}

let sayingRows: RegistryRow[] | null = null;
function sayingVerbRows(): RegistryRow[] {
  sayingRows ??= readRegistry(SAYING_VERBS_FILE, ['verb', 'forms'], { report_day: ['', 'yes'] });
  for (const r of sayingRows) {
    const bad = (r.uses ?? '').split('|').find((u) => u && !(SAYING_USES as readonly string[]).includes(u));
    if (bad) throw new Error(`registry ${SAYING_VERBS_FILE}: uses "${bad}" of "${r.verb}" is not one of ${SAYING_USES.join(', ')}`);
  }
  return sayingRows;
}
const finiteForms = (rows: RegistryRow[]): string[] => rows.flatMap((r) => r.forms!.split('|').map((f) => f.trim()).filter((f) => f && f !== r.verb));

export interface Admin1Entry {
  /** Name used in `admin1` (common English news spelling). */
  name: string;
  /** The name the pack's boundary file gives it (OCHA's spelling for Syria). */
  ocha_name: string;
  pcode: string;
  /** Every name news uses for it, `name` included. */
  aliases: string[];
}

/** Every pack's admin1 areas (read once): the region packs' and, when its index is built, the world pack's. */
export const PACK_ADMIN1: PackAdmin1[] = readPackAdmin1();

/** The region packs' admin1 areas (for Syria OCHA's governorates, in P-code order), from `packs/<region>/admin1.csv`. */
export const ADMIN1: Admin1Entry[] = PACK_ADMIN1.filter((a) => a.regional).map((a) => ({
  name: a.name, ocha_name: a.boundary_name || a.name, pcode: a.code, aliases: [a.name, ...a.alternate_names],
}));

/**
 * The Arabic article as transliterations write it before a name: al-/el- and the assimilated forms (a-, as-, ash-,
 * an-...), French ech-. Names that differ only in it are one name ("Ahrar al-Sham", "Ahrar a-Sham", "Ahrar ash-Sham").
 */
export const ARABIC_ARTICLES = ['al', 'el', 'il', 'ul', 'a', 'as', 'ash', 'ad', 'adh', 'ar', 'at', 'ath', 'az', 'an', 'es', 'esh', 'ech', 'ed', 'er', 'et', 'ez', 'en'] as const;

/**
 * Folds a name for alias lookup: lower case, typographic apostrophes and hyphens to plain, spaces collapsed. Asked of
 * the same few names again and again (each place run of each sentence against the admin1 names, each reporter phrase,
 * each place the story named): in one extraction of the 165 corpus texts 32,682 folds were asked for 6,362 names new
 * to their article (h-speed-r49), each a Unicode normalisation and four replacements. The answer depends on the text
 * alone, so folds are kept (`keptAnswers`), the oldest dropped first at a bound so that memory stays flat.
 */
export function foldName(s: string): string {
  return keptFolds(s);
}
/** One article names a few dozen places and sources; a corpus's names recur across its articles. */
const FOLDS_KEPT = 8192;
const keptFolds = keptAnswers(foldAnew, FOLDS_KEPT);

function foldAnew(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`ʼʿʾ']/g, "'")
    .replace(/[‐-―-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export { parseRegistry, readSchemaDataText } from './registry-csv.ts';
