/**
 * A situation report that writes its year only in the day of its next issue: "This update covers 14 to 17 October.
 * The next update will be published about 21 October, 2015." The next issue's day is no event (the sentence is about
 * the future), but the report's yearless days lie shortly before it. Texts written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../src/timeline.ts';
import { splitSentences } from '../src/sentences.ts';

const dayOf = (text: string, phrase: string) =>
  buildTimeline(text, splitSentences(text), []).dates.find((d) => d.phrase === phrase)?.first;

describe("the next issue's day gives the year to a report's yearless days", () => {
  it.each([
    // an OCHA report (Sri Lanka)
    ['Vanni: Situation Report No. 12\n\nThis report covers 10 to 13 March. The next report will be issued on 17 March 2009.' +
      '\n\nSome 6,000 people crossed into Vavuniya on 12 March.', '12 March', '2009-03-12'],
    // a cluster's update over the new year (Central African Republic): a day in late December precedes a January issue
    ['Bangui flash update 4\n\nOn 28 December, clashes displaced 9,000 people in Boy-Rabe. The next update will be ' +
      'published on 3 January 2014.', '28 December', '2013-12-28'],
    // an agency's bulletin (Mali), "released" for its issue
    ['Mopti humanitarian bulletin\n\nOn 5 May, 41 villagers were killed near Bankass. The next bulletin will be released ' +
      'on 12 May 2019.', '5 May', '2019-05-05'],
  ])('%s', (text, phrase, day) => {
    expect(dayOf(text, phrase)).toBe(day);
  });

  it('a date written with its year in the report itself gives the year, not the next issue', () => {
    const text = 'Update 7\n\nOn 2 May 2018, shelling killed four in Douma. On 6 May, 300 families left. The next update ' +
      'will be issued on 14 May 2019.';
    expect(dayOf(text, '6 May')).toBe('2018-05-06');
  });

  it('a future day that is no issue of the report gives no year', () => {
    const text = 'Situation report\n\nOn 8 April, 2,000 people fled Tawila. Talks will resume on 20 April 2024.';
    expect(dayOf(text, '8 April')).toBeUndefined();
  });
});
