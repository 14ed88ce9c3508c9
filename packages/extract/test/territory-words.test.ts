/** The territory word table: it loads, refuses a broken row, and every row's example does what its role says. */
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from '../src/data.ts';
import { parseTerritoryWords } from '../src/territory-words.ts';
import { sentenceActors, subjectLeft } from '../src/actors.ts';
import { extract } from './helpers.ts';

const rows = parseRegistry(readDataFile('territory-words.csv'), 'territory-words.csv', ['phrase', 'role', 'example']);

describe('territory-words.csv', () => {
  it('refuses an unknown role and a row without a source', () => {
    expect(() => parseTerritoryWords('phrase,role,example,source\nmost,sometimes,x,https://e.org\n')).toThrow(/role "sometimes"/);
    expect(() => parseTerritoryWords('phrase,role,example,source\nmost,share,x,\n')).toThrow(/source/);
  });
  for (const row of rows.filter((r) => r.role === 'share')) {
    it(`share "${row.phrase}": the place after it is taken with the rest: ${row.example}`, () => {
      const named = new RegExp(String.raw`\b${row.phrase} of (\p{Lu}\p{L}+)`, 'u').exec(row.example!)![1]!;
      const places = extract(row.example!).filter((f) => f.kind === 'territory').flatMap((f) => f.place_mentions.map((p) => p.text));
      expect(places.some((p) => p.startsWith(named)), JSON.stringify(places)).toBe(true);
    });
  }
  for (const row of rows.filter((r) => r.role === 'degree')) {
    it(`degree "${row.phrase}": a share after it is still a share of the place: ${row.example}`, () => {
      const named = new RegExp(String.raw`\b${row.phrase} (?:the )?\p{Ll}+ of (?:\p{Ll}+-(?:held|controlled) )?(\p{Lu}\p{L}+)`, 'u').exec(row.example!)![1]!;
      const places = extract(row.example!).filter((f) => f.category === 'captured').flatMap((f) => f.place_mentions.map((p) => p.text));
      expect(places.some((p) => p.startsWith(named)), JSON.stringify(places)).toBe(true);
    });
  }
  const kinds: Record<string, string> = { foothold: 'entered', reach: 'advanced', approach: 'advanced' };
  for (const row of rows.filter((r) => kinds[r.role!])) {
    it(`${row.role} "${row.phrase}": an armed side's move is ${kinds[row.role!]}: ${row.example}`, () => {
      expect(extract(row.example!).map((f) => f.category)).toContain(kinds[row.role!]);
    });
  }
  // The example names its place as the first capitalized word after "the" (possibly after a position word).
  for (const row of rows.filter((r) => r.role === 'ground' || r.role === 'site')) {
    it(`${row.role} "${row.phrase}": the named place is taken: ${row.example}`, () => {
      const named = new RegExp(String.raw`\b(?:the|through|of|in)\s+(?:(?:old|\p{Ll}+ern)\s+)?(\p{Lu}\p{L}+)(?:\s+\p{Lu}\p{L}+)*[\s.,]`, 'u').exec(row.example!)![1]!;
      const taken = extract(row.example!).filter((f) => f.category === 'captured').flatMap((f) => f.place_mentions.map((p) => p.text));
      expect(taken.some((p) => p.startsWith(named)), JSON.stringify(taken)).toBe(true);
    });
  }
  // The example names its place last: the capitalized words after the last "in", "at" or "the town of".
  for (const row of rows.filter((r) => r.role === 'installation')) {
    it(`installation "${row.phrase}": the place it stands in is taken or entered: ${row.example}`, () => {
      const named = /\b(?:in|at|of)\s+((?:\p{Lu}[\p{L}\-]*\s*)+)(?:\.)$/u.exec(row.example!)![1]!.trim();
      const taken = extract(row.example!).filter((f) => f.kind === 'territory').flatMap((f) => f.place_mentions.map((p) => p.text));
      expect(taken.some((p) => named.startsWith(p.split(/[\s-]/)[0]!)), JSON.stringify(taken)).toBe(true);
    });
  }
  for (const row of rows.filter((r) => r.role === 'repelled')) {
    it(`repelled "${row.phrase}": no ground changed hands: ${row.example}`, () => {
      expect(extract(row.example!).filter((f) => f.kind === 'territory')).toEqual([]);
    });
  }
  for (const row of rows.filter((r) => r.role === 'withdrawal')) {
    it(`withdrawal "${row.phrase}": the sentence's subject left: ${row.example}`, () => {
      const { subject } = sentenceActors(row.example!);
      expect(subject).not.toBe('');
      expect(subjectLeft(row.example!, subject)).toBe(true);
    });
  }
  // Each example's subject makes the move; only the row's noun tells a side from civilians (no registry actor in it).
  for (const row of rows.filter((r) => r.role === 'civilian')) {
    it(`civilian "${row.phrase}": civilians entering a town are no side taking it: ${row.example}`, () => {
      expect(extract(row.example!).filter((f) => f.kind === 'territory')).toEqual([]);
    });
  }
  for (const row of rows.filter((r) => r.role === 'armed')) {
    it(`armed "${row.phrase}": an armed side's move towards a town is an advance: ${row.example}`, () => {
      expect(extract(row.example!).map((f) => f.category)).toContain('advanced');
    });
  }
  it('civilian and armed: a subject of neither kind enters a town but makes no advance', () => {
    expect(extract('The zorbs entered Tawila on Monday.').map((f) => f.category)).toContain('entered');
    expect(extract('The zorbs moved towards Kidal.').filter((f) => f.kind === 'territory')).toEqual([]);
  });
  it('withdrawal: a side that took a place did not leave it', () => {
    const s = 'The rebels captured the hills overnight.';
    expect(subjectLeft(s, sentenceActors(s).subject)).toBe(false);
  });
});
