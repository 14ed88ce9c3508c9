/**
 * A yearless day in the month a text names with its year ("Offensive (June 2022)" then "On 12 June") is in that
 * month, not in the same month a year later; and one after a campaign's start written with its year ("began on 1 May
 * 2021 ... On 15 August") is the first such day after the start (timeline.ts, yearContext). Texts written for the rules.
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

// A start looks forward: nothing the text tells of its campaign comes before it.
describe('a yearless day after a campaign start written with its year', () => {
  it.each([
    ['Afghanistan', 'Northern push\n\nThe insurgent offensive began on 2 May 2021. On 8 August, the insurgents entered Kunduz.', '2021-08-08'],
    ['Sudan', 'Darfur campaign\n\nThe RSF launched its assault on the city on 10 April 2024. On 30 October, RSF fighters took the airport.', '2024-10-30'],
    ['Ethiopia', 'Amhara front\n\nThe Tigrayan forces started their advance on 12 July 2021. On 30 November, federal troops retook Lalibela.', '2021-11-30'],
  ])('%s', (_war, text, day) => {
    expect(publishedOf(text).published_earliest).toBe(day);
  });

  it('a day that is no start still looks back (a report of the day): "on 4 January 2018 ... on 28 December"', () => {
    const got = publishedOf('Clashes in the south\n\nThe army shelled the town on 4 January 2018. Rebels had taken it on 28 December.');
    expect(got.published_earliest).toBe('2018-01-04');
  });
});

describe('a month in a heading written in capitals names the report\'s own month, as a title does', () => {
  it.each([
    ['a tracker\'s monthly report, DR Congo', 'FEWER CIVILIANS KILLED\n\nMONTHLY REPORT N°12 - JUNE 2019\n\nThe tracker recorded 31 deaths in June. Its figures were published on June 28.', '2019-06-28'],
    ['a monitor\'s bulletin, Myanmar', 'AIRSTRIKES CONTINUE\n\nMONTHLY BULLETIN - OCTOBER 2023\n\nThe monitor counted 52 deaths in October, the last on October 27.', '2023-10-27'],
  ])('%s', (_case, text, day) => {
    expect(publishedOf(text).published_earliest).toBe(day);
  });
});
