/**
 * A day and month without a year that the text wrote earlier with one ("since 15 April" after "since 15 April 2023")
 * is that same day, not the latest 15 April before the report: a report a year into a war restates its start bare.
 * Without an earlier mention, or for another day, the yearless date keeps the report's reading.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const echoed: Case[] = [
  ['Sudan, a toll restated with its start',
    on('2024-05-10', 'At least 14,600 people have been killed since 15 April 2023, according to the monitor.\n\nIn El Fasher alone, 300 civilians have been killed since 15 April, local doctors said.'),
    'killed', 300, ['2023-04-15', '2024-05-10']],
  ['Ukraine, the start written month first',
    on('2023-03-01', 'The office has recorded 8,000 civilian deaths since February 24, 2022.\n\nAmong them, 480 children have been killed since February 24, the office said.'),
    'killed', 480, ['2022-02-24', '2023-03-01']],
  ['Myanmar, displacement since the coup',
    on('2022-03-01', 'Security forces have killed 1,580 people since 1 February 2021, the group said.\n\nIn Sagaing Region, 120,000 people have fled their homes since 1 February, UNHCR said.'),
    'displaced', 120000, ['2021-02-01', '2022-03-01']],
];

describe('a yearless day the text dated earlier', () => {
  it.each(echoed)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('without an earlier mention keeps the latest such day before the report', () => {
    const text = on('2024-10-28', 'In Gaza, 90 people have been killed since 8 October, the health ministry said.');
    expect(periodOf(text, 'killed', 90)).toEqual(['2024-10-08', '2024-10-28']);
  });

  it('another day of the month is not the one dated', () => {
    const text = on('2024-05-10', 'At least 14,600 people have been killed since 15 April 2023.\n\nIn Nyala, 70 civilians have been killed since 16 April, residents said.');
    expect(periodOf(text, 'killed', 70)).toEqual(['2024-04-16', '2024-05-10']);
  });
});
