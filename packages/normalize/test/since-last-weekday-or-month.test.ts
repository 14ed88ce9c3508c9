/**
 * "since last Friday", "since last March": a running total from the day or month counted back from the report's day
 * to that day, not a toll of that one day (extract time.ts, the "since" pattern; normalize period.ts since). Texts
 * written for the rule, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { facts, on, periodOf, type Case } from './dated-text.ts';

const CASES: Case[] = [
  ['outlet (Nigeria): "since last Friday" runs from that Friday to the page\'s day',
    on('2023-06-08', 'Boko Haram fighters have killed nine farmers around Konduga since last Friday, the police spokesman said.'),
    'killed', 9, ['2023-06-02', '2023-06-08']],
  ['aid agency (Myanmar): "since last March" runs from that March to the report\'s day',
    on('2024-02-10', 'More than 8,000 people have fled Paletwa since last March, the UN refugee agency said.'),
    'displaced', 8000, ['2023-03-01', '2024-02-10']],
  ['outlet (Syria): "since last Sunday" over a week\'s shelling of Jisr al-Shughur',
    on('2019-05-16', 'Shelling has killed 23 civilians in Jisr al-Shughur since last Sunday, the civil defence said.'),
    'killed', 23, ['2019-05-12', '2019-05-16']],
];

describe('since last <weekday or month>', () => {
  it.each(CASES)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('the total is a running one', () => {
    const f = facts(on('2023-06-08', 'Gunmen have killed 11 villagers in Bokkos since last Friday, a local leader said.')).find((x) => x.count_best === 11)!;
    expect(f.cumulative).toBe(true);
  });

  it('a bare "last Friday" stays that day', () => {
    expect(periodOf(on('2023-06-08', 'Gunmen killed 11 villagers in Bokkos last Friday, a local leader said.'), 'killed', 11))
      .toEqual(['2023-06-02', '2023-06-02']);
  });
});
