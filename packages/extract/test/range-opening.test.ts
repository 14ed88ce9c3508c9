/**
 * One guard says whether "between" opens a range before a figure: the range joiner (numbers.ts) and the readers of a
 * gapped noun (figures.ts gappedNoun, frame-finder.ts countedPhrase) all ask it, so a range's "and" joins the bounds
 * of one figure and never two figures sharing a noun. Sentences written for the rule, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { rangeOpening } from '../src/numbers.ts';
import { brief, extract } from './helpers.ts';

describe('rangeOpening', () => {
  it.each([
    ['wire, Sudan', 'Between 2,000 and 3,000 people fled El Fasher on Monday.', 'Between '],
    ['situation report, Myanmar', 'Clashes displaced between 400 and 650 households in Sagaing.', 'between '],
  ])('finds "between" before the first bound (%s)', (_name, text, word) => {
    const at = text.search(/\d/);
    expect(rangeOpening(text, at)).toBe(text.indexOf(word));
  });

  it.each([
    ['monitor, Syria', 'The observatory recorded 14 deaths between Idlib and Aleppo.'],
    ['encyclopedic, Ukraine', 'Fighting between the two armies killed 45 soldiers.'],
  ])('is -1 where "between" does not open the figure (%s)', (_name, text) => {
    expect(rangeOpening(text, text.search(/\d/))).toBe(-1);
  });
});

describe('a range with "between" is one figure', () => {
  it.each([
    ['assessment, Yemen', 'Between 1,500 and 2,000 families fled Hays this month, the cluster estimated.', ['displaced 1500 families']],
    ['outlet, DR Congo', 'The fighting forced between 300 and 500 households out of Rutshuru, local officials said.', ['displaced 300 households']],
  ])('%s', (_name, text, expected) => {
    expect(extract(text).map(brief).map((f) => `${f.category} ${f.value} ${f.unit}`)).toEqual(expected);
  });
});
