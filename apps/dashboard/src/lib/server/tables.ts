import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv, type Row } from '@frontline/io';
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

function readTable(schema: TableSchema): Row[] {
  const path = join(dataDir(), `${schema.name}.csv`);
  if (!existsSync(path)) return [];
  return parseCsv(schema, readFileSync(path, 'utf8'), path);
}

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

function readIngested(): IngestedArticle[] {
  const path = join(dataDir(), 'stages', 'ingested.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as IngestedArticle);
}

export interface Tables {
  facts: Row[];
  displacement: Row[];
  casualties: Row[];
  territory: Row[];
  articles: Row[];
  rejected: Row[];
  unresolved: Row[];
  /** Every place mention with its pack's place, country and coordinates. */
  mentions: Row[];
  ingested: IngestedArticle[];
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

/** Every table, read once per build (each prerendered page calls this). */
export function tables(): Tables {
  const dir = dataDir();
  if (cache?.dir === dir) return cache.tables;
  const datapackage = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Datapackage;
  const loaded: Tables = {
    facts: readTable(FACTS),
    displacement: readTable(DISPLACEMENT_TIMELINE),
    casualties: readTable(CASUALTIES_TIMELINE),
    territory: readTable(TERRITORY_TIMELINE),
    articles: readTable(ARTICLES),
    rejected: readTable(REJECTED),
    unresolved: readTable(UNRESOLVED_PLACES),
    mentions: readTable(PLACE_MENTIONS),
    ingested: readIngested(),
    datapackage,
  };
  cache = { dir, tables: loaded };
  return loaded;
}
