/**
 * A page's date line written as numbers whose day and month could be either ("03-12-2021": 3 December or 12 March).
 * dates.ts reads neither; the text's own dates choose: a story is published on or after the latest day it dates with
 * its year, and of two such readings the nearer one. Texts written for the rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { ambiguousDateLine } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a numeric date line read either way', () => {
  it.each([
    // day first: 12 May 2019 would come before the raid the story dates on 28 October 2019
    ['Kirkuk Now\n\n05-11-2019\nBy Staff Writer\n\nGunmen killed two police officers near Hawija on Monday, a security ' +
      'source said. The attack came a week after a similar raid on October 28, 2019.', '2019-11-05'],
    // month first: both 4 September and 9 April follow 30 March; 9 April is the nearer
    ['Published: 04/09/2023 10:12\n\nShelling killed 11 civilians in Omdurman on Saturday, a local committee said. ' +
      'The committee had counted 40 dead in the city by March 30, 2023.', '2023-04-09'],
    // a dotted line with a weekday and a clock time, a war in Ukraine (10 June 2022 was a Friday, 6 October not)
    ['Kharkiv Today\nFriday, 10.06.2022 | 18:40\n\nTwo residents were killed when a rocket hit a market in Saltivka, ' +
      'the regional governor said. Shelling on 7 June 2022 had wounded five.', '2022-06-10'],
  ])('%s', (text, day) => {
    const got = publishedOf(text);
    expect(got).toMatchObject({ published: day, published_precision: 'day' });
    expect(got.published_evidence).toContain("the date line '");
  });

  it('a date in a sentence about the future does not bound the page', () => {
    // 3 April and 4 March both come before the vote the story announces; only the past raid on 1 March counts.
    const text = '03-04-2022\n\nFighters killed six villagers near Mopti on Sunday, residents said. The raid followed ' +
      'an attack on 1 March 2022. Local elections are due to take place on 20 November 2022.';
    expect(publishedOf(text).published).toBe('2022-03-04');
  });

  it.each([
    // no date with its year in the text: nothing tells 2 March from 3 February (a dotted date is day first:
    // dateline-header-fields.test.ts)
    '02/03/2021\n\nShelling killed four civilians in Marib on Sunday, a medical source said.',
    // both readings come before the story's own dated event: the line is no date of this page
    '01-02-2020\n\nAn air strike on 15 March 2020 killed nine people in Idlib, rescuers said.',
  ])('the line dates nothing in %s', (text) => {
    const got = publishedOf(text);
    expect(got.published_evidence).not.toContain('either way');
    expect(['2021-03-02', '2021-02-03', '2020-02-01', '2020-01-02']).not.toContain(got.published);
  });

  it('a date line whose order is plain is no ambiguous one', () => {
    expect(ambiguousDateLine('25-05-2024\n\nText.')).toBeNull();
    expect(ambiguousDateLine('07.07.2024\n\nText.')).toBeNull();
    expect(ambiguousDateLine('Troops entered the town on 03-12-2021 at dawn.\n\nText.')).toBeNull();
    expect(ambiguousDateLine('Last updated 03-12-2021 14:05\n\nText.')?.readings.map((r) => [r.month, r.day]))
      .toEqual([[12, 3], [3, 12]]);
  });
});
