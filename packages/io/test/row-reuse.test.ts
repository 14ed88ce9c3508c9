import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableSchema } from '@frontline/schema';
import { writeTable, type TableReuse } from '../src/index.ts';
import { recordLengths } from '../src/row-reuse.ts';
import { sha256Of } from '../src/table-reuse.ts';

const schema: TableSchema = {
  name: 'tolls',
  title: 'Tolls',
  description: 'Casualty tolls by place.',
  fields: [
    { name: 'place', type: 'string', description: 'place', hxl: '#loc+name' },
    { name: 'killed', type: 'number', description: 'killed', hxl: '#affected+killed' },
    { name: 'quote', type: 'string', description: 'the sentence' },
  ],
};
// Cells with quotes, commas and a newline inside quotes: records that a line split would cut wrongly.
const rows = [
  { place: 'Goma', killed: 12, quote: 'M23 rebels entered "the city", residents said' },
  { place: 'El Fasher', killed: 40, quote: 'MSF said 40 were killed\nin the market' },
  { place: 'Marib', killed: 7, quote: '=7 killed' },
  { place: 'Kunduz', killed: null, quote: 'no toll given' },
];
const FILES = ['tolls.csv', 'tolls.arrow', 'tolls.hxl.csv'];
const dir = () => mkdtempSync(join(tmpdir(), 'io-rows-'));

/** A set written with a record, and the reuse of the run that replaces it. */
function firstSet(content: object[] = rows) {
  const previous = dir();
  const first: TableReuse = { previous: dir(), version: 'v1', before: {}, after: {} };
  writeTable(previous, schema, content as never, { hxl: true, reuse: first });
  return { previous, record: first.after, next: (version = 'v1'): TableReuse => ({ previous, version, before: first.after, after: {} }) };
}

/** The bytes of each file written with the reuse, and of the same rows written plainly. */
function bothWays(reuse: TableReuse, content: object[]) {
  const out = dir();
  writeTable(out, schema, content as never, { hxl: true, reuse });
  const plain = dir();
  writeTable(plain, schema, content as never, { hxl: true });
  return FILES.map((file) => [readFileSync(join(out, file)), readFileSync(join(plain, file))] as const);
}

describe('a changed table takes its unchanged rows from the previous file', () => {
  it('writes the bytes of a plain write when rows change, move, go, repeat or are added', () => {
    const [goma, fasher, marib, kunduz] = rows;
    const changes = [
      [goma, { ...fasher, killed: 41 }, marib, kunduz],
      [kunduz, marib, fasher, goma],
      [goma, kunduz],
      [goma, goma, { place: 'Mogadishu', killed: 3, quote: 'a car bomb, "police said"' }, fasher, marib, kunduz],
      [],
    ];
    for (const content of changes) {
      for (const [written, plain] of bothWays(firstSet().next(), content as object[])) expect(written.equals(plain)).toBe(true);
    }
  });

  it('copies an unchanged row’s record from the previous file rather than serializing it again', () => {
    // The previous file quotes Kunduz's place although it need not: still the same cells, but bytes only a copy gives.
    const { previous, record, next } = firstSet();
    const path = join(previous, 'tolls.csv');
    const edited = readFileSync(path, 'utf8').replace('\nKunduz,', '\n"Kunduz",');
    writeFileSync(path, edited);
    record.tolls!.files['tolls.csv'] = sha256Of(edited);
    record.tolls!.rows!.index = record.tolls!.rows!.index.split(',').map((item, i) => (i === 3 ? `${item.slice(0, 32)}${Number(item.slice(32)) + 2}` : item)).join(',');
    const out = dir();
    writeTable(out, schema, [rows[0]!, { ...rows[1]!, killed: 41 }, rows[2]!, rows[3]!] as never, { hxl: true, reuse: next() });
    const csv = readFileSync(join(out, 'tolls.csv'), 'utf8');
    expect(csv).toContain('\n"Kunduz",');
    expect(csv).toContain('\nEl Fasher,41,');
  });

  it('keys a row by the schema’s fields only: a property outside them changing changes no file', () => {
    const { previous, next } = firstSet(rows.map((r, i) => ({ ...r, event_members: i })));
    const out = dir();
    writeTable(out, schema, rows.map((r, i) => ({ ...r, event_members: i + 100 })) as never, { hxl: true, reuse: next() });
    for (const file of FILES) expect(statSync(join(out, file)).ino).toBe(statSync(join(previous, file)).ino);
  });

  it('serializes every row when the previous file was edited, its index is wrong, or the writers changed', () => {
    const edited = firstSet();
    writeFileSync(join(edited.previous, 'tolls.csv'), readFileSync(join(edited.previous, 'tolls.csv'), 'utf8').replace('\nKunduz,', '\n"Kunduz",'));
    const wrongIndex = firstSet();
    wrongIndex.record.tolls!.rows!.index = wrongIndex.record.tolls!.rows!.index.replace(/,[^,]+$/, '');
    const changed = [rows[0]!, { ...rows[1]!, killed: 41 }, rows[2]!, rows[3]!];
    for (const reuse of [edited.next(), wrongIndex.next(), firstSet().next('v2')]) {
      for (const [written, plain] of bothWays(reuse, changed)) expect(written.equals(plain)).toBe(true);
    }
  });
});

describe('recordLengths', () => {
  it('ends a record at a newline outside quotes only', () => {
    const text = 'a,"b\nc",d\n"say ""hi""",2\n\n';
    expect(recordLengths(Buffer.from(text))).toEqual([10, 15, 1]);
    expect(() => recordLengths(Buffer.from('a,"b\n'))).toThrow();
  });
});
