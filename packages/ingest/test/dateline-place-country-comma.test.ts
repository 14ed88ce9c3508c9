/**
 * A date line may open with its place and the place's country, each closed by a comma ("Kyiv, Ukraine, 12 March
 * 2024"), and may carry a label ("Dateline: Goma, 7 February 2025"). It dates the page as "Kyiv, 12 March 2024" does.
 * Page heads written for the rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { bylineLine } from '../src/dateline.ts';
import { removeBoilerplate } from '../src/boilerplate.ts';
import { inferPublished } from '../src/published.ts';

const publishedOf = (page: string) => {
  const { text, removed } = removeBoilerplate(page);
  return inferPublished({ text, sentences: [], removed, runDate: '2026-12-01' }).published;
};

describe('a date line with a place and its country before the day', () => {
  it.each([
    // Ukraine, a national outlet
    ['Shelling kills two in Nikopol\nNikopol, Ukraine, 4 November 2024\nRussian artillery killed two people in the town on Sunday, the governor said.', '2024-11-04'],
    // Sudan, a regional outlet, month first
    ['Drone strike hits Kosti market\nKosti, Sudan, March 12, 2024\nA drone strike killed seven people at the market on Monday, medics said.', '2024-03-12'],
    // DRC, under a label
    ['M23 enters Minova\nDateline: Goma, 23 January 2025\nM23 rebels entered Minova on Tuesday, residents said.', '2025-01-23'],
    // Yemen, an outlet naming its writer's city and country
    ['Houthi shelling kills child in Taiz\nTaiz, Yemen, 9 October 2023\nHouthi shelling killed a child in the city on Sunday, a medic said.', '2023-10-09'],
  ])('%#', (page, day) => expect(publishedOf(page)).toBe(day));

  it.each([
    // a story line, ended as a sentence
    'Fighters from Mali, Niger, and Burkina Faso met on 3 May 2024.',
    // a list of places with no day
    'Goma, Bukavu, Uvira',
    // a yearless day names no page's date
    'Kyiv, Ukraine, 12 March',
  ])('no date line: %s', (line) => {
    const d = bylineLine(line);
    expect(d === null || d.year === null).toBe(true);
  });
});
