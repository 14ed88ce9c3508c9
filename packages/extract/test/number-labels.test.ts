/**
 * A number after a label names the thing the label heads ("Route 5", "Resolution 2254", "Brigade 93"): it counts no
 * one. The labels are data (data/number-labels.csv); every row's example, written for it, keeps its real figure and
 * never counts the labelled number.
 */
import { readFileSync } from 'node:fs';
import { parseRegistry } from '@frontline/schema';
import { describe, expect, it } from 'vitest';
import { isNotACount } from '../src/filters.ts';
import { findQuantities } from '../src/numbers.ts';
import { extract } from './helpers.ts';

const text = readFileSync(new URL('../data/number-labels.csv', import.meta.url), 'utf8');
const rows = parseRegistry(text, 'number-labels.csv', ['word', 'example']) as { word: string; example: string }[];

/** The number right after the label in the example ("Route 5" -> 5). */
function labelled(word: string, example: string): number {
  const at = example.indexOf(`${word} `);
  return Number(/^\d+/.exec(example.slice(at + word.length + 1))![0]);
}

describe('numbers named by a label (data/number-labels.csv)', () => {
  it.each(rows.map((r) => [r.word, r.example]))('"%s": %s', (word, example) => {
    const values = extract(example).map((f) => f.quantity?.value);
    expect(values).not.toContain(labelled(word, example));
  });

  it.each(rows.map((r) => [r.word, r.example]))('"%s" makes the number after it no count', (word, example) => {
    const n = labelled(word, example);
    const q = findQuantities(example).find((h) => h.value === n)!;
    expect(isNotACount(example, q)).toBe(true);
  });

  it('still counts a figure after a word that is no label', () => {
    expect(extract('Fighters killed 5 civilians on the road to Kidal.').map((f) => f.quantity?.value)).toContain(5);
  });
});
