import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableSchema } from '@frontline/schema';
import { buildDatapackage, tableDigest, toCsv, toHxlCsv, writeTable, type TableReuse } from '../src/index.ts';

const schema: TableSchema = {
  name: 'tolls',
  title: 'Tolls',
  description: 'Casualty tolls by place.',
  fields: [
    { name: 'place', type: 'string', description: 'place', hxl: '#loc+name' },
    { name: 'killed', type: 'number', description: 'killed', hxl: '#affected+killed' },
    { name: 'reporters', type: 'string', description: 'reporters', list: true },
  ],
};
const rows = [
  { place: 'Goma', killed: 12, reporters: ['OCHA', 'Radio Okapi'] },
  { place: 'El Fasher', killed: 40, reporters: ['MSF'] },
  { place: '=Mariupol, "east"', killed: null, reporters: [] },
];
const dir = () => mkdtempSync(join(tmpdir(), 'io-reuse-'));
const FILES = ['tolls.csv', 'tolls.arrow', 'tolls.hxl.csv'];

/** A first set written with a record, and the reuse of a second run that replaces it. */
function firstSet(content = rows) {
  const previous = dir();
  const first: TableReuse = { previous: dir(), version: 'v1', before: {}, after: {} };
  writeTable(previous, schema, content, { hxl: true, reuse: first });
  return { previous, next: (version = 'v1'): TableReuse => ({ previous, version, before: first.after, after: {} }) };
}

describe('a table written only when its content changed', () => {
  it('links the previous files when the rows are the same, and records them again', () => {
    const { previous, next } = firstSet();
    const reuse = next();
    const out = dir();
    writeTable(out, schema, rows.map((r) => ({ ...r })), { hxl: true, reuse });
    for (const file of FILES) expect(statSync(join(out, file)).ino).toBe(statSync(join(previous, file)).ino);
    expect(reuse.after).toEqual(reuse.before);
  });

  it('writes the files anew when a row, the version or a file changed, with the bytes of a plain write', () => {
    const changed = [rows[0]!, { ...rows[1]!, killed: 41 }, rows[2]!];
    const cases: [TableReuse, typeof rows][] = [];
    const a = firstSet();
    cases.push([a.next(), changed]);
    const b = firstSet();
    cases.push([b.next('v2'), rows]);
    const c = firstSet();
    writeFileSync(join(c.previous, 'tolls.hxl.csv'), 'edited by hand\n');
    cases.push([c.next(), rows]);
    for (const [reuse, content] of cases) {
      const out = dir();
      writeTable(out, schema, content, { hxl: true, reuse });
      const plain = dir();
      writeTable(plain, schema, content, { hxl: true });
      for (const file of FILES) {
        expect(statSync(join(out, file)).ino).not.toBe(statSync(join(reuse.previous, file)).ino);
        expect(readFileSync(join(out, file)).equals(readFileSync(join(plain, file)))).toBe(true);
      }
    }
  });

  it('tells apart values that JSON would make equal', () => {
    const digest = (killed: unknown) => tableDigest('v', schema, [{ place: 'Kidal', killed, reporters: [] }], FILES);
    expect(new Set([digest(null), digest(Number.NaN), digest(Infinity), digest(0), digest(-0)]).size).toBe(5);
    const list = (reporters: unknown[]) => tableDigest('v', schema, [{ place: 'Kidal', killed: 1, reporters }], FILES);
    expect(list([Number.NaN])).not.toBe(list([null]));
  });

  it('writes the HXL file as the CSV file with the row of hashtags under its header', () => {
    const out = dir();
    writeTable(out, schema, rows, { hxl: true });
    const csv = readFileSync(join(out, 'tolls.csv'), 'utf8');
    const hxl = readFileSync(join(out, 'tolls.hxl.csv'), 'utf8');
    expect(csv).toBe(toCsv(schema, rows));
    expect(hxl).toBe(toHxlCsv(schema, rows));
    const [header, ...body] = csv.split('\n');
    expect(hxl.split('\n')).toEqual([header, '#loc+name,#affected+killed,', ...body]);
  });
});

describe('datapackage.json from the hashes the table writer already knows', () => {
  const INFO = { name: 'demo', title: 'Demo', description: 'd', licenses: [], sources: [] };
  /** Each resource as datapackage.json lists it, with the bytes of its file. */
  const listed = (out: string, text: string) =>
    (JSON.parse(text) as { resources: { path: string; bytes: number; hash: string }[] }).resources.map((r) => ({ ...r, actual: readFileSync(join(out, r.path)) }));

  it('lists the size and SHA-256 of each file as written, whether written, linked, or written without a record', () => {
    const first = dir();
    const record: TableReuse = { previous: dir(), version: 'v1', before: {}, after: {} };
    const written = writeTable(first, schema, rows, { hxl: true, reuse: record });
    expect(Object.keys(written.sha256 ?? {})).toEqual(written.files);
    const second = dir();
    const linked = writeTable(second, schema, rows, { hxl: true, reuse: { previous: first, version: 'v1', before: record.after, after: {} } });
    const plain = dir();
    const unrecorded = writeTable(plain, schema, rows, { hxl: true });
    expect(unrecorded.sha256).toBeUndefined();
    for (const [out, table] of [[first, written], [second, linked], [plain, unrecorded]] as const) {
      for (const r of listed(out, buildDatapackage(out, INFO, [table]))) {
        expect(r.bytes, r.path).toBe(r.actual.length);
        expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(r.actual).digest('hex')}`);
      }
    }
    expect(buildDatapackage(second, INFO, [linked])).toBe(buildDatapackage(plain, INFO, [unrecorded]));
  });
});
