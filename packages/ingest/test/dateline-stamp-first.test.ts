/**
 * A page stamp (under the site's name, which takes the title line) that opens a line, the page's section trail or headline after it: "03.02.2022 10:41 World >> Clashes
 * in Marib ...". The date and its clock time at the line's start are the page's date; what follows is navigation.
 * Lines written for the rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { findDateline } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a stamp opening a line, a section trail after it', () => {
  it.each([
    // dotted day-first date, Yemen
    ['03.02.2022 10:41 World >> Clashes in Marib leave nine fighters dead\n\nNine fighters were killed in clashes ' +
      'south of Marib on Wednesday, a military source said.', '2022-02-03'],
    // Syria, a guillemet trail
    ['Levant Daily\n14.07.2016 09:05 Middle East » Barrel bombs hit Daraya\n\nBarrel bombs killed four civilians in Daraya on ' +
      'Thursday, the local council said.', '2016-07-14'],
    // Sudan, a month name and a chevron trail
    ['Sudan Today\nJan. 12, 2024 10:15 Africa › Sudan › Fighting spreads south\n\nShelling killed 12 people in Wad Madani on ' +
      'Friday, a resistance committee said.', '2024-01-12'],
    // Ukraine, the headline straight after the clock time
    ['Kherson Online\n5 May 2023 18:40 Shelling kills two in Kherson\n\nTwo residents were killed in Kherson on Friday, the regional ' +
      'governor said.', '2023-05-05'],
    // Afghanistan, an ISO date and a dash
    ['Kabul Desk\n2021-08-13 07:30 Afghanistan - Taliban enter Kandahar city\n\nThe Taliban entered Kandahar city on Friday, ' +
      'residents said.', '2021-08-13'],
  ])('%s', (text, day) => {
    const got = publishedOf(text);
    expect(got).toMatchObject({ published: day, published_precision: 'day' });
    // read from the stamp line itself, not guessed from the story's weekday and latest date
    expect(got.published_evidence).toMatch(/^(?:the )?date ?line '/);
  });

  it.each([
    // a story line that opens with an adverbial, a date and a time is no stamp
    'On 12 March 2015 at 10:30 rebels entered the centre of Idlib, residents said.',
    // a clock time without a date, and a date without a year
    '14:05 Rebels shell Aleppo',
    'March 12 10:15 Politics >> Rebels shell Aleppo',
    // no clock time: a date with words after it is not set apart from them
    '12 March 2015 Rebels shell the outskirts of Aleppo',
  ])('no page date: %s', (line) => expect(findDateline(`${line}\n\nText follows.`)).toBeNull());
});
