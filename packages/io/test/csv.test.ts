import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvRecord } from '../src/csv.ts';

/** Cells of characters that quoting cares about (quotes, commas, line breaks) among plain and non-Latin text. */
function randomCells(seed: number): string[][] {
  const alphabet = ['"', ',', '\n', '\r', ';', "'", '=', ' ', 'a', 'Z', '7', 'é', 'ج', 'Ж', '\t', '""'];
  let state = seed;
  const next = (n: number) => {
    state = (state * 48271) % 2147483647;
    return state % n;
  };
  return Array.from({ length: 300 }, () =>
    Array.from({ length: 1 + next(5) }, () => Array.from({ length: next(7) }, () => alphabet[next(alphabet.length)]).join('')),
  );
}

describe('CSV records', () => {
  it('are the bytes csv-stringify writes, cell for cell', () => {
    for (const seed of [1, 7, 42, 2024]) {
      const records = randomCells(seed);
      expect(records.map(csvRecord).join('')).toBe(stringify(records, { record_delimiter: 'unix' }));
    }
  });

  it('quote a cell only when it holds a quote, a comma or a newline', () => {
    expect(csvRecord(['Goma', '', 'said "100"', 'Aleppo, Idlib', 'line\nbreak', "'=1", 'a\rb'])).toBe(
      'Goma,,"said ""100""","Aleppo, Idlib","line\nbreak",\'=1,a\rb\n',
    );
  });
});
