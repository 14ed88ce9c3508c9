/**
 * Two page date lines the reader missed. A month set against its day with no space ("July15, 2017"), as some sites
 * print their date line: with the year after it nothing else reads so, and missing it sent the page back years to the
 * latest year the story names. And an agency's release naming its kind before its day ("News release 21 December
 * 2022", "Press statement: 3 May 2021", `release` rows of page-furniture.csv), with no colon to mark it a label.
 * Lines written for the rules, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/dates.ts';
import { dateOnlyLine } from '../src/dateline.ts';
import { publishedOf } from './helpers.ts';

describe('a month set against its day', () => {
  it.each([
    ['outlet (Nigeria)', 'Militants kill 12 in Borno\nJuly15, 2017\nBoko Haram fighters killed 12 villagers on Friday, police said. In 2014, 276 girls were abducted.', '2017-07-15'],
    ['wire repost (Yemen)', 'Air strikes hit Hodeidah\nPosted on Dec.3, 2019\nAir strikes killed nine people in Hodeidah on Monday, medics said.', '2019-12-03'],
    ['monitor (Myanmar)', 'Junta shelling kills five in Sagaing\nMarch9, 2024 | Staff writer\nShelling killed five civilians in Kani Township on Thursday, a local group said.', '2024-03-09'],
  ])('%s', (_genre, text, day) => {
    expect(publishedOf(text)).toMatchObject({ published: day, published_precision: 'day' });
  });

  it('only with the year after it: a glued month and day alone, or a count, stays no date', () => {
    expect(findDates('July15')).toEqual([]);
    expect(findDates('the May12 brigade')).toEqual([]);
    expect(findDates('July15, 2017')[0]).toMatchObject({ year: 2017, month: 7, day: 15 });
  });
});

describe('a release naming its kind before its day', () => {
  it.each([
    ['agency release (Nigeria)', 'Gunmen kill 12 in Katsina\nNews release 21 December 2022\nGunmen killed 12 villagers in Katsina on Sunday, police said.', '2022-12-21'],
    ['statement (Sudan)', 'Attack on El Fasher hospital\nStatement 3 May 2024\nShelling killed four patients in El Fasher on Wednesday, MSF said.', '2024-05-03'],
    ['briefing (DR Congo)', 'Displacement in North Kivu\nBriefing note | 14 February 2024\nFighting near Sake displaced 135,000 people last week, UNHCR said.', '2024-02-14'],
    ['press statement (Ukraine)', 'Strike on Kharkiv\nPress statement: 12 March 2024\nA missile strike killed three civilians in Kharkiv on Monday, the mission said.', '2024-03-12'],
  ])('%s', (_genre, text, day) => {
    const got = publishedOf(text);
    expect(got).toMatchObject({ published: day, published_precision: 'day' });
    expect(got.published_evidence).toContain('dateline');
  });

  it('a sentence naming a statement and a date is no date line', () => {
    expect(dateOnlyLine('The statement of 21 December 2022 said 12 villagers were killed.')).toBeNull();
    expect(dateOnlyLine('Statement 21 December 2022')).toMatchObject({ year: 2022, month: 12, day: 21 });
  });
});
