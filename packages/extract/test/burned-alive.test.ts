/**
 * "burned alive N people", "N villagers were burnt alive": a killing told by the verb of several words "burn alive"
 * (data/frames.csv), as "shot dead" is; "burned N houses" stays no casualty. Sentences written for the rule, in
 * several genres and wars.
 */
import { expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

it.each([
  ['wire, Nigeria', 'Gunmen burned alive at least 12 villagers in their homes near Jos on Sunday, police said.', 12],
  ['outlet, Myanmar', 'Soldiers burnt alive 11 people in Done Taw village in Sagaing Region, residents told the paper.', 11],
  ['monitor, Central African Republic', 'Seven traders were burned alive when militiamen set fire to the market in Bria, the monitor said.', 7],
  ['situation report, Burkina Faso', 'On 11 June, 15 civilians were burned alive in the attack on Seytenga, partners report.', 15],
])('%s: %s', (_genre, text, value) => {
  expect(extract(text).map(brief).map((f) => [f.category, f.value])).toEqual([['killed', value]]);
});

it('burning houses is no killing (wire, Sudan)', () => {
  expect(extract('Militiamen burned 40 houses in the village of Misterei, witnesses said.').filter((f) => f.category === 'killed')).toEqual([]);
});
