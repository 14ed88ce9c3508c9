/**
 * A city that shares its governorate's name ("the central city of Idlib", then "the rebels entered Idlib"): once the
 * article has called the name a city or town, entering it is an entry into the city, not an advance into the
 * province. Governorates that share a city's name are Syria's (the pack's admin1), so the wars are Syria's: the
 * 2024 offensive and the wars against ISIS. Every sentence is written for the rule; none comes from the seeds or the
 * corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** The categories of the territory facts read from the sentence that holds `words`. */
function categoriesAt(text: string, words: string): string[] {
  return extract(text).filter((f) => f.kind === 'territory' && f.quote.includes(words)).map((f) => f.category);
}

describe('entering a city named like its province', () => {
  it.each([
    [
      'wire, Raqqa (war against ISIS)',
      'US-backed fighters captured the eastern suburbs of the city of Raqqa last week. On Tuesday, the Syrian Democratic Forces entered Raqqa from the east and were battling Islamic State fighters, a spokesman said.',
      'entered Raqqa',
    ],
    [
      'outlet, Syria',
      'Syrian rebels captured the central city of Idlib on Monday. The rebels entered Idlib from several sides and were engaged in street fighting with the army, the monitor said.',
      'entered Idlib',
    ],
    [
      'encyclopedic, Deir ez-Zor (army against ISIS)',
      'By early September, the army had broken the siege of the city of Deir ez-Zor. On 10 September, government troops entered Deir ez-Zor from the west, pushing ISIL fighters back to the river.',
      'entered Deir ez-Zor',
    ],
  ])('%s: an entry', (_genre, text, words) => expect(categoriesAt(text, words)).toEqual(['entered']));

  it('a province never called a city stays an advance', () => {
    const text = 'The rebels entered Idlib and were engaged in street fighting with the army, the monitor said.';
    expect(categoriesAt(text, 'entered Idlib')).toEqual(['advanced']);
  });
});
