/**
 * An encyclopedia's timeline page (published.ts, `listPage`): titled "Timeline of X", its lead "The following is a
 * timeline of X", it dates its events under its headings and has no publication date of its own. A news timeline
 * ("Here is a timeline of ...") keeps its date. And a month with its year on a line of its own is a dated section
 * heading (timeline.ts, `sectionHeading`): a yearless day under it is in that month, not the next year's. Texts
 * written for the rules.
 */
import { describe, expect, it } from 'vitest';
import { inferPublished } from '../src/published.ts';
import { buildTimeline } from '../src/timeline.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string, title?: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], title, runDate: '2026-12-01' });

describe('a timeline page has no publication date', () => {
  it.each([
    ['Sudan', 'Timeline of the war in Darfur (2024)',
      'The following is a timeline of the war in Darfur in 2024.\n\nJune 2024\n\n10 June\n\nThe RSF shelled El Fasher, killing 12 people.'],
    ['Yemen', 'Timeline of the Yemeni civil war',
      'This is a timeline of the Yemeni civil war.\n\nMarch 2015\n\n25 March\n\nHouthi fighters entered Aden, and 40 people were killed.'],
    ['DR Congo', 'Chronology of the M23 offensive (2012)',
      'This article is a chronology of the M23 offensive of 2012.\n\nNovember 2012\n\n20 November\n\nM23 rebels took Goma after two days of fighting.'],
  ])('%s', (_war, title, text) => {
    const got = publishedOf(text, title);
    expect(got.published).toBe('');
    expect(got.published_evidence).toContain('timeline or list');
  });

  it('a news timeline with its own opening keeps its date', () => {
    const text = 'Sudan conflict: key dates\n\nHere is a timeline of major events since fighting began on Saturday.\n\n' +
      'April 15 - Heavy fighting erupts in Khartoum.';
    expect(publishedOf(text).published_evidence).not.toContain('timeline or list');
  });
});

const dayOf = (text: string, phrase: string) =>
  buildTimeline(text, splitSentences(text), []).dates.find((d) => d.phrase === phrase && d.source === 'text')?.first;

describe('a yearless day under a month heading is in that month', () => {
  it.each([
    ['Sudan timeline', 'Sudan events\n\nApril 2023\n\n15 April\n\nThe RSF attacked army bases in Khartoum.', '15 April', '2023-04-15'],
    ['Syria, wiki headings', 'Syria events\n\n== August 2015 ==\n\n=== 16 August ===\nMissiles hit the market in Douma.', '16 August', '2015-08-16'],
    ['Ukraine, Markdown heading', 'Front notes\n\n## May 2024\n\nOn 10 May, Russian forces crossed the border near Vovchansk.', '10 May', '2024-05-10'],
  ])('%s', (_case, text, phrase, day) => {
    expect(dayOf(text, phrase)).toBe(day);
  });

  it('a month named inside a sentence is background: its day written later is the next year\'s', () => {
    const text = 'Notes\n\nThe city fell in April 2023 after a week of fighting.\n\nOn 15 April, the army shelled the airport.';
    expect(dayOf(text, '15 April')).toBe('2024-04-15');
  });
});
