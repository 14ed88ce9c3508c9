/**
 * A month written without its year that the timeline places after the latest day ("On 23 May 2017, ... In mid-June,
 * ...") tells of a later period, as a month written with its year does (published.ts, laterPeriod): the report is not
 * dated a week after that day, and its yearless month is not read a year back. A month in a sentence about the future
 * ("talks are due in mid-July") gives no date to the timeline and leaves the day as the report's. Texts written for the
 * rule, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) => inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a later yearless month makes the latest day background', () => {
  it.each([
    ['Philippines, encyclopedic', 'Battle of Marawi\n\nOn 23 May 2017, militants seized parts of Marawi. In mid-June, the fighting displaced some 200,000 residents.', '2017-06'],
    ['Libya, assessment', 'Sirte front assessment\n\nOn 12 May 2016, government forces attacked Abu Grein. By late June, they had captured the port of Sirte.', '2016-06'],
    ['Mozambique, outlet', 'Insurgents return to Mocimboa\n\nOn 5 March 2020, insurgents raided police posts in the town. In early April, they occupied Quissanga, residents said.', '2020-04'],
  ])('%s: dated from the month, not a week after the day', (_case, text, month) => {
    expect(publishedOf(text).published_earliest.slice(0, 7)).toBe(month);
  });

  it('a month in a sentence about the future leaves the day as the report’s (Sudan, wire)', () => {
    const got = publishedOf('Talks stall\n\nRSF fighters shelled El Obeid on 3 June 2024, officials said. Mediators will meet in Jeddah in mid-July.');
    expect(got.published_earliest).toBe('2024-06-03');
  });
});
