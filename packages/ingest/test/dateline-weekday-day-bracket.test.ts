/**
 * A day-first outlet dateline with its weekday before it, the outlet or the place in brackets after the day:
 * "Thursday, March, 7, 2019 (HOL) - ...". Some outlets also set a comma after the month ("March, 7, 2019",
 * dates.ts). Before, the weekday and the month were read as a place and a region, and the line dated nothing.
 * Lines written for the rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { datelinePlace, findDateline } from '../src/dateline.ts';
import { findDates } from '../src/dates.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a weekday, a day, a bracket, a dash', () => {
  it.each([
    ['Thursday, March, 7, 2019 (HOL) – Government troops retook two villages near Jowhar, officials said.', '2019-03-07'],
    ['Sunday, April, 16, 2023 (ST) - Heavy clashes spread to Bahri on Saturday, residents said.', '2023-04-16'],
    ['Wednesday, January, 4, 2023 (Hiiraan Online) - Militants attacked a base in Mahas district on Tuesday.', '2023-01-04'],
    ['Saturday, June, 11, 2022 (DARAA) – Gunmen killed two former rebel commanders in Tafas, local sources said.', '2022-06-11'],
    ['Tuesday, May, 14, 2024 (Kharkiv) – Two people were killed when a guided bomb hit a block of flats.', '2024-05-14'],
  ])('%s', (text, day) => {
    const got = publishedOf(text);
    expect(got).toMatchObject({ published: day, published_precision: 'day' });
    expect(got.published_evidence).toContain('dateline');
  });

  it('the weekday names no place; a place in the bracket is the place', () => {
    expect(datelinePlace('Saturday, 11 June 2022 (DARAA) – Gunmen killed two former rebel commanders in Tafas.')).toBe('Daraa');
    expect(datelinePlace('Monday, 3 March 2022 - Shelling resumed north of the city, officials said.')).toBe('');
  });

  it('a weekday the day does not fall on leaves the line undated', () => {
    // 7 March 2019 was a Thursday, 14 May 2024 a Tuesday.
    expect(findDateline('Friday, March 7, 2019 (HOL) – Troops were killed near Jowhar.')).toBeNull();
    expect(findDateline('Friday, 14 May 2024 - Two people were killed in Kharkiv.')).toBeNull();
  });
});

describe('a comma after the month of a full date', () => {
  it('reads "March, 7, 2019" as a day', () => {
    expect(findDates('Thursday, March, 7, 2019').map((d) => [d.year, d.month, d.day])).toEqual([[2019, 3, 7]]);
  });

  it.each([
    ['Sudan', 'In June, 12,000 people fled El Geneina.'],
    ['Myanmar', 'By March, 20 villages had been burned in Sagaing.'],
  ])('a count after the comma stays a count (%s)', (_war, text) => {
    expect(findDates(text).some((d) => d.year !== null)).toBe(false);
  });
});
