/**
 * A republisher's page may show the site's own calendar day above the headline ("Friday, April 26, 2024") and the
 * story's earlier day on a line of its own straight under the headline, with no byline ("May 22, 2018", then "RIYADH
 * (Reuters) - ..."). The line under the headline is the story's day, as a byline's is; the site's day is page
 * furniture, removed so that its weekday dates nothing. Pages written for the rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../src/boilerplate.ts';
import { inferPublished } from '../src/published.ts';

const publishedOf = (page: string) => {
  const { text, removed } = removeBoilerplate(page);
  return inferPublished({ text, sentences: [], removed, runDate: '2026-12-01' }).published;
};
const siteDates = (page: string) => removeBoilerplate(page).removed.filter((r) => r.reason === 'site_date').map((r) => r.text);

describe("the story's date line under its headline beats the site's date above it", () => {
  it.each([
    // Yemen, wire copy on a regional outlet, the headline printed twice
    ['Thursday, March 6, 2025\n\nShelling kills six in Taez\n\nShelling kills six in Taez\nJune 14, 2019\nADEN (Reuters) - Shelling killed six civilians in Taez on Friday, medics said.', '2019-06-14'],
    // Sudan, an outlet's story with a standfirst under the headline
    ['Sunday 12 January 2025\nRSF raid on camp near El Fasher kills 17\nSurvivors describe hours of shooting\n3 May 2024\nEL FASHER: Seventeen displaced people were killed on Thursday, camp leaders said.', '2024-05-03'],
    // Myanmar, one headline line, the site's day without a weekday
    ['February 2, 2025\nJunta air strike kills nine villagers in Sagaing\nOctober 11, 2023\nNine villagers were killed when a jet bombed a monastery on Tuesday, residents said.', '2023-10-11'],
    // DRC, abbreviated months
    ['Wed Jan 15, 2025\nADF attack kills 22 in Beni territory\nSep 8, 2021\nBENI: Rebels killed 22 civilians overnight on Tuesday, local officials said.', '2021-09-08'],
  ])('%#', (text, day) => {
    expect(publishedOf(text)).toBe(day);
    expect(siteDates(text)).toHaveLength(1);
  });

  it.each([
    // the date under the headline is later than the site's: not a story's day before the page was shown
    ['Monday 4 March 2024\nDrone strike on Kharkiv kills three\n5 March 2024\nKHARKIV: A drone killed three people.', '2024-03-04'],
    // a date after the story has begun is an event's, not the story's own
    ['Saturday January 25, 2025\nClashes kill 21 in Aden\nClashes between rival forces killed 21 fighters in the port city on Friday, security sources told the agency, and more than forty were wounded in fighting that spread to the airport road.\nJuly 3, 2015\nMore fighting was reported.', '2025-01-25'],
    // a date-only line before any headline: nothing under a headline
    ['Tuesday 7 May 2024\n6 May 2024\nGaza: strike on school kills 12', '2024-05-07'],
  ])('keeps the site line as the page date %#', (text, day) => {
    expect(publishedOf(text)).toBe(day);
    expect(siteDates(text)).toEqual([]);
  });
});
