/**
 * A date line may carry its place in capitals with the country after a comma ("28 May 2024 GENEVA, SWITZERLAND",
 * "KYIV, UKRAINE – 25 May 2024"), and news-video scripts label it "DATELINE:". Such a line dates the page as a bare
 * date line does. Page heads written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../src/boilerplate.ts';
import { dateOnlyLine } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';

const iso = (line: string) => {
  const d = dateOnlyLine(line);
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;
};
const publishedOf = (page: string) => {
  const { text, removed } = removeBoilerplate(page);
  return inferPublished({ text, sentences: [], removed, runDate: '2026-12-01' }).published;
};

describe('a date line with a place and its country in capitals', () => {
  it.each([
    ['DATELINE: 14 FEBRUARY 2024 GENEVA, SWITZERLAND', '2024-02-14'],
    ['Dateline: 3 June 2024', '2024-06-03'],
    ['KYIV, UKRAINE – 25 May 2024', '2024-05-25'],
    ['KHARTOUM, SUDAN | March 12, 2024', '2024-03-12'],
    ['October 2, 2023 SANAA, YEMEN', '2023-10-02'],
    ['GOMA, DR CONGO - 7 February 2025', '2025-02-07'],
  ])('%s', (line, day) => expect(iso(line)).toBe(day));

  it.each([
    // a story line that names a place and a date is no date line
    'Fighters entered GAO, MALI on 31 January 2013',
    'KYIV, UKRAINE – Russian drones struck the capital overnight',
    // a place with its country and no date
    'MARIB, YEMEN',
  ])('not a date line: %s', (line) => expect(dateOnlyLine(line)).toBeNull());

  it.each([
    // a UN news-video script: the story's fields, then its labelled dateline
    ['UN Video\nUNICEF / SUDAN CHILDREN\nSTORY: UNICEF / SUDAN CHILDREN\nSOURCE: UNICEF\nLANGUAGE: ENGLISH\n'
      + 'DATELINE: 9 APRIL 2024 NEW YORK, UNITED STATES\n1. Various shots, camps near Adre\n'
      + 'More than 700,000 children have fled their homes in Darfur this year, a spokesperson said.', '2024-04-09'],
    // a national outlet's date line with the city and country first
    ['Drone attack kills three in Zaporizhzhia\nZAPORIZHZHIA, UKRAINE – 4 November 2024\n'
      + 'Russian drones killed three people in the city on Sunday night, the governor said.', '2024-11-04'],
    // a regional outlet, the date first and the place after it
    ['Airstrike kills 11 in Sagaing village\n18 July 2023 MONYWA, MYANMAR\n'
      + 'A junta airstrike killed 11 villagers on Monday, a resistance spokesman said.', '2023-07-18'],
  ])('dates the page %#', (page, day) => expect(publishedOf(page)).toBe(day));
});
