/**
 * "Donetsk city hall says", "the town hall said": a city's or town's hall is the body that speaks for its
 * administration, a reporter as "city council" or "municipality" is (schema data/reporting.csv, "hall", body). A hall
 * where people died is a place, no source. Every sentence is written for this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reporters = (text: string) => extract(text).map((f) => brief(f).reporters);

describe('a city or town hall reports', () => {
  it.each([
    ['wire, Ukraine', 'Donetsk city hall says five people were killed on Friday.', 'Donetsk city hall'],
    ['outlet, Ukraine', 'Two people were killed in Kupiansk on Friday, the town hall said.', 'town hall'],
    ['wire, Colombia', 'The Arauca city hall said three people were wounded in the blast.', 'Arauca city hall'],
  ])('%s', (_genre, text, reporter) => expect(reporters(text)).toContainEqual([reporter]));

  it('a hall where people died is no reporter', () => {
    expect(reporters('Three people were killed in a wedding hall in Kabul, police said.')).toEqual([['police']]);
  });
});
