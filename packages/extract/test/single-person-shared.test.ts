/**
 * Speed (issue 9), same answers: the single persons of a sentence ("a child", "another soldier") are read once and
 * shared by the figure finder and the frame finder (`sentenceSinglePersons`). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/numbers.ts';
import { sentenceSinglePersons, singlePersons } from '../src/single-person.ts';
import { extract } from './helpers.ts';

const SENTENCES = [
  'A child was killed and two women were wounded when a shell hit a market in Kharkiv.',
  'Another soldier died of his wounds in Marib on Sunday, the coalition said.',
  'An airstrike in Idlib killed a paramedic and three firefighters, a resident said.',
  'A number of families fled Tawila as a third of the camp burned.',
  'Gunmen abducted a 60-year-old woman near Maiduguri.',
];

describe('a sentence\'s single persons, read once', () => {
  it('are those singlePersons finds beside the sentence\'s figures', () => {
    for (const s of SENTENCES) expect(sentenceSinglePersons(s), s).toEqual(singlePersons(s, findQuantities(s)));
    expect(sentenceSinglePersons(SENTENCES[0]!).map((q) => q.phrase)).toEqual(['A']);
    expect(sentenceSinglePersons(SENTENCES[3]!)).toEqual([]);
  });

  it('are given as copies: a caller changing one does not change the next answer', () => {
    const s = SENTENCES[2]!;
    const first = sentenceSinglePersons(s);
    first[0]!.value = 99;
    first.pop();
    expect(sentenceSinglePersons(s)).toEqual(singlePersons(s, findQuantities(s)));
  });

  it('still make facts of one person in both finders', () => {
    const facts = extract(SENTENCES[1]!);
    expect(facts.some((f) => f.category === 'killed' && f.quantity?.value === 1)).toBe(true);
  });
});
