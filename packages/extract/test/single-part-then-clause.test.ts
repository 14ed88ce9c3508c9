/**
 * "62 civilians were killed, including 13 children, and over 280 others were injured": a breakdown opened by
 * "including" (or "of whom", "among them") whose one part is followed by ", and" ends there; the figure after it is
 * the subject of a clause of its own, so the part keeps the whole's harm and is not the next verb's subject (fresh
 * encyclopedic texts, round ency13). Sentences written for this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.group, f.value]);

describe('a single part after "including" and ", and" closes the breakdown', () => {
  /** Each sentence with the whole's harm and count, the part's group and count, and the next clause's harm and count. */
  const sentences: { genre: string; text: string; whole: [string, number]; part: [string, number]; next: [string, number] }[] = [
    {
      genre: 'Sudan, ministry statement', whole: ['killed', 62], part: ['children', 13], next: ['injured', 280],
      text: 'The health ministry said 62 civilians were killed in El Obeid, including 13 children, and more than 280 others were injured.',
    },
    {
      genre: 'Gaza, wire', whole: ['killed', 41], part: ['women', 17], next: ['injured', 96],
      text: 'At least 41 people were killed in the strike, among them 17 women, and 96 others were wounded, medics said.',
    },
    {
      genre: 'Myanmar, monitor', whole: ['killed', 23], part: ['children', 8], next: ['injured', 30],
      text: 'Junta airstrikes on Kani killed 23 villagers, including 8 children, and 30 people were wounded.',
    },
  ];
  for (const { genre, text, whole, part, next } of sentences) {
    it(genre, () => {
      const got = facts(text);
      expect(got.map(([category, , value]) => [category, value])).toEqual([whole, [whole[0], part[1]], next]);
      expect(got[1]![1]).toBe(part[0]);
    });
  }

  it('a list of parts with its own commas still shares the whole\'s harm', () => {
    expect(facts('Shelling killed 30 people in Marib, including 9 children, 5 women, and 3 men.')).toEqual([
      ['killed', 'people', 30], ['killed', 'children', 9], ['killed', 'women', 5], ['killed', 'people', 3],
    ]);
  });
});
