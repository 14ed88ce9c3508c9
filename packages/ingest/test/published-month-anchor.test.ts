/**
 * A yearless day in the month a text names with its year ("Offensive (June 2022)" then "On 12 June") is in that
 * month, not in the same month a year later (timeline.ts, yearContext). Texts written for the rule, several wars.
 */
import { describe, expect, it } from 'vitest';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) => inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a yearless day inside the month a campaign title names', () => {
  it.each([
    ['Ukraine', 'Lysychansk fighting (June 2022)\n\nOn 3 June, Russian troops shelled the refinery. On 24 June, Ukrainian units withdrew from Zolote.', '2022-06-24'],
    ['Sudan', 'Nyala clashes (October 2023)\n\nOn 2 October, the RSF attacked the army base. On 26 October, the RSF took the army headquarters in Nyala.', '2023-10-26'],
    ['Yemen', 'Hodeidah offensive (December 2018)\n\nThe push began on 1 December. On 13 December, the coalition halted its advance near the port.', '2018-12-13'],
  ])('%s', (_war, text, day) => {
    const got = publishedOf(text);
    expect(got.published_earliest).toBe(day);
  });

  it('a month named in the body is background: a day of it written later is the next year\'s', () => {
    const got = publishedOf('Situation in Tigray\n\nMekelle fell in November 2020. On 12 November, forces retook the airport.');
    expect(got.published_earliest).toBe('2021-11-12');
  });

  it('a day of an earlier month than the named one is still the next occurrence', () => {
    const got = publishedOf('The battle for western Mosul (May 2017)\n\nOn 23 May, the army entered the old city. On 3 March, the army declared the district cleared.');
    expect(got.published_earliest).toBe('2018-03-03');
  });
});
