/**
 * "remain protractedly displaced" (cues.ts `STOCK_ADVERB`): an adverb of duration between "remain" and "displaced"
 * says the same stock as "still" does, not a movement. Sentences written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.value, f.unit]);

describe('a stock with an adverb of duration', () => {
  it.each([
    ['situation report, Philippines', 'Some 3,200 families (15,400 individuals) remain protractedly displaced for more than 180 days.', [['idps_stock', 3200, 'families'], ['idps_stock', 15400, 'persons']]],
    ['assessment, Colombia', 'An estimated 48,000 people in Choco remain long-term displaced, the report found.', [['idps_stock', 48000, 'persons']]],
    ['monitor, Mozambique', 'About 6,500 people still remain protractedly displaced around Mocimboa da Praia.', [['idps_stock', 6500, 'persons']]],
  ])('%s', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('a movement stays a movement (wire, DRC)', () => {
    expect(facts('Fighting displaced 7,000 people near Rutshuru on Monday.')).toEqual([['displaced', 7000, 'persons']]);
  });
});
