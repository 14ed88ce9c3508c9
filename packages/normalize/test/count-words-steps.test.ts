/**
 * The counts of steps and spans ("within eight days", "twelve months later") come from the one table of count words
 * (nlp's date-words.csv), so every count the table knows is read at every step, not the few each pattern once spelled.
 * Every text is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { periodOf, type Case } from './dated-text.ts';

const page = (title: string, story: string) => `${title}\n\n${story}`;

const CASES: Case[] = [
  ['encyclopedic (Ethiopia): "within eight days" after a day',
    page('Battle of Debre Tabor', 'On 3 May 2022, Fano militia entered Debre Tabor. Within eight days, 1,200 residents had fled the town.'),
    'displaced', 1200, ['2022-05-03', '2022-05-11']],
  ['encyclopedic (Mozambique): "twelve months later" after a day',
    page('Siege of Mocimboa da Praia', 'On 12 August 2020, insurgents seized Mocimboa da Praia. Twelve months later, 40 civilians were killed near the port.'),
    'killed', 40, ['2021-08-12', '2021-08-12']],
];

describe('counts of steps from the one table of count words', () => {
  it.each(CASES)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});
