/**
 * "The operation has killed more than 1,000 people" after "launched an operation in October": a campaign's toll in the
 * present perfect counts from the campaign's start up to the report's day, not on the day or month the story gave the
 * start (normalize campaign.ts campaignSoFar, context.ts). A toll of one attack keeps the attack's day. Texts written
 * for the rule, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const CASES: Case[] = [
  ['wire (Gaza): an operation started in a month, its toll so far',
    on('2024-11-21', 'The army launched a major ground operation in Jabalia in October. The operation has killed more than 1,000 people, the civil defence agency said.'),
    'killed', 1000, ['2024-10-01', '2024-11-21']],
  ['outlet (Sudan): a siege begun in May',
    on('2024-06-14', 'The RSF laid siege to El Fasher in May. The siege has killed at least 260 civilians, the medical charity said.'),
    'killed', 260, ['2024-05-01', '2024-06-14']],
  ['regional outlet (Ukraine): a battle begun on a day',
    on('2023-03-15', 'Russian forces began their assault on Bakhmut on 1 August 2022. The battle has killed at least 200 civilians, the regional governor said.'),
    'killed', 200, ['2022-08-01', '2023-03-15']],
  ['UN statement (Myanmar): an offensive\'s displaced so far',
    on('2024-02-20', 'The Arakan Army launched its offensive in Rakhine State in November. The offensive has displaced some 100,000 people, the UN said.'),
    'displaced', 100000, ['2023-11-01', '2024-02-20']],
];

describe("a campaign's toll so far", () => {
  it.each(CASES)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it("an attack's toll keeps the attack's day", () => {
    expect(periodOf(on('2023-05-09', 'Gunmen attacked a market in Kajuru on Sunday. The attack has killed 12 people, police said.'), 'killed', 12))
      .toEqual(['2023-05-07', '2023-05-07']);
  });
});
