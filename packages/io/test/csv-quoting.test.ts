import { describe, expect, it } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import { csvRecords, textRowsCsv } from '../src/csv-text.ts';
import { csvLine } from '../src/csv.ts';

/** What the tables were written with before csvRecords: the bytes must not change. */
const reference = (rows: string[][]) => stringify(rows, { record_delimiter: 'unix' });

/** Cells built from the characters quoting depends on, by a fixed generator (the same cells every run). */
function cells(count: number): string[] {
  const pieces = ['', 'a', ' ', ',', '"', '\n', '\r', '\r\n', "'", '=', '-', ';', 'é', 'Kharkiv', '""', ',,', '\t'];
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, () => {
    let cell = '';
    for (let n = next() % 5; n > 0; n--) cell += pieces[next() % pieces.length];
    return cell;
  });
}

describe('CSV records', () => {
  it('quotes a cell with a comma, a quote or a newline and doubles its quotes; a lone carriage return is not quoted', () => {
    expect(csvRecords([['Mosul', 'said, "we left"', 'two\nlines', 'cr\rhere', '']])).toBe('Mosul,"said, ""we left""","two\nlines",cr\rhere,\n');
  });

  it('writes the bytes csv-stringify wrote for the same rows, whatever the cells hold', () => {
    const pool = cells(3000);
    const rows = Array.from({ length: 600 }, (_r, i) => pool.slice(i * 5, i * 5 + 1 + (i % 5)));
    expect(csvRecords(rows)).toBe(reference(rows));
  });

  it('writes a record of one empty cell as an empty line, and no rows as nothing', () => {
    expect(csvRecords([[''], ['x']])).toBe(reference([[''], ['x']]));
    expect(csvRecords([])).toBe('');
  });

  it('keeps the browser download and the review line on the same quoting, cells made inert', () => {
    expect(textRowsCsv([['=SUM(A1)', 'Goma, DRC']])).toBe(`'=SUM(A1),"Goma, DRC"\n`);
    expect(csvLine(['+1 killed', 'Sanaa'])).toBe(`'+1 killed,Sanaa`);
  });
});
