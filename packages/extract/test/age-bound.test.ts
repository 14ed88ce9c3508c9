/**
 * "above the age of 14", "under the age of five": a bound on an age names who ("youths above the age of 14"), never a
 * count, as "aged 12" and "ages of 5" were already read. Sentences written for the rule, in several genres and wars.
 */
import { expect, it } from 'vitest';
import { extract } from './helpers.ts';

it.each([
  ['outlet, Ethiopia', 'Residents said many youths above the age of 14 had already fled the area for fear of being recruited.'],
  ['situation report, Sudan', 'Men over the age of 18 have fled El Geneina to avoid forced conscription, partners report.'],
  ['wire, Myanmar', 'Boys under the age of 16 were displaced from the villages near Lashio, the UN said.'],
])('%s: %s', (_genre, text) => {
  expect(extract(text).map((f) => f.quantity?.value)).toEqual([]);
});

it('a count beside the bound is still read (monitor, Syria)', () => {
  const facts = extract('Five children were killed in the shelling of Ariha, the monitor said; all were under the age of 10.');
  expect(facts.map((f) => [f.category, f.quantity?.value])).toEqual([['killed', 5]]);
});
