/**
 * `pnpm exec tsx scripts/replicate-output.ts SRC N DST`: a pipeline output of N articles made from the output SRC
 * of `generate-articles.ts` (articles `gen_00000`...), for measuring the dashboard at a scale whose pipeline run is
 * out of reach (10,000 articles take about an hour at idle). Every table's rows are repeated, copy k renaming each
 * article `gen_i` to `gen_(i + k * |SRC|)` (so fact ids, article pages and detail files are new) and each event id
 * gets the suffix `.k`; running-total series keep their ids, so a series gathers the points of every copy. Each
 * table is written again through @frontline/io (CSV, HXL CSV, Arrow) with a datapackage.json of real sizes and
 * hashes; the package's other fields are the source's.
 *
 * Not what the pipeline writes at N: it reconciles copies of one story into one event and one territory row per
 * place, so its tables grow less than N / |SRC| times. The replica is the heavier case for the dashboard.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatapackage, readCsv, writeTable, type Row, type WrittenTable } from '../packages/io/src/index.ts';
import * as schema from '../packages/schema/src/index.ts';
import type { TableSchema } from '../packages/schema/src/index.ts';

const ARTICLE_ID = /\bgen_(\d{5,})\b/g;
const EVENT_ID = /\b(E[A-Z]-[0-9a-f]{6,})\b/g;

const schemas = new Map(
  Object.values(schema)
    .filter((v): v is TableSchema => typeof v === 'object' && v !== null && 'fields' in v && 'name' in v)
    .map((s) => [s.name, s]),
);

function renamer(copy: number, size: number): (text: string) => string {
  const id = (_: string, n: string) => `gen_${String(Number(n) + copy * size).padStart(5, '0')}`;
  return (text) => (copy === 0 ? text : text.replace(ARTICLE_ID, id).replace(EVENT_ID, `$1.${copy}`));
}

function renameCell(value: unknown, rename: (s: string) => string): unknown {
  if (typeof value === 'string') return rename(value);
  if (Array.isArray(value)) return value.map((v) => renameCell(v, rename));
  return value;
}

function replicate(rows: Row[], copies: number, size: number): Row[] {
  const out: Row[] = [];
  for (let copy = 0; copy < copies; copy++) {
    const rename = renamer(copy, size);
    for (const row of rows) out.push(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, renameCell(v, rename)])));
  }
  return out;
}

export function replicateOutput(src: string, n: number, dst: string): void {
  const pkg = JSON.parse(readFileSync(join(src, 'datapackage.json'), 'utf8')) as Record<string, unknown> & {
    resources: { name: string; path: string }[];
  };
  const size = readCsv(schema.ARTICLES, join(src, 'articles.csv')).length;
  const copies = Math.ceil(n / size);
  rmSync(dst, { recursive: true, force: true });
  mkdirSync(join(dst, 'stages'), { recursive: true });
  const written: WrittenTable[] = [];
  for (const resource of pkg.resources.filter((r) => r.path.endsWith('.csv') && !r.path.endsWith('.hxl.csv'))) {
    const table = schemas.get(resource.path.replace(/\.csv$/, ''));
    if (!table) throw new Error(`no schema for ${resource.path}`);
    let rows = replicate(readCsv(table, join(src, resource.path)), copies, size);
    if (table === schema.ARTICLES) rows = rows.slice(0, n);
    const hxl = pkg.resources.some((r) => r.path === resource.path.replace(/\.csv$/, '.hxl.csv'));
    written.push(writeTable(dst, table, rows, { hxl }));
  }
  const lines = readFileSync(join(src, 'stages', 'ingested.jsonl'), 'utf8').split('\n').filter(Boolean);
  const ingested: string[] = [];
  for (let copy = 0; copy < copies; copy++) ingested.push(...lines.map(renamer(copy, size)));
  writeFileSync(join(dst, 'stages', 'ingested.jsonl'), ingested.slice(0, n).join('\n') + '\n');
  const info = { name: String(pkg.name), title: String(pkg.title), description: String(pkg.description), licenses: [], sources: [] };
  const fresh = JSON.parse(buildDatapackage(dst, info as never, written)) as { resources: unknown[] };
  const { resources: _, 'x-other-files': __, ...rest } = pkg;
  writeFileSync(join(dst, 'datapackage.json'), JSON.stringify({ ...rest, resources: fresh.resources }, null, 2) + '\n');
}

if (process.argv[1] === import.meta.filename) {
  const [src, n, dst] = process.argv.slice(2);
  if (!src || !n || !dst) throw new Error('usage: replicate-output.ts SRC N DST');
  replicateOutput(src, Number(n), dst);
  console.log(`${n} articles from ${src} in ${dst}`);
}
