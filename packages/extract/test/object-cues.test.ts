/**
 * The verbs that take a figure as their object (data/object-cues.csv, object-cues.ts), read by the cue before a
 * figure (cues.ts): the table loads, refuses a broken row, and every row's example (written for the table) reads its
 * figure as the row's category.
 */
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from '../src/data.ts';
import { objectCuePattern, parseObjectCues } from '../src/object-cues.ts';
import { extract } from './helpers.ts';

const rows = parseRegistry(readDataFile('object-cues.csv'), 'object-cues.csv', ['phrase', 'category', 'kind', 'example']);
const examples = new Map(rows.map((r) => [r.example!, r.category!]));

describe('object-cues.csv', () => {
  it('refuses an unknown kind or category and a row without a source', () => {
    expect(() => parseObjectCues('phrase,category,kind,example,source\nkilled,killed,noun,x,https://e.org\n')).toThrow(/kind "noun"/);
    expect(() => parseObjectCues('phrase,category,kind,example,source\nkilled,dead,verb,x,https://e.org\n')).toThrow(/category "dead"/);
    expect(() => parseObjectCues('phrase,category,kind,example,source\nkilled,killed,verb,x,\n')).toThrow(/source/);
  });

  it('matches a written form whole, spaces as any run, and no other category', () => {
    const killed = new RegExp(`^${objectCuePattern('killed')}$`, 'i');
    expect(killed.test('shot  dead')).toBe(true);
    expect(killed.test('wounded')).toBe(false);
    expect(new RegExp(`^${objectCuePattern('captured', 'control')}$`).test('wrested')).toBe(true);
  });

  for (const [example, category] of examples) {
    it(`${category}: ${example}`, () => {
      expect(extract(example).map((f) => f.category)).toContain(category);
    });
  }
});
