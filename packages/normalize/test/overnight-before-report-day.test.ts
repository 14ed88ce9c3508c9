/**
 * A bare "overnight" in a report is the night just past: dated by its evening, the day before the report's day, as
 * "last night" is (normalize period.ts `overnight`). A night named by its weekday ("overnight Thursday") keeps that
 * weekday, and "overnight clashes" before a noun of fighting is no date of the sentence's event (extract time.ts).
 * Texts written for the rule, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const CASES: Case[] = [
  ['wire (Nigeria): "killed ... overnight, police said Friday" on a Friday page is Thursday',
    on('2021-06-04', 'Bandits killed seven villagers overnight in Katsina state, a police spokesman said Friday.'),
    'killed', 7, ['2021-06-03', '2021-06-03']],
  ['wire (Ukraine): "overnight" before the place, no statement day, is the night before the page\'s day',
    on('2022-06-03', 'Russian shelling overnight killed four civilians in Mykolaiv, the regional governor said.'),
    'killed', 4, ['2022-06-02', '2022-06-02']],
  ['outlet (Myanmar): fled overnight is the night before the report',
    on('2023-11-14', 'About 2,500 villagers fled Kawlin overnight as junta troops advanced, a local aid group said.'),
    'displaced', 2500, ['2023-11-13', '2023-11-13']],
];

describe('a bare "overnight" in a report', () => {
  it.each(CASES)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('"overnight Thursday" names its night by the weekday, whatever the page\'s day', () => {
    expect(periodOf(on('2019-06-08', 'Air strikes overnight Thursday killed nine people in Saada, medics said.'), 'killed', 9))
      .toEqual(['2019-06-06', '2019-06-06']);
  });

  it('a weekday of its own in the sentence dates the event, not the night', () => {
    expect(periodOf(on('2019-04-10', 'Gunmen killed six soldiers near Menaka on Tuesday after overnight clashes, the army said.'), 'killed', 6))
      .toEqual(['2019-04-09', '2019-04-09']);
  });
});
