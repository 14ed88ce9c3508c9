/**
 * A wire feed's dateline without its agency or dash ("KABUL Oct 12 At least 15 ...", "ALEPPO, March 3 Twelve ..."),
 * and a date written before a count with no comma ("On Aug. 14 30 families fled"): the day of the month before the
 * count is no digit run (filters.ts reads "5 20" as one, a phone number or a code), so the count stands. Every
 * sentence is written for this file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.value]);

describe('a day of the month right before a count', () => {
  it.each([
    ['wire, Afghanistan', 'KABUL Oct 12 At least 15 Afghan policemen were killed when Taliban fighters overran a checkpoint in Kunduz province, officials said.', 'killed', 15],
    ['wire, Syria', 'ALEPPO, March 3 Twelve civilians were killed in barrel bomb attacks on eastern districts on Thursday, activists said.', 'killed', 12],
    ['wire, Somalia', 'MOGADISHU, July 8 Seven soldiers died when al Shabaab militants attacked a base near Baidoa on Sunday, a military officer said.', 'killed', 7],
    ['outlet, DR Congo', 'On Aug. 14 30 families fled Kalehe territory after clashes between M23 and the army, local officials said.', 'displaced', 30],
    ['wire, Iraq', 'BAGHDAD Jan 21 Eleven people were wounded by a roadside bomb in the Dora district, police and medical sources said.', 'injured', 11],
  ])('%s', (_genre, text, category, n) => {
    expect(counts(text)).toContainEqual([category, n]);
  });
});
