/**
 * A noun of persons right before a noun of things is that noun's modifier ("three police stations", "two civilian
 * buildings"): the figure counts the things, or places and families as their own units, never persons. Sentences
 * written for the rule, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { nounHead } from '../src/nouns.ts';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.group, f.value]);

describe('a noun of persons before a noun of things', () => {
  it.each([
    ['wire, Nigeria', 'Three police stations were set ablaze in Kano, and four people were killed.', [['killed', 'people', 4]]],
    ['news, Egypt', 'Militants attacked three police stations in Arish, killing nine policemen.', [['killed', 'government_forces', 9]]],
    ['sitrep, Ukraine', 'Shelling damaged two civilian buildings in Kherson and injured 6 residents.', [['injured', 'people', 6]]],
  ])('%s: only the persons are counted', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it.each([
    ['police stations were attacked'],
    ['police vehicles were burned'],
    ['civilian homes were destroyed'],
  ])('"%s" counts no persons', (words) => {
    expect(nounHead(words)).toBeNull();
  });

  it.each([
    ['rebel positions were shelled', 'places', 'positions'],
    ['soldier checkpoints were overrun', 'places', 'checkpoints'],
    ['civilian families fled the fighting', 'families', 'families'],
    ['police officers were wounded', 'persons', 'officers'],
    ['police were killed', 'persons', 'police'],
  ])('"%s" counts %s (%s)', (words, unit, noun) => {
    const head = nounHead(words);
    expect([head?.unit, head?.noun]).toEqual([unit, noun]);
  });
});
