import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { eachJsonl, parseCsv, type Row } from '@frontline/io';
import {
  ARTICLES,
  CASUALTIES_TIMELINE,
  DISPLACEMENT_TIMELINE,
  FACTS,
  PLACE_MENTIONS,
  REJECTED,
  TERRITORY_TIMELINE,
  UNRESOLVED_PLACES,
  type TableSchema,
} from '@frontline/schema';

/** The pipeline's output folder, read at build time only (vite.config.ts resolves FRONTLINE_DATA). */
export function dataDir(): string {
  return process.env.FRONTLINE_DATA_DIR ?? resolve(process.env.FRONTLINE_DATA ?? resolve(process.cwd(), '../../data'));
}

/**
 * A table's rows; with `only`, just those columns (the dashboard reads a third of the facts' columns), with `keep`
 * just the rows it accepts.
 */
function readTable(schema: TableSchema, only?: readonly string[], keep?: (row: Row) => boolean): Row[] {
  const path = join(dataDir(), `${schema.name}.csv`);
  if (!existsSync(path)) return [];
  return parseCsv(schema, readFileSync(path, 'utf8'), path, only, keep);
}

/** The facts' columns the dashboard shows or derives from: provenance, derivation, the review queue, figure marks. */
export const FACT_COLUMNS = [
  'fact_id', 'fact_key', 'article_id', 'kind', 'category', 'count_low', 'count_best', 'count_high', 'unit',
  'count_phrase', 'vague', 'reported_by', 'confidence', 'confidence_reasons', 'reviewed', 'corrected_by',
  'original_values', 'quote', 'sentence_index', 'char_start', 'figure_start', 'figure_end',
] as const;
/**
 * The facts' columns a chart row's provenance reads (rows.ts): its sentence, figure offsets, reporters, stated
 * figures and corrections. The chart part of the data step reads these of the facts a timeline names, not every
 * fact's 22 columns: at 10,000 articles that table was the largest the part held.
 */
export const CHART_FACT_COLUMNS = [
  'fact_id', 'article_id', 'count_low', 'count_best', 'count_high', 'unit', 'count_phrase', 'vague', 'reported_by',
  'corrected_by', 'original_values', 'quote', 'sentence_index', 'char_start', 'figure_start', 'figure_end',
] as const;
/**
 * The timelines' columns the chart rows are made of (rows.ts; a name a timeline lacks is left out of it): not their
 * event ids, reporter basis, review flags or, for casualties, positions.
 */
export const TIMELINE_COLUMNS = [
  'date', 'period_start', 'period_end', 'category', 'group', 'series_kind', 'series_id', 'covered_by_series',
  'persons_low', 'persons_best', 'persons_high', 'vague', 'cumulative', 'best_available', 'reported_by', 'admin1',
  'places', 'place', 'place_id', 'place_precision', 'latitude', 'longitude', 'actor', 'actor_name', 'count_best',
  'unit', 'n_sources', 'fact_id', 'fact_ids', 'article_id', 'article_ids', 'published', 'quote', 'count_phrase',
] as const;
/** A place mention's position and country (the map and the data page's credits); the rest stays in the file. */
export const MENTION_COLUMNS = ['place_id', 'latitude', 'longitude', 'country'] as const;

export interface Sentence {
  index: number;
  start: number;
  end: number;
}

/** An article as ingest wrote it: the clean text the offsets refer to, and its sentences. */
export interface IngestedArticle {
  article_id: string;
  text: string;
  sentence_list: Sentence[];
}

/** Calls `each` with every article of the ingest hand-over file, one at a time (their texts are never all in memory). */
export function eachIngested(each: (article: IngestedArticle) => void): void {
  const path = join(dataDir(), 'stages', 'ingested.jsonl');
  if (existsSync(path)) eachJsonl(path, each);
}

/** The ids of the articles the ingest hand-over file holds, in its order. */
function readIngestedIds(): string[] {
  const ids: string[] = [];
  eachIngested((a) => ids.push(a.article_id));
  return ids;
}

export interface Tables {
  facts: Row[];
  /** The facts a timeline row names, CHART_FACT_COLUMNS only: what the chart rows' provenance reads. */
  chartFacts: Row[];
  displacement: Row[];
  casualties: Row[];
  territory: Row[];
  articles: Row[];
  rejected: Row[];
  unresolved: Row[];
  /** Every place mention with its pack's place, country and coordinates. */
  mentions: Row[];
  /** The articles with their text in the ingest hand-over file (their texts are read one at a time: eachIngested). */
  ingestedIds: string[];
  datapackage: Datapackage;
}

export interface DatapackageField {
  name: string;
  type: string;
  description?: string;
}

export interface DatapackageResource {
  name: string;
  path: string;
  title?: string;
  description?: string;
  format?: string;
  bytes?: number;
  'x-rows'?: number;
  schema?: { fields: DatapackageField[] };
}

export interface Datapackage {
  title?: string;
  description?: string;
  licenses?: { name?: string; path?: string; title?: string }[];
  sources?: { title?: string; path?: string }[];
  'x-disclaimer'?: string;
  resources: DatapackageResource[];
}

let cache: { dir: string; tables: Tables } | undefined;

/** An id cell as rows.ts reads it (an empty cell is ''). */
const idOf = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

/** The ids of the facts behind the timelines' rows (a territory row names every report of its change). */
function timelineFactIds(t: Tables): Set<string> {
  const ids = new Set<string>();
  for (const r of [...t.displacement, ...t.casualties]) ids.add(idOf(r.fact_id));
  for (const r of t.territory) for (const id of Array.isArray(r.fact_ids) ? r.fact_ids : [r.fact_ids]) ids.add(idOf(id));
  return ids;
}

/**
 * Every table, each read on first use and then kept for the build (each prerendered page calls this). Lazily, so
 * that each part of the data step (scripts/page-data.ts) holds only the tables its pages need.
 */
export function tables(): Tables {
  const dir = dataDir();
  if (cache?.dir === dir) return cache.tables;
  const readers: { [K in keyof Tables]: () => Tables[K] } = {
    facts: () => readTable(FACTS, FACT_COLUMNS),
    chartFacts: () => {
      const named = timelineFactIds(loaded);
      return readTable(FACTS, CHART_FACT_COLUMNS, (row) => named.has(idOf(row.fact_id)));
    },
    displacement: () => readTable(DISPLACEMENT_TIMELINE, TIMELINE_COLUMNS),
    casualties: () => readTable(CASUALTIES_TIMELINE, TIMELINE_COLUMNS),
    territory: () => readTable(TERRITORY_TIMELINE, TIMELINE_COLUMNS),
    articles: () => readTable(ARTICLES),
    rejected: () => readTable(REJECTED),
    unresolved: () => readTable(UNRESOLVED_PLACES),
    mentions: () => readTable(PLACE_MENTIONS, MENTION_COLUMNS),
    ingestedIds: readIngestedIds,
    datapackage: () => JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Datapackage,
  };
  const loaded = {} as Tables;
  for (const key of Object.keys(readers) as (keyof Tables)[]) {
    let value: unknown;
    let read = false;
    Object.defineProperty(loaded, key, {
      enumerable: true,
      get: () => (read ? value : ((read = true), (value = readers[key]()))),
    });
  }
  cache = { dir, tables: loaded };
  return loaded;
}
