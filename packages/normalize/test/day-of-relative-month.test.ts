/**
 * A day of the writer's month or of the month before ("on the 5th of this month", "since the 1st of the current
 * month", "on the 12th of last month"), as regional outlets write it: that day, counted from the publication date
 * (extract time.ts DAY_OF_RELATIVE_MONTH; normalize anchors.ts daysOfRelativeMonth). Texts written for the rule,
 * several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { facts, on, periodOf, type Case } from './dated-text.ts';

const CASES: Case[] = [
  ['outlet (Syria): "on the 5th of this month" is the 5th of the page\'s month',
    on('2022-09-19', 'Two farmers were killed on the 5th of this month when a landmine exploded near Maadan in the Raqqa countryside, local sources said.'),
    'killed', 2, ['2022-09-05', '2022-09-05']],
  ['outlet (Myanmar): "on the 12th of last month" is the 12th of the month before, across a year',
    on('2024-01-08', 'Junta troops killed nine villagers in Gangaw Township on the 12th of last month, residents told the outlet.'),
    'killed', 9, ['2023-12-12', '2023-12-12']],
  ['aid report (Sudan): "since the 1st of the current month" runs from the 1st to the report\'s day',
    on('2023-11-14', 'Since the 1st of the current month, at least 4,500 families have fled Ardamata to Adre, the camp committee said.'),
    'displaced', 4500, ['2023-11-01', '2023-11-14']],
  ['wire (Yemen): "on the 2nd of this month" is the 2nd of the page\'s month',
    on('2021-03-10', 'Houthi shelling wounded six civilians in Taiz on the 2nd of this month, a medical source said.'),
    'injured', 6, ['2021-03-02', '2021-03-02']],
];

describe('a day of this month or of last month', () => {
  it.each(CASES)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('a day of this month after the page\'s day is no day the writer saw: the month up to that day stays', () => {
    const [start, end] = periodOf(on('2022-05-10', 'Three soldiers were killed in Donetsk this month, and a memorial is due on the 28th of this month, the brigade said.'), 'killed', 3);
    expect(start).toBe('2022-05-01');
    expect(end).toBe('2022-05-10');
  });

  it('a day the month lacks dates nothing of its own', () => {
    const got = facts(on('2023-03-05', 'Four civilians were killed in Bakhmut on the 30th of last month, the governor said.'));
    const f = got.find((x) => x.category === 'killed' && x.count_best === 4)!;
    expect(f.period_start).not.toBe('2023-03-02');
    expect(f.date_precision).not.toBe('day');
  });
});
