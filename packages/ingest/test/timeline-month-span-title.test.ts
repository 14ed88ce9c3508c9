/**
 * A report's title or lead names the months it covers with the year written once, after the second month: "(Reporting
 * period July - November 2023)", "Monthly review, March to May 2020". Its yearless months lie inside that span, not
 * in the year after it. Texts written for this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../src/timeline.ts';
import { splitSentences } from '../src/sentences.ts';

const yearOf = (text: string, phrase: string) =>
  buildTimeline(text, splitSentences(text), []).dates.find((d) => d.phrase === phrase)?.first.slice(0, 4);

describe('two months sharing the year written after the second', () => {
  it.each([
    // a situation report (South Sudan), a dash between the months
    ['Upper Nile: Response Report (Reporting period August - October 2017)\n\nSince September, some 14,000 people have ' +
      'fled clashes around Nasir, partners said.', 'Since September', '2017'],
    // an assessment (Burkina Faso), "to" between the months
    ['Security review, March to May 2020\n\nIn April, militants seized two villages near Djibo.', 'In April', '2020'],
    // a fact sheet over the new year (Yemen): the first month is of the year before
    ['Hodeidah fact sheet (November - February 2019)\n\nIn December, shelling killed nine civilians in Hays.', 'In December', '2018'],
    // a month span in a later sentence, not the title or lead, sets none: October is the first after August 2014
    ['Clashes near Kidal\n\nThe army said it had cleared the road.\n\nFighting from June - August 2014 displaced thousands. ' +
      'In October, 300 families fled again.', 'In October', '2014'],
  ])('%s', (text, phrase, year) => {
    expect(yearOf(text, phrase)).toBe(year);
  });
});
