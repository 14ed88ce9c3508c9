/**
 * A daily reprinting wire copy may open it with the agency where the city would stand, the month in capitals and the
 * dash closed up: "REUTERS, 25th MAY, 2017-A bombing ...". The agency word marks the line as a dateline: it dates the
 * story and names no place. Lines written for the rule, in several agencies' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { datelineEnd, datelinePlace, findDateline } from '../src/dateline.ts';
import { findDates } from '../src/dates.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a dateline that opens with the agency', () => {
  it.each([
    ['REUTERS, 14th MARCH, 2019-Gunmen killed seven soldiers near Kidal on Tuesday, the army said.', '2019-03-14'],
    ['AFP, 2nd JUNE, 2021-Shelling killed four civilians in Sievierodonetsk overnight, officials said.', '2021-06-02'],
    ['Xinhua, 9 August 2017 - Taliban fighters overran a checkpoint in Ghazni province on Monday.', '2017-08-09'],
    ['AP, OCTOBER 3, 2023-Drone strikes hit a market in Omdurman, medics said.', '2023-10-03'],
  ])('%s', (text, day) => {
    const got = publishedOf(text);
    expect(got).toMatchObject({ published: day, published_precision: 'day' });
    expect(got.published_evidence).toContain('dateline');
    // the agency is not a place the story was filed from
    expect(datelinePlace(text)).toBe('');
    expect(text.slice(datelineEnd(text))).toMatch(/^\p{Lu}/u);
  });

  it.each([
    // a city, not an agency, before a closed-up hyphen: no dash, as before
    'GAO, 14-February 2020-Gunmen attacked a convoy.',
    // the agency as a sentence's subject, no day after it
    'Reuters, citing two officials, said-in a brief report-that the town fell.',
    // a day followed by a lower-case word goes on a sentence
    'AFP, 5 June 2023-based reporters were barred from Mekelle.',
  ])('no dateline: %s', (text) => {
    expect(findDateline(text)).toBeNull();
    expect(datelineEnd(text)).toBe(0);
  });
});

describe('a month in capitals with its day and year', () => {
  it.each([
    ['SITUATION REPORT 25th MAY, 2017', 2017, 5, 25],
    ['FLASH UPDATE - JULY 4, 2022', 2022, 7, 4],
    ['Report of 1st DECEMBER 2020', 2020, 12, 1],
  ])('%s', (text, year, month, day) => {
    expect(findDates(text)).toContainEqual(expect.objectContaining({ year, month, day, precision: 'day' }));
  });

  it('a capitalised "MAY" with no year beside it is no date', () => {
    expect(findDates('TROOPS MAY 12 HOURS AGO WITHDRAW')).toEqual([]);
  });
});
