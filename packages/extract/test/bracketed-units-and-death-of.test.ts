/**
 * Constructions of round 50 between a figure and its noun, on sentences written for this file in several genres:
 * - a unit's name in brackets between the count and its noun ("9 (Second Battalion) soldiers") qualifies the noun;
 * - "security force members", "security force personnel" are the state's forces (`schema/data/actors.csv`);
 * - "the death of two soldiers and seven wounded": the "of" complement of a noun of death and a later member with its
 *   own harm are two tolls, a killed and an injured one.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(`Title\n\n${s}`).map(brief).map((f) => [f.category, f.group, f.value]);

const told = (genre: string, sentence: string, expected: (string | number)[][]) => ({ genre, sentence, expected });

const CASES = [
  told('wire, Myanmar', 'Resistance fighters killed 9 (Second Battalion) soldiers in the raid on the camp, a spokesman said.', [['killed', 'government_forces', 9]]),
  told('outlet, Sahel', 'The ambush left 17 (Gendarmerie Mobile) officers dead near the river crossing.', [['killed', 'government_forces', 17]]),
  told('monitor, Papua', 'Gunmen shot dead two security force members at a checkpoint in the district on Friday.', [['killed', 'government_forces', 2]]),
  told('sitrep, Mozambique', 'Four security force personnel were wounded when insurgents attacked the post.', [['injured', 'government_forces', 4]]),
  told('wire, Cameroon', 'The clash near the border caused the death of two soldiers and seven wounded, the army said.', [['killed', 'government_forces', 2], ['injured', 'government_forces', 7]]),
  told('outlet, Colombia', 'The bombing caused the deaths of three police officers and 14 injured, the ministry said.', [['killed', 'government_forces', 3], ['injured', 'government_forces', 14]]),
  told('sitrep, Sudan', 'The shelling caused the death of two civilians and five wounded in the market.', [['killed', 'civilians', 2], ['injured', 'civilians', 5]]),
  // A list that shares one harm stays one list.
  told('monitor, Syria', 'The monitor documented the deaths of 11 children and 6 women in the strikes.', [['killed', 'children', 11], ['killed', 'women', 6]]),
  told('wire, Ukraine', 'Shelling wounded 12 soldiers and 3 civilians near the front.', [['injured', 'government_forces', 12], ['injured', 'civilians', 3]]),
];

describe('counts with words between the figure and its noun, and a death beside the wounded', () => {
  for (const { genre, sentence, expected } of CASES) it(`${genre}: ${sentence}`, () => expect(facts(sentence)).toEqual(expected));
});
