/**
 * Two ways a toll is broken down (issue 9, monitor tolls): a partitive of the toll's events with a modifier ("310 of
 * the civilian deaths occurred in ..."), and a bracket of parts after the toll's place and time ("93 deaths in Magway
 * Region in June (71 civilians ...)"). Every sentence is written for this file, in several genres and wars; none
 * comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

/** [category, group, value] of every fact of a text. */
const facts = (text: string) => extract(text).map((f) => { const b = brief(f); return [b.category, b.group, b.value]; });
const values = (text: string) => extract(text).map((f) => [f.category, f.quantity?.value]);

describe('a partitive of counted deaths with a modifier: "N of the civilian deaths"', () => {
  it.each([
    ['monitor, Ukraine', 'HRMMU verified 1,343 civilian deaths in the quarter; 310 of the civilian deaths occurred in Donetsk oblast.', ['killed', 'civilians', 310]],
    ['think tank, Gaza', 'Of 212 recorded civilian deaths in Rafah in May, the study attributes 61 of these civilian deaths to air strikes.', ['killed', 'civilians', 61]],
  ])('%s', (_genre, text, want) => {
    expect(facts(text)).toContainEqual(want);
  });

  it('"N of the remaining villages" counts no deaths (Sudan)', () => {
    expect(values('The RSF seized 12 villages; 3 of the remaining villages were retaken by the army.').map(([c]) => c)).not.toContain('killed');
  });
});

describe('a bracket of parts after the toll\'s place and time', () => {
  it.each([
    ['monitor, Myanmar', 'The AAPP recorded 93 deaths in Magway Region in June (71 civilians and 22 soldiers).',
      [['killed', 'civilians', 71], ['killed', 'government_forces', 22]]],
    ['monitor, Syria', 'SNHR documented 143 civilian deaths in Syria in May (41 children and 19 women).',
      [['killed', 'children', 41], ['killed', 'women', 19]]],
    ['sitrep, Sudan', 'Some 58 people were killed in El Fasher on 14 June (including 11 children), according to OCHA.',
      [['killed', 'children', 11]]],
  ])('%s', (_genre, text, want) => {
    const got = facts(text);
    for (const w of want) expect(got).toContainEqual(w);
  });

  it('a bracket with no counted persons stays an aside (Ukraine)', () => {
    expect(values('Shelling killed 23 people in Kherson on Sunday (the highest toll since March).')).toEqual([['killed', 23]]);
  });
});
