/**
 * Two constructions of situation reports' key figures, tested on lines written for them in several genres and wars
 * (none from the corpus): a share of a whole between commas after the counted noun ("1.7 million people, or 75 per
 * cent of the population, are displaced") leaves the figure its verb; a note in brackets closing on a day after its
 * source ("362,000 IDPs in Haiti (IOM, 8 March)") dates the figure before it, and only that figure.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';
import { rule } from './rule.ts';

rule('a share of the whole between commas leaves the figure its verb', [
  ['sitrep', 'Some 1.9 million people, or 90 per cent of the population, are internally displaced across the Gaza Strip.', [
    { category: 'idps_stock', value: 1900000, places: ['Gaza Strip'] },
  ]],
  ['regional', 'About 3 million people, or 15 percent of the country\'s population, remain displaced in Sudan, officials said.', [
    { category: 'idps_stock', value: 3000000, places: ['Sudan'] },
  ]],
  ['encyclopedic', 'By 1995, 1.2 million people, or half of the republic\'s population, were displaced by the fighting in Bosnia.', [
    { category: 'displaced', value: 1200000 },
  ]],
]);

describe('a key figure\'s note closing on a day dates that figure only', () => {
  const dated = (text: string) => extract(text).map(brief).map((f) => [f.category, f.value, f.time]);
  it.each([
    ['sitrep, Haiti', '362,000 internally displaced persons in Haiti (IOM, 8 March)', [['idps_stock', 362000, '8 March']]],
    ['sitrep, Sudan', 'Some 750,000 people remain displaced in North Darfur (DTM; 14 May 2024)', [['idps_stock', 750000, '14 May 2024']]],
    ['monitor, Myanmar', '52 civilians killed in Sagaing Region (AAPP, October 2024)', [['killed', 52, 'October 2024']]],
  ])('%s: %s', (_g, text, want) => expect(dated(text)).toEqual(want));

  it('the next paragraph\'s figure is not of the note\'s day', () => {
    const facts = extract('KEY FIGURES\n\n362,000 internally displaced persons in Haiti (IOM, 8 March)\n\nSome 5,000 people fled Carrefour this week.');
    expect(facts.map((f) => [f.quantity?.value, f.time_phrase, f.time_context.join(' ')])).toEqual([[362000, '8 March', ''], [5000, 'this week', '']]);
  });
});
