/**
 * An encyclopedic infobox's Date field dates the campaign: its start, with the year a narrative's yearless dates are
 * read from ("On Nov. 21, ..."), or its whole span. Lines written for the rule, in several wars; none comes from the
 * seeds, the corpus or the fresh texts read for it.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../src/time.ts';
import { extract } from './helpers.ts';

const phrases = (s: string) => findTimes(s).map((t) => t.text);

describe("an infobox's Date field", () => {
  it.each([
    ['Myanmar, ongoing', 'Date 14 March 2024 – present', ['14 March 2024']],
    ['Mali, colon and month first', 'Date: January 16, 2012 – ongoing', ['January 16, 2012']],
    ['Philippines, separator lost in the copy', 'Date12 June – 30 September 2019', ['12 June – 30 September 2019']],
    ['Yemen, both ends with years', 'Date 8 February 2021 – 20 March 2022', ['8 February 2021 – 20 March 2022']],
  ])('%s: %s', (_war, line, expected) => expect(phrases(line)).toEqual(expected));

  it.each([
    ['a word that only opens with "Date"', 'Dated 4 May 2019 copies were found in Tripoli'],
    ['a bare date elsewhere in a sentence (attributive)', 'The 14 March 2024 statement listed no losses'],
  ])('not %s: %s', (_what, line) => expect(phrases(line)).toEqual([]));

  it('gives the year to the yearless dates of the page (DR Congo)', () => {
    const text = 'Battle of Rubaya\nPart of the M23 offensive\nDate 3 February 2024 – present\nLocation North Kivu\n\nOn Feb. 20, the M23 seized Rubaya after two days of fighting.\n';
    const capture = extract(text).find((f) => f.category === 'captured');
    expect(capture?.time_phrase).toBe('On Feb. 20');
    expect(capture?.time_context).toContain('3 February 2024');
  });
});
