/**
 * "respectively" pairs a clause's coordinated lists by position: each place gets its own count and/or its own day
 * (respectively.ts). Lists of different lengths pair nothing.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** Per fact: its count, its places, its own time phrase and the words its figure offsets point at. */
const facts = (text: string) =>
  extract(text).map((f) => [f.category, f.quantity?.value ?? null, f.place_mentions.map((p) => p.text).join('|'), f.time_phrase, text.slice(f.figure_start, f.figure_end)]);

describe('lists paired by "respectively"', () => {
  it.each([
    ['wire, Syria (days sharing a month)', 'Rebels seized Kafr Nabl and Hish on 15 and 19 December, respectively, activists said.',
      [['captured', null, 'Kafr Nabl', 'on 15 December', 'seized'], ['captured', null, 'Hish', 'on 19 December', 'seized']]],
    ['situation report, DRC (month first, three places)', 'The FARDC retook Sake, Minova and Kitchanga on May 3, 5 and 9, respectively.',
      [['captured', null, 'Sake', 'on May 3', 'retook'], ['captured', null, 'Minova', 'on May 5', 'retook'], ['captured', null, 'Kitchanga', 'on May 9', 'retook']]],
    ['assessment, Ukraine (weekdays)', 'Russian forces took Avdiivka and Marinka on Monday and Wednesday respectively, the ISW assessed.',
      [['captured', null, 'Avdiivka', 'on Monday', 'took'], ['captured', null, 'Marinka', 'on Wednesday', 'took']]],
    ['outlet, Sudan (abbreviated month)', 'The army recaptured Kurmuk and Geissan on Nov. 3 and 7, respectively, the paper reported.',
      [['captured', null, 'Kurmuk', 'on Nov. 3', 'recaptured'], ['captured', null, 'Geissan', 'on Nov. 7', 'recaptured']]],
    ['wire, Yemen (abbreviated month)', 'Houthi fighters seized Hazm and Khab on Jan. 4 and 9, respectively, tribal sources said.',
      [['captured', null, 'Hazm', 'on Jan. 4', 'seized'], ['captured', null, 'Khab', 'on Jan. 9', 'seized']]],
  ])('%s: a capture, one fact per place with its own day', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it.each([
    ['monitor, Syria', 'Five and seven civilians were killed in Saraqeb and Ariha respectively, the Observatory said.',
      [['killed', 5, 'Saraqeb', '', 'Five'], ['killed', 7, 'Ariha', '', 'seven']]],
    ['outlet, Yemen', 'Airstrikes killed 12 and 9 people in Saada and Hajjah, respectively, local officials told reporters.',
      [['killed', 12, 'Saada', '', '12'], ['killed', 9, 'Hajjah', '', '9']]],
    ['situation report, DRC', 'The clashes displaced 12,000 and 8,500 people from Kalehe and Kabare, respectively, OCHA said.',
      [['displaced', 12000, 'Kalehe', '', '12,000'], ['displaced', 8500, 'Kabare', '', '8,500']]],
    ['encyclopedic, Sudan', 'The offensive displaced 40,000 and 25,000 people from Sinja and Singa respectively.',
      [['displaced', 40000, 'Sinja', '', '40,000'], ['displaced', 25000, 'Singa', '', '25,000']]],
  ])('%s: casualties or displacement, each count with its own place', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it.each([
    ['monitor, Syria (two counts, three places)', 'Five and seven civilians were killed in Saraqeb, Ariha and Binnish respectively, the Observatory said.',
      [['killed', 5, 'Saraqeb|Ariha|Binnish', 'Five'], ['killed', 7, 'Saraqeb|Ariha|Binnish', 'seven']]],
    ['wire, Ukraine (two places, three days)', 'Russian forces took Avdiivka and Marinka on Monday, Tuesday and Wednesday respectively.',
      [['captured', null, 'Avdiivka|Marinka', 'took']]],
  ])('%s: lists of different lengths pair nothing', (_genre, text, expected) => {
    // The time phrase is left to the ordinary rules: only the pairing is asserted here.
    expect(facts(text).map(([category, value, places, , figure]) => [category, value, places, figure])).toEqual(expected);
  });
});
