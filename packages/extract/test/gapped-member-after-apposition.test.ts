/**
 * "Strikes killed five people in A, a frontline town in the B region, and three more in C": the second member of a
 * toll by place, its verb and noun written once, after a first member whose place carries an apposition. The words
 * between the members ran past the sixty characters a list gap was given, and the second member was lost (its place
 * went to the first). Every sentence is written for this file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.value, f.places]);

describe('a list member after a place with an apposition', () => {
  it.each([
    ['wire, Ukraine', 'Russian strikes killed five people in Kostiantynivka, a frontline town in the eastern Donetsk region, and three more in the nearby city of Kramatorsk, officials said.', ['killed', 3, ['Kramatorsk']]],
    ['outlet, Sudan', 'The RSF attack killed 40 villagers in Wad al-Nourah, a village west of the Gezira state capital Wad Madani, and 12 more in neighbouring Tekeena, activists said.', ['killed', 12, ['Tekeena']]],
    ['wire, Nigeria', 'Gunmen killed 23 people in villages of Bokkos local government area of Plateau state on Saturday night, and 11 more in Mangu, a local official said.', ['killed', 11, ['Mangu']]],
    ['monitor, Syria', 'Barrel bombs killed 14 civilians in the rebel-held town of Daraya, southwest of the capital Damascus, and another 6 in Douma, the Observatory said.', ['killed', 6, ['Douma']]],
  ])('%s', (_genre, text, fact) => {
    expect(facts(text)).toContainEqual(fact);
  });
});
