/**
 * A weekday with its calendar date in apposition, day first ("stalled on Wednesday, 1 June"), as encyclopedic pages
 * and outlets outside the US write it: the date is the day, not the nearest such weekday to where the text has
 * reached. Met in a fresh encyclopedic page (an Iraqi city's battle). Texts written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

describe('a weekday and its day-first date in apposition', () => {
  it.each<Case>([
    ['encyclopedic, Iraq',
      'Battle of Hit (2016)\n\nThe Battle of Hit was a military operation in Anbar. The army\'s advance stalled on Wednesday, 6 April, under heavy fire.\n\nAirstrikes killed 14 militants near the hospital.',
      'killed', 14, ['2016-04-06', '2016-04-06']],
    ['outlet, Sudan',
      on('2024-03-10', 'Clashes resumed in El Obeid on Friday, 1 March. Shelling killed 9 people in the market, residents said.'),
      'killed', 9, ['2024-03-01', '2024-03-01']],
    ['encyclopedic, Myanmar',
      'Battle of Laukkai (2023–2024)\n\nThe battle of Laukkai was fought between the army and the MNDAA. The resistance took the police station on Sunday, 5 November 2023.\n\nThe next day, 30 soldiers were killed in Laukkai.',
      'killed', 30, ['2023-11-06', '2023-11-06']],
  ])('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});
