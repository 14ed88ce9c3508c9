/**
 * A site's masthead dates the page by the day it was read ("E-Paper | 04 March 2024", "Today's Paper | ..."), not by
 * the story's day; a byline that gives both a published and an updated day dates the story by the published one; a
 * weekday may carry its comma against the day ("Tuesday ,05 August 2014"). Lines written for the rule, in several
 * outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { dateOnlyLine, findDateline, publishedUpdatedLine } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';

const publishedOf = (text: string) => inferPublished({ text, sentences: [], removed: [], runDate: '2026-12-01' });
const iso = (d: { year: number | null; month: number | null; day: number | null } | null | undefined) =>
  d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;

describe('a masthead above the byline', () => {
  it.each([
    ['Militants killed in Bajaur raid\nE-Paper | March 09, 2024\n\nStaff Reporter Published March 7, 2024\n\nFour militants were killed on Wednesday in Bajaur, the military said.', '2024-03-07'],
    ["Drone strike kills five near Kidal\nToday's Paper | 14 October 2023\n\nBy Amadou Traore | 12 October 2023\n\nFive people were killed on Wednesday near Kidal, residents said.", '2023-10-12'],
    ['Shelling hits Kharkiv suburb\nToday’s Edition | 21 May 2024\n\nPosted: 19 May 2024 | Source: correspondent\n\nTwo people were injured on Sunday in Kharkiv, the governor said.', '2024-05-19'],
  ])('the byline dates the story: %#', (text, day) => {
    expect(publishedOf(text).published).toBe(day);
  });

  it('a masthead alone is no dateline', () => {
    const text = 'Clashes in Tripoli\nE-Paper | 30 August 2022\n\nAt least 12 people were killed in clashes in Tripoli on Saturday, the health ministry said.';
    expect(findDateline(text)).toBeNull();
  });
});

describe('a byline with a published and an updated day', () => {
  it.each([
    ['Umer Khan Published January 13, 2025 Updated January 14, 2025 07:26am', '2025-01-13'],
    ['News Desk Published 2 December 2025 Updated 3 December 2025 08:55pm', '2025-12-02'],
    ['Published on March 4, 2023 | Updated March 5, 2023 10:02', '2023-03-04'],
  ])('%s', (line, day) => expect(iso(publishedUpdatedLine(line))).toBe(day));

  it.each([
    // no updated day: other readers handle it
    'By Staff Writer | Published 5 March 2024',
    // a story line, not a byline
    'The report, published on 4 March 2023 and updated later, said 300 people had fled the town of Ghazni.',
    // the updated day without a year of its own after "published"
    'Published 2 hours ago Updated 12 March 2021',
  ])('not such a byline: %s', (line) => expect(publishedUpdatedLine(line)).toBeNull());

  it('dates the story by the published day, so weekdays count back from it', () => {
    const text = 'Nine militants killed in Zhob\n\nAyesha Noor Published June 10, 2024 Updated June 11, 2024 09:15am\n\n'
      + 'Nine militants were killed on Sunday in an operation in Zhob, the military said.';
    const published = publishedOf(text);
    expect(published.published).toBe('2024-06-10');
    expect(published.published_evidence).toContain('Published June 10, 2024');
  });
});

describe('a weekday with its comma against the day', () => {
  it.each([
    ['Tuesday ,05 August 2014', '2014-08-05'],
    ['• Friday ,17 June 2016', '2016-06-17'],
    ['Sat ,3 March 2018', '2018-03-03'],
    ['Monday,12 May 2025', '2025-05-12'],
  ])('%s', (line, day) => expect(iso(dateOnlyLine(line))).toBe(day));

  it('dates the page under its title', () => {
    const text = 'Army kills 8 militants in Rafah\n• 11:20\n• Thursday ,14 May 2015\n\nEight militants were killed on Wednesday in Rafah, the army spokesman said.';
    expect(publishedOf(text).published).toBe('2015-05-14');
  });
});
