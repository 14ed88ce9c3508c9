/**
 * "- 3.7 million people internally displaced in Eastern Ukraine": a list item that is only a count, the bare
 * participle and where, states a stock (idps_stock) as the key-figure line with its bracketed note does ("9.9 million
 * people internally displaced (DTM; March 2024)"). The item's mark, before the sentence, tells the line was one. An
 * item with a time or a cause ("displaced since 3 May", "displaced by the floods") is a movement, and so is a plain
 * line without a note. Lines written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { facts } from './dated-text.ts';

const categoryOf = (text: string, value: number) =>
  facts(text).filter((f) => f.kind === 'displacement' && f.count_best === value).map((f) => f.category);

describe('a list item with a bare participle is a stock', () => {
  it.each([
    ['sitrep, Ukraine', 'Ukraine: Humanitarian Snapshot\nAs of 30 June 2016\n\nKEY FIGURES\n\n- 1.7 million people internally displaced in Eastern Ukraine\n' +
      '- 3.1 million people in need of assistance\n', 1700000],
    ['flash update, Sudan', 'Sudan: Flash Update No. 2\nAs of 12 July 2024\n\nHIGHLIGHTS\n\n• 7.7 million people internally displaced across the country\n' +
      '• Fighting continued in Sennar state.\n', 7700000],
    ['monitor, Myanmar', 'Myanmar: Monthly Update, April 2024\n\nAt a glance:\n\n* 2.9 million people displaced across Myanmar.\n' +
      '* 1,300 civilians killed since January.\n', 2900000],
  ])('%s', (_genre, text, value) => {
    expect(categoryOf(text, value)).toEqual(['idps_stock']);
  });

  it('an item with a time or a cause, or a plain line without a note, is a movement', () => {
    expect(categoryOf('DRC: Flash Update\nAs of 6 May 2024\n\n- 12,000 people displaced in Beni since 3 May\n', 12000)).toEqual(['displaced']);
    expect(categoryOf('Somalia: Flash Update\nAs of 6 May 2024\n\n- 9,000 people displaced by the floods in Beledweyne\n', 9000)).toEqual(['displaced']);
    expect(categoryOf('Mozambique: update\n\n2,000 people displaced in Macomia\n\nInsurgents attacked the town on 3 May.', 2000)).toEqual(['displaced']);
  });
});
