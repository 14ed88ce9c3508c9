/**
 * The season reader's exclusion: "the fall of Raqqa" names a town's capture, not an autumn. The pattern's optional
 * "of" (for "the summer of 2019") used to be consumed before the look-ahead that should refuse "fall of <place>", so
 * the exclusion never applied and every "fall of X" was read as the autumn before the report. Phrases written for
 * this file (anchors see phrases in lower case).
 */
import { describe, expect, it } from 'vitest';
import { dayOf, toIso } from '@frontline/nlp/dates';
import { findAnchors } from '../src/anchors.ts';

const REF = dayOf(2018, 3, 12);
const spans = (text: string) => findAnchors(text, REF).map((a) => [toIso(a.start), toIso(a.end)]);

describe('"fall of" a place is no season', () => {
  it.each([
    ['wire, Syria', 'after the fall of raqqa'],
    ['encyclopedic, Iraq', 'two days after the fall of mosul, when'],
    ['outlet, Ethiopia', 'since the fall of mekelle to federal troops'],
  ])('%s: "%s" has no anchor', (_genre, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('the year after "the fall of X in" is still read', () => {
    expect(spans('after the fall of aleppo in 2016')).toEqual([['2016-01-01', '2016-12-31']]);
  });
});

describe('a season with "of" and a year is still a season', () => {
  it.each([
    ['the summer of 2017', ['2017-06-01', '2017-08-31']],
    ['the fall of 2016', ['2016-09-01', '2016-11-30']],
    ['in late autumn 2015', ['2015-11-01', '2015-11-30']],
    ['that winter', ['2017-12-01', '2018-02-28']],
  ])('"%s"', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });
});
