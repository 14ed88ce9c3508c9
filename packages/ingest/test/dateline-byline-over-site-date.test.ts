/**
 * A republisher's page may show the site's own calendar day above the headline ("Saturday January 25, 2025") and
 * the story's day under its byline ("By AFP" then "July 03, 2015"). The byline's day is the story's: the site's day
 * is when the page was viewed or rebuilt, and is removed as page furniture, so that its weekday dates nothing either.
 * Pages written for the rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../src/boilerplate.ts';
import { inferPublished } from '../src/published.ts';

const publishedOf = (page: string) => {
  const { text, removed } = removeBoilerplate(page);
  return inferPublished({ text, sentences: [], removed, runDate: '2026-12-01' }).published;
};
const siteDates = (page: string) => removeBoilerplate(page).removed.filter((r) => r.reason === 'site_date').map((r) => r.text);

describe("a byline's date line beats the site's date above the headline", () => {
  it.each([
    // Yemen, AFP copy under a site header
    ['Monday March 3, 2025\n\nHouthi shelling kills four in Taez\n\nBy AFP\nApril 12, 2016\nTaez: Rebel shelling killed four civilians on Tuesday, medics said.', '2016-04-12'],
    // Iraq, Reuters copy, the byline names a person
    ['Friday, 14 June 2024\nBombing kills nine in Baquba\nBy Reuters Staff\n9 November 2013\nBAGHDAD: A car bomb killed nine people on Saturday, police said.', '2013-11-09'],
    // Somalia, a byline that carries its own date
    ['Wednesday 2 October 2024\nAl Shabaab attack on base kills 12\nBy Xinhua - Jan 21, 2019\nMOGADISHU: Militants stormed a base on Sunday.', '2019-01-21'],
    // Syria, the agency's name alone on the byline line
    ['Tue Jan 7, 2025\nAir strikes kill 11 in Idlib\nAFP\nMay 5, 2019\nBEIRUT: Air strikes killed 11 civilians on Sunday, a war monitor said.', '2019-05-05'],
  ])('%#', (text, day) => expect(publishedOf(text)).toBe(day));

  it.each([
    // one date line only: it dates the page as before
    ['Saturday January 25, 2025\n\nClashes kill 21 in Aden\n\nAden: Clashes killed 21 fighters on Friday, sources said.', '2025-01-25'],
    // a byline without a date line after it leaves the site's day alone
    ['Sunday, 9 June 2024\nDrone strike kills five in Sumy\nBy Olena Koval\nSUMY: A drone killed five people on Saturday.', '2024-06-09'],
    // the site's day and the byline's agree: nothing to choose, nothing removed
    ['Sat August 11, 2018\nWorld\nAFP\nAugust 11, 2018\nBEIRUT: Air strikes killed 14 civilians on Friday, a war monitor said.', '2018-08-11'],
  ])('keeps the only page date %#', (text, day) => {
    expect(publishedOf(text)).toBe(day);
    expect(siteDates(text)).toEqual([]);
  });

  it("removes the site's line, so its weekday dates no headline", () => {
    const page = 'Saturday January 25, 2025\n\nClashes kill 21 in Aden\n\nBy AFP\nJuly 03, 2015\nAden: Clashes killed 21 fighters Friday.';
    expect(siteDates(page)).toEqual(['Saturday January 25, 2025']);
    expect(removeBoilerplate(page).text.startsWith('Clashes kill 21 in Aden')).toBe(true);
  });
});
