/**
 * "N more villages", "several more villages": a count of places taken, also in the sentence after a line that gives
 * only a date (the date then stands in its time context). Checked in round terr8; no rule was needed.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (text: string) => extract(text).map(brief).filter((f) => f.unit === 'places').map((f) => [f.value, f.vague, f.places.join('|'), f.context[0] ?? '']);

describe('more places counted after a date-only line', () => {
  it.each([
    ['sitrep, Sudan (a number)', 'Fighting went on.\n\n12 March 2024\n\nRSF fighters took 4 more villages in Gezira state.', [[4, '', 'Gezira', '12 March 2024']]],
    ['wire, Syria (a vague count)', 'Clashes continued.\n\nFriday, 7 February\n\nGovernment forces recaptured several more villages west of Saraqib, SANA said.', [[null, 'several', 'Saraqib', 'Friday, 7 February']]],
  ])('%s', (_genre, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});
