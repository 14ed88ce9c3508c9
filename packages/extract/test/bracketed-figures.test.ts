/**
 * Some monitors' briefings write every figure in brackets: "a total of (5,599) people have been killed". The bracketed
 * figure is read as the figure, its noun after the bracket. A figure bracketed after a name or another figure is a
 * breakdown's part ("Raqqa (318,761)"), and "(1)" opening a sentence numbers a list. Sentences written for the rule,
 * in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map((f) => [f.category, brief(f).value]);

describe('a figure written in brackets', () => {
  it.each([
    { genre: 'monitor, Myanmar', s: 'Since the coup, a total of (3,120) people have been killed by the junta in Magway Region.', category: 'killed', n: 3120 },
    { genre: 'monitor, Sudan', s: 'In El Geneina, (87) civilians were killed by RSF gunfire in June, the lawyers group said.', category: 'killed', n: 87 },
    { genre: 'monitor, Syria', s: 'The network documented the killing of (64) civilians in Idlib during May.', category: 'killed', n: 64 },
    { genre: 'sitrep, Ethiopia', s: 'Some (12,400) people fled Kobo town after the shelling on 3 March.', category: 'displaced', n: 12400 },
    { genre: 'monitor, Yemen', s: 'Shelling on Taiz wounded (23) civilians last week, the monitor said.', category: 'injured', n: 23 },
  ])('$genre: $s', ({ s, category, n }) => expect(counts(s)).toContainEqual([category, n]));

  it('keeps the breakdown of a toll written in brackets', () => {
    const facts = extract('Since January, (412) people, including (58) children, were killed by air strikes in Sagaing Region.');
    expect(facts.map((f) => [brief(f).group, brief(f).value])).toEqual([['people', 412], ['children', 58]]);
  });

  it('does not take a number in brackets after a place for a figure with its own noun', () => {
    const facts = extract('About 90,000 people were displaced, including Raqqa (31,000) and Idleb (22,000) last month.');
    expect(facts.map((f) => [brief(f).value, brief(f).places])).toEqual([
      [90000, ['Raqqa', 'Idleb']], [31000, ['Raqqa']], [22000, ['Idleb']],
    ]);
  });

  it('does not take the number of a list item for a figure', () => {
    const facts = extract('(2) Seven civilians were killed in Kidal on Monday.');
    expect(facts.map((f) => brief(f).value)).toEqual([7]);
  });
});
