/**
 * The corrections folder a person owns: small CSV files, one per kind of correction, each row with an `id`, `who`,
 * `when` and `why` (docs/data-contract.md, "Corrections"). Rows are checked with zod; a bad row is reported with its
 * file, line and reason and the other rows still apply. An unknown file is reported, never guessed at.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { CATEGORIES, GROUPS, KINDS, UNITS } from '@frontline/schema';
import { rawText } from '@frontline/io';

const text = z.string().trim();
const needed = text.min(1, 'is empty');
const when = text.regex(/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/, 'is not an ISO date (YYYY-MM-DD)');
const common = { id: needed.regex(/^[A-Za-z0-9._:-]+$/, 'may hold only letters, digits, . _ : -'), who: needed, when, why: needed };
const key = text.regex(/^[0-9a-f]{16}$/, 'is not a fact_key (16 hex digits, from facts.csv)');
const number = text.regex(/^-?\d+(?:\.\d+)?$/, 'is not a number');
const latitude = number.refine((v) => Math.abs(Number(v)) <= 90, 'is not a latitude');
const longitude = number.refine((v) => Math.abs(Number(v)) <= 180, 'is not a longitude');

export const CHANGE_FIELDS = ['count', 'range', 'category', 'group', 'unit', 'place', 'period', 'actor', 'reporter'] as const;
const ALL_CATEGORIES = Object.values(CATEGORIES).flat() as string[];

const SCHEMAS = {
  'reject.csv': z.object({ ...common, fact_key: key }),
  'change.csv': z.object({ ...common, fact_key: key, field: z.enum(CHANGE_FIELDS), value: text }),
  'add.csv': z.object({
    ...common,
    article_id: needed,
    sentence: needed,
    figure: needed,
    kind: z.enum(KINDS),
    category: z.string().refine((c) => ALL_CATEGORIES.includes(c), `is not one of ${ALL_CATEGORIES.join(', ')}`),
    group: z.enum(['', ...GROUPS]).default(''),
    count: z.union([number, z.literal('')]).default(''),
    unit: z.enum(['', ...UNITS]).default(''),
    place: text.default(''),
    period: text.default(''),
    actor: text.default(''),
    reporter: text.default(''),
  }),
  'places.csv': z
    .object({
      ...common,
      alias: text.default(''),
      place_id: text.default(''),
      name: text.default(''),
      latitude: z.union([latitude, z.literal('')]).default(''),
      longitude: z.union([longitude, z.literal('')]).default(''),
      admin1: text.default(''),
      country: z.union([text.regex(/^[A-Za-z]{2}$/, 'is not an ISO 3166-1 alpha-2 code'), z.literal('')]).default(''),
      source: text.default(''),
    })
    .refine((r) => (r.place_id ? r.alias !== '' : r.name !== '' && r.latitude !== '' && r.longitude !== '' && r.country !== '' && r.source !== ''), {
      message: 'give alias and place_id (an alias of a known place), or name, latitude, longitude, country and source (a new place)',
    }),
  'actors.csv': z.object({ ...common, alias: needed, name: needed, class: text.default('') }),
  'sources.csv': z.object({ ...common, alias: needed, name: needed }),
  // merge: the events of these facts become one; split: these facts leave their event and are one event together.
  'events.csv': z
    .object({
      ...common,
      action: z.enum(['merge', 'split']),
      fact_keys: text.transform((v) => v.split(';').map((k) => k.trim()).filter(Boolean)).pipe(z.array(key).min(1, 'names no fact_key')),
    })
    .refine((r) => r.action === 'split' || r.fact_keys.length >= 2, { message: 'a merge names two fact_keys or more, ;-separated' }),
} as const;

export type CorrectionFile = keyof typeof SCHEMAS;
export const CORRECTION_FILES = Object.keys(SCHEMAS) as CorrectionFile[];
type Parsed<F extends CorrectionFile> = z.infer<(typeof SCHEMAS)[F]>;

export type Reject = Parsed<'reject.csv'> & Where;
export type Change = Parsed<'change.csv'> & Where;
export type Addition = Parsed<'add.csv'> & Where;
export type PlaceCorrection = Parsed<'places.csv'> & Where;
export type ActorAlias = Parsed<'actors.csv'> & Where;
export type SourceAlias = Parsed<'sources.csv'> & Where;
export type EventCorrection = Parsed<'events.csv'> & Where;

/** Where a row is: its file and line, for messages. */
export interface Where {
  file: CorrectionFile;
  line: number;
}

/** A row or file that could not be used, and why. */
export interface CorrectionProblem {
  id: string;
  file: string;
  line: number;
  reason: string;
}

export interface Corrections {
  reject: Reject[];
  change: Change[];
  add: Addition[];
  places: PlaceCorrection[];
  actors: ActorAlias[];
  sources: SourceAlias[];
  events: EventCorrection[];
  problems: CorrectionProblem[];
}

export const NO_CORRECTIONS: Corrections = { reject: [], change: [], add: [], places: [], actors: [], sources: [], events: [], problems: [] };

function rowsOf(file: CorrectionFile, content: string, seen: Set<string>, problems: CorrectionProblem[]) {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(content, { columns: true, skip_empty_lines: true, bom: true, info: true, relax_column_count: true });
  } catch (err) {
    problems.push({ id: '', file, line: 0, reason: `not a CSV file: ${(err as Error).message}` });
    return [];
  }
  const rows: (Record<string, unknown> & Where)[] = [];
  for (const { record: cells, info } of records) {
    // A line pasted from `frontline review` may carry the leading ' that keeps a formula inert: read the raw text.
    const record = Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, typeof v === 'string' ? rawText(v) : v]));
    const result = SCHEMAS[file].safeParse(record);
    const id = String(record.id ?? '').trim();
    if (!result.success) {
      const reason = result.error.issues.map((i) => `${i.path.join('.') || 'row'} ${i.message}`).join('; ');
      problems.push({ id, file, line: info.lines, reason });
    } else if (seen.has(id)) {
      problems.push({ id, file, line: info.lines, reason: `id ${id} is used by an earlier correction` });
    } else {
      seen.add(id);
      rows.push({ ...(result.data as Record<string, unknown>), file, line: info.lines });
    }
  }
  return rows;
}

/** Reads a corrections folder; a missing folder is no corrections. Files are read in a fixed order. */
export function readCorrections(dir: string | undefined): Corrections {
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) return NO_CORRECTIONS;
  const problems: CorrectionProblem[] = [];
  const known = new Set<string>(CORRECTION_FILES);
  for (const name of readdirSync(dir).sort()) {
    if (!known.has(name) && !name.startsWith('.')) {
      problems.push({ id: '', file: name, line: 0, reason: `not a corrections file (expected ${CORRECTION_FILES.join(', ')})` });
    }
  }
  const seen = new Set<string>();
  const read = <F extends CorrectionFile>(file: F) =>
    (existsSync(join(dir, file)) ? rowsOf(file, readFileSync(join(dir, file), 'utf8'), seen, problems) : []) as unknown as (Parsed<F> & Where)[];
  return {
    reject: read('reject.csv'), change: read('change.csv'), add: read('add.csv'),
    places: read('places.csv'), actors: read('actors.csv'), sources: read('sources.csv'), events: read('events.csv'), problems,
  };
}
