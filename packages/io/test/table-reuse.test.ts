import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableSchema } from '@frontline/schema';
import { tableDigest, toCsv, toHxlCsv, writeTable, type TableReuse } from '../src/index.ts';

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
