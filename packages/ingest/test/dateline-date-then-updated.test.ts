/**
 * A top line that opens with the page's date and gives its update after it, with no "Published" cue ("14 March 2024 |
 * Updated: 20 March 2024", "14/03/2024 (updated 20/03/2024)"), dates the page by the opening date; before, the update
 * word made it no byline and no date line, and the story's weekdays were counted from a later day (the whole documents
 * are in normalize's probe-periods-untuned.test.ts, group "labelled page dates"). Lines written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { publishedUpdatedLine } from '../src/dateline.ts';
import { datelineDay } from './helpers.ts';


describe('a page date with its update after it', () => {
  it.each([
    ['outlet (Sudan)', 'RSF shelling in Omdurman\n14 March 2024 | Updated: 20 March 2024\n\nRSF shelling killed 11 civilians on Tuesday.', '2024-03-14'],
    ['wire (Mali)', 'Jihadist attack in Mopti\n14/03/2024 (updated 20/03/2024)\n\nJihadists killed 9 soldiers near Mopti on Tuesday.', '2024-03-14'],
    ['monitor (Colombia)', 'Weekly bulletin\nJune 3, 2022, last updated June 9, 2022\n\nArmed groups killed 4 social leaders in Cauca on Wednesday.', '2022-06-03'],
  ])('%s', (_name, text, day) => expect(datelineDay(text)).toBe(day));

  it.each([
    // a story line that names a date before an update word
    'The ceasefire of 14 March 2024 was updated by both sides on Tuesday.',
    // no full date before the update
    'March 2024 | Updated: 20 March 2024',
    // words that are no separator between the date and the update
    '14 March 2024 casualty figures updated 20 March 2024',
  ])('no opening date: %s', (line) => expect(publishedUpdatedLine(line)).toBeNull());
});
