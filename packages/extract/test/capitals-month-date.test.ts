/**
 * A month in capitals between its day and year (issue 9, fresh assessments): military and think-tank updates date
 * events "on 27 FEB 2017", "12 MAY 2023". Only with its day and year: a headline in capitals has "MAY" as a verb.
 * Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const times = (s: string) => extract(s).map((f) => brief(f).time);

describe('day, month in capitals, year', () => {
  it.each([
    ['assessment, Syria', 'The regime seized the town of Tadef from ISIS on 27 FEB 2017.', 'on 27 FEB 2017'],
    ['military update, Iraq', 'Iraqi Security Forces recaptured Qayyarah on 25 AUG 2016, the coalition said.', 'on 25 AUG 2016'],
    ['assessment, Yemen', 'Houthi fighters killed 14 soldiers near Marib on 3 MARCH 2021.', 'on 3 MARCH 2021'],
  ])('%s', (_genre, s, time) => {
    expect(times(s)).toEqual([time]);
  });

  it('a capitals word without day and year is no date (Ukraine)', () => {
    expect(times('Russian forces captured Avdiivka, MAY officials said.').join('')).not.toMatch(/MAY/);
  });
});
