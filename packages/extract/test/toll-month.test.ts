/**
 * A periodic toll names its month after a noun of counting: "the death toll of November 2016", "casualty figures for
 * May 2023", "the report for the month of March" (issue 9, fresh monitors' tolls). That month dates the figures of
 * the sentence. Elsewhere "of" or "for" before a month names something else. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief);

describe('"toll of / figures for" a month dates the toll', () => {
  it.each([
    ['monitor, Syria', 'The report breaks down the death toll of April 2018, in which regime forces killed 312 civilians.', 'of April 2018'],
    ['monitor, Iraq', 'Casualty figures for May 2015 show that 420 civilians were killed in Anbar.', 'for May 2015'],
    ['monitor, Yemen', 'In its report for the month of August, the group documented the deaths of 77 civilians in Taiz.', 'for the month of August'],
  ])('%s: %s', (_genre, s, time) => {
    expect(facts(s)[0]!.time).toBe(time);
  });

  it('"of" a month after another noun is no date of the figure (Libya, Ukraine)', () => {
    expect(facts('The offensive of April 2019 displaced 120,000 people from southern Tripoli.')[0]!.time).not.toBe('of April 2019');
    expect(facts('Hopes for May 2022 talks faded as shelling killed 8 civilians in Kharkiv.')[0]!.time).not.toMatch(/for May/);
  });
});
