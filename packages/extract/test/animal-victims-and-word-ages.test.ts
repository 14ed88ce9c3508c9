/**
 * Two kinds of numbers that count no victims. Animals killed ("killed several cows", "dozens of goats", "200 head of
 * cattle", nouns of data/animal-nouns.csv) are no casualties. A later age of a list written in words ("two children,
 * aged three and five, died") is an age, as "aged 3 and 5" is. Every sentence is written for the rule, in several
 * wars and genres; none comes from a corpus or fresh text.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief);

describe('animals killed are no casualties', () => {
  it.each([
    ['outlet, Myanmar', 'Residents said the bombs destroyed 15 houses and killed several cows in the village.'],
    ['wire, South Sudan', 'Raiders killed 40 cows in Jonglei state, a local official said.'],
    ['NGO, Ethiopia', 'The airstrike killed dozens of goats near a well in Tigray, the aid group said.'],
    ['report, Sahel', 'Gunmen killed 200 head of cattle near Menaka, local sources said.'],
  ])('%s', (_genre, text) => {
    expect(facts(text).filter((f) => f.category === 'killed')).toEqual([]);
  });

  it('a count of people beside the animals is still read', () => {
    const killed = facts('Raiders killed five herders and stole 200 head of cattle in Warrap, officials said.').filter((f) => f.category === 'killed');
    expect(killed.map((f) => f.value)).toEqual([5]);
  });
});

describe('an age list written in words', () => {
  it.each([
    ['outlet, Gaza', 'Two children, aged three and five, were killed in the strike on Rafah, medics said.', 2],
    ['wire, Ukraine', 'Two boys, aged seven and nine, were wounded by shelling in Kherson, officials said.', 2],
    ['report, Syria', 'Four siblings aged between six and eleven were killed in the shelling of Ariha, the White Helmets said.', 4],
  ])('%s: the later age is no count', (_genre, text, count) => {
    const harmed = facts(text).filter((f) => f.category === 'killed' || f.category === 'injured');
    expect(harmed.map((f) => f.value)).toEqual([count]);
  });
});
