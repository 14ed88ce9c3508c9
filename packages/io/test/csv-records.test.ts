import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { TableSchema } from '@frontline/schema';
import { eachPlainRecord } from '../src/csv-records.ts';
import { parseCsv, toCsv } from '../src/index.ts';

/** csv-parse's records of `text` with parseCsv's options, or its error's message. */
function reference(text: string): string[][] | string {
  try {
    return parse(text, { relax_column_count: false, bom: true }) as string[][];
  } catch (error) {
    return (error as Error).message;
  }
}

/** A table of the named columns and types. */
function tableOf(types: Record<string, TableSchema['fields'][number]['type']>): TableSchema {
  const fields = Object.entries(types).map(([name, type]) => ({ name, type, description: name }));
  return { name: 't', title: 'T', description: 'a test table', fields };
}

function plain(text: string): string[][] | false {
  const records: string[][] = [];
  return eachPlainRecord(text, (cells) => records.push(cells)) && records;
}

// Cells as a pipeline writes them: quotes, commas, line breaks and non-Latin scripts inside quoted cells.
const TEXTS = [
  'id,sentence,count\nf1,"Shelling of Kherson killed 4, wounded 9",4\nf2,plain,\n',
  'id,sentence\nf1,"The monitor said ""at least 12"" died in El Fasher"\nf2,"a line\nbreak, and a \r return"\n',
  '\ufeffplace,admin1\nقصف حلب,Aleppo\nМаріуполь,Donetsk\n',
  'a,b,c\n,,\n"",x,""\n',
  'a,b\n1,2',
  'a,b\n1,"2"',
  'a,b,\n1,2,\n',
  'only\nGoma\nBunia\n',
  '',
];

// Text outside toCsv's shape: the splitter gives it up, whatever csv-parse makes of it.
const REFUSED = [
  'a,b\r\n1,2\r\n',
  'a,b\n1,x"y\n',
  'a,b\n1,"Sanaa" said\n',
  'a,b\n1,"unclosed\n',
  'a,b\n\n1,2\n',
  'a,b\n1,2,3\n',
  'a,b\n1\n',
  'a,b\r1,2\r',
];

describe('eachPlainRecord', () => {
  it.each(TEXTS)('splits text as csv-parse does: %j', (text) => {
    expect(plain(text)).toEqual(reference(text));
  });

  it.each(REFUSED)('gives up on text csv-parse decides: %j', (text) => {
    expect(plain(text)).toBe(false);
  });

  it('splits a written table of every shape of cell as csv-parse does', () => {
    const schema = tableOf({ id: 'string', text: 'string', n: 'number' });
    const pieces = ['Mekele', '"', ',', '\n', '\r\n', '""', 'Tigray ', ' Sittwe', '=cmd', ''];
    const rows = pieces.flatMap((a, i) => pieces.map((b, j) => ({ id: `r${i}-${j}`, text: a + b, n: i - j })));
    const text = toCsv(schema, rows);
    expect(plain(text)).toEqual(reference(text));
  });
});

describe('parseCsv with the plain splitter and csv-parse behind it', () => {
  const schema = tableOf({ place: 'string', killed: 'integer' });

  it('reads Windows line ends through csv-parse, with the same rows as plain text', () => {
    const unix = 'place,killed\nDerna,11\n"Tripoli, Abu Salim",3\n';
    const rows = parseCsv(schema, unix);
    expect(rows).toEqual([
      { place: 'Derna', killed: 11 },
      { place: 'Tripoli, Abu Salim', killed: 3 },
    ]);
    expect(parseCsv(schema, unix.replaceAll('\n', '\r\n'))).toEqual(rows);
  });

  it('keeps no row of a plain pass that gave up further on, and csv-parse\'s error stands', () => {
    const kept: unknown[] = [];
    const text = 'place,killed\nMarib,5\nTaiz,7,extra\n';
    expect(() => parseCsv(schema, text, 'm', undefined, (row) => (kept.push(row.place), true))).toThrow(/Invalid Record Length/);
    // The first record was offered twice: once by the plain pass, once by csv-parse.
    expect(kept).toEqual(['Marib', 'Marib']);
  });

  it('checks the header in either pass', () => {
    expect(() => parseCsv(schema, 'place\nKidal\n')).toThrow(/missing columns killed/);
    expect(() => parseCsv(schema, 'place\r\nKidal\r\n')).toThrow(/missing columns killed/);
  });
});
