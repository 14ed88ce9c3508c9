/**
 * A stock's "remain displaced" after a hedge or adverb (round 50, `BEFORE_REMAIN` in cues.ts): "reportedly remain",
 * "still remain", "are believed to remain", and "remained" in the past, are people still displaced (a stock), not
 * a new flight. Every sentence is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(`Title\n\n${s}`).map(brief).map((f) => [f.category, f.value, f.unit]);

const told = (genre: string, sentence: string, expected: (string | number)[][]) => ({ genre, sentence, expected });

const CASES = [
  told('sitrep, Mozambique', 'An estimated 32,500 people still remain displaced in Macomia district.', [['idps_stock', 32500, 'persons']]),
  told('outlet, Colombia', 'About 7,300 residents reportedly remained displaced in the municipality at the end of May.', [['idps_stock', 7300, 'persons']]),
  told('rights group, Kashmir', 'Nearly 2,100 families are believed to remain displaced after the shelling, the group said.', [['idps_stock', 2100, 'families']]),
  told('wire, Ukraine', 'More than 4,000 people remain internally displaced in the region, officials said.', [['idps_stock', 4000, 'persons']]),
  // The event itself stays a flow.
  told('wire, Sudan', 'Some 5,000 people were displaced by the fighting near the town last week.', [['displaced', 5000, 'persons']]),
];

describe('a hedged or adverbial "remain displaced" is a stock', () => {
  for (const { genre, sentence, expected } of CASES) it(`${genre}: ${sentence}`, () => expect(facts(sentence)).toEqual(expected));
});
