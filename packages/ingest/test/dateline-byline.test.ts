/**
 * A byline or a page header that carries the page's date ("By The Irrawaddy 12 May 2021", "Author: X | 4 March
 * 2019") dates the article like a bare date line; a relative stamp ("Published: 2 hours ago") dates nothing. Lines
 * written for the rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { bylineLine, findDateline } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';

const iso = (line: string) => {
  const d = bylineLine(line);
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;
};
const publishedOf = (text: string) => inferPublished({ text, sentences: [], removed: [], runDate: '2026-12-01' });

describe('bylines and headers that carry the date', () => {
  it.each([
    ['By The Kabul Times 3 August 2021', '2021-08-03'],
    ['By Hiba Nasser | 22 October 2016', '2016-10-22'],
    ['By Mariam Diallo, April 9, 2012', '2012-04-09'],
    ['Written by Oleh Marchenko on 17 September 2022', '2022-09-17'],
    ['By AFP - Dec 02,2015', '2015-12-02'],
    ['Author: Tesfaye Alemu • Published 5 November 2021 14:30', '2021-11-05'],
    ['Posted: 28 January 2013 | Source: Staff reporter', '2013-01-28'],
    // the byline after the date
    ['Posted on August 2, 2014 by admin', '2014-08-02'],
    ['November 9, 2016 by Staff Writer', '2016-11-09'],
    ['Jun 14, 2019 | By Staff Writer', '2019-06-14'],
    // an outlet's or author's name, a comma and the day
    ['The Kyiv Post, 4 March 2022', '2022-03-04'],
    ['Radio Dabanga, November 2, 2023', '2023-11-02'],
    ['Mizzima, 12 May 2021', '2021-05-12'],
  ])('%s', (line, day) => expect(iso(line)).toBe(day));

  it.each([
    // a relative stamp names no day
    'Author: Khalid Omer | Published: 3 hours ago',
    'By Nyein Chan | Updated 40 minutes ago',
    // a story line that opens with "by" and ends in a date
    'By late evening on 4 March 2019',
    'By the end of the siege of Aleppo in 22 December 2016 more than 30 thousand people had left the east of the city',
    // a sentence
    'By Ahmed Saleh, 12 June 2015.',
    // a byline without a year cannot date the page alone
    'By Lina Haddad | 14 March',
    // a name and a comma before no whole day, or before more than a date
    'Sagaing Region, June 2023',
    'Residents fled on Tuesday, June 27, 2023 after the strike',
  ])('not a dated byline: %s', (line) => expect(bylineLine(line)).toBeNull());

  it('a date line with a clock time between its label and the date', () => {
    const text = 'Troops retake Falluja districts\n\nPage last updated at 09:40 GMT, Friday, 17 June 2016\n\nTroops entered two districts on Thursday, officers said.';
    expect(findDateline(text)?.date).toMatchObject({ year: 2016, month: 6, day: 17 });
  });

  it('dates the article, so weekdays in the story count back from it', () => {
    const text = 'Rebels overrun an army post in Kachin\n\nBy Myanmar Now 9 June 2021\n\n'
      + 'Eleven soldiers were killed on Tuesday when resistance fighters overran an army post near Hpakant, a fighter said.';
    const published = publishedOf(text);
    expect(published.published).toBe('2021-06-09');
    expect(published.published_evidence).toContain('By Myanmar Now 9 June 2021');
  });

  it('leaves a page dated only "2 hours ago" undated, not dated by its weekdays from a wrong anchor', () => {
    const text = 'Shelling kills six in Taiz\n\nAuthor: Salem Ahmed | Published: 2 hours ago\n\n'
      + 'Six civilians were killed on Friday when shells hit a market in Taiz, medics said.';
    expect(publishedOf(text).published).toBe('');
  });
});
