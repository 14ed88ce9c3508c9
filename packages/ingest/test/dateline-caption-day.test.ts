/**
 * A fact sheet or a table names itself and its day on one line, without a colon: "Casualties 14.03.2017". The dotted
 * numeric form is day first and a date and nothing else, so such a line, among the first, dates the sheet. Lines
 * written for the rule, in several genres and wars; a sentence ending in a dotted date is no caption.
 */
import { describe, expect, it } from 'vitest';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a caption naming a sheet and its dotted day dates the page', () => {
  it.each([
    // a rights group's fact sheet on curfews, the caption below its opening lines (south-east Turkey)
    ['Fact sheet on the curfews in the region\n\nSee the table for each district.\n\nCasualties 14.03.2017\n\n' +
      'Since 2 February 2017, at least 41 civilians were killed in districts under curfew, according to our records.',
      '2017-03-14'],
    // a monitor's table of displacement, two words before the day (Ukraine)
    ['Displacement figures 02.11.2022\n\nOn 28 October, some 3,400 people left villages near Bakhmut, the regional ' +
      'administration said.', '2022-11-02'],
    // a cluster's sheet, its caption first (Mali)
    ['Incidents 09.06.2019\n\nIn Mopti region, 35 villagers were killed in an attack on Sobane on 7 June.', '2019-06-09'],
  ])('%s', (text, day) => {
    expect(publishedOf(text)).toMatchObject({ published: day, published_precision: 'day' });
  });

  it('a sentence ending in a dotted date, or a slashed date after words, is no caption', () => {
    const sentence = 'The ministry said nine soldiers were killed on 14.03.2017\n\nThe attack struck a checkpoint.';
    expect(publishedOf(sentence).published_evidence).not.toContain('dateline');
    const slashed = 'Casualties 03/04/2017\n\nNine soldiers were killed in the attack, the ministry said.';
    expect(publishedOf(slashed).published_evidence).not.toMatch(/dateline 'Casualties/);
  });
});
