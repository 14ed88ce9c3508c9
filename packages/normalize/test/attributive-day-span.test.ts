/**
 * A span of days written as the attribute of what happened in it ("The July 8-11 violence had left 42,000 displaced",
 * "in the 3–5 May clashes") dates the figure by the whole span, not its first day. Every text is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const CASES: Case[] = [
  ['wire (Libya): "in the 3–5 May clashes"',
    on('2022-05-07', 'At least 23 people were killed in the 3–5 May clashes in Tripoli, the health ministry said.'),
    'killed', 23, ['2022-05-03', '2022-05-05']],
  ['wire (South Sudan): "The March 2-4 violence had left ... displaced"',
    on('2021-03-06', 'The March 2-4 violence had left 12,000 people displaced around Malakal, an aid agency said.'),
    'displaced', 12000, ['2021-03-02', '2021-03-04']],
  ['news (Ukraine): "the 14-15 October shelling", with its year',
    on('2023-10-20', 'Eleven civilians were wounded in the 14-15 October 2023 shelling of Kherson, officials said.'),
    'injured', 11, ['2023-10-14', '2023-10-15']],
];

describe('an attributive span of days', () => {
  for (const [name, text, category, value, period] of CASES) {
    it(name, () => expect(periodOf(text, category, value)).toEqual(period));
  }
});
