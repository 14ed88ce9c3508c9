/**
 * Constructions met in fresh encyclopedic pages (issue 9, Latakia 2015-16 and Palmyra 2016), tested on sentences written
 * for them in several wars and genres:
 * - a perfect "had/has/have taken" with the bare name right after it ("rebels had taken Kinsabba") is a capture, as
 *   "took X" is: places.ts reads "taken" as a verb that puts a place right after it; the reporter of a reported
 *   clause ("the Observatory reported that ...") stays the reporting subject.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const captures = (text: string) =>
  extract(text).filter((f) => f.kind === 'territory').map((f) => [f.place_mentions.map((p) => p.text), f.actor_text, f.reporter_texts]);

describe('"had taken X", "have taken X" with a bare name', () => {
  it.each([
    ['encyclopedic, Syria', 'On 14 May, the Observatory reported that the army had taken Kafr Nabudah.', [[['Kafr Nabudah'], 'the army', ['Observatory']]]],
    ['wire, Ukraine', 'Ukrainian forces have taken Robotyne, the general staff said on Monday.', [[['Robotyne'], 'Ukrainian forces', ['general staff']]]],
    ['outlet, Sudan', 'Activists said the RSF had taken Wad Madani after the army withdrew.', [[['Wad Madani'], 'RSF', ['Activists']]]],
    ['encyclopedic, Myanmar, no credit', 'By 20 November, the Arakan Army had taken Paletwa.', [[['Paletwa'], 'Arakan Army', []]]],
  ])('%s', (_genre, text, expected) => {
    expect(captures(text)).toEqual(expected);
  });

  it('"taken" in an idiom or with no place takes no ground', () => {
    expect(captures('The wounded had taken refuge in Hodeidah.')).toEqual([]);
    expect(captures('The army has taken heavy losses near Avdiivka.')).toEqual([]);
  });
});
