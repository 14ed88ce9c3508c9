/**
 * Publication dates a story's own words narrow or refuse (published.ts): an address that gives only the month, with
 * days written without a year in the text; a month that starts a running total ("since it erupted in March 2011").
 * Texts and addresses written for the rules, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string, url?: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], url, runDate: '2026-12-01' });

describe('an address month narrowed by the days the text gives without a year', () => {
  it.each([
    ['Ukraine', 'Russian drones killed 3 people in Sumy Oblast on 11 June. Another 7 were wounded on 12 June.', 'https://news.example.ua/2024/06/russian-drones-kill-three', '2024-06-12'],
    ['Sudan', 'The RSF shelled El Fasher on 3-4 September, killing 19 civilians, the resistance committee said.', 'https://sudan-notes.example.org/2023/09/el-fasher-shelling.html', '2023-09-04'],
    ['DR Congo', 'M23 fighters entered Rubaya on 30 April after the FARDC withdrew.', 'https://kivu.example.cd/2024/04/m23-rubaya/', '2024-04-30'],
  ])('%s', (_war, text, url, day) => {
    const got = publishedOf(text, url);
    expect(got).toMatchObject({ published: day, published_precision: 'day' });
    expect(got.published_evidence).toContain('page address');
  });

  it('a day of the month before the address month leaves the month as it is', () => {
    const got = publishedOf('Houthi shelling on 28 February killed 4 civilians in Taiz.', 'https://yemen.example.net/2021/03/taiz-shelling');
    expect(got).toMatchObject({ published: '2021-03-01', published_precision: 'month' });
  });

  it('a day in a statement about the future does not date the story', () => {
    const text = 'Shelling killed 2 people in Mosul. Talks between the sides are expected to resume on 25 May.';
    expect(publishedOf(text, 'https://iraq.example.com/2017/05/mosul-shelling').published_precision).toBe('month');
  });
});

describe('a month that starts a running total is no publication month', () => {
  it.each([
    ['Syria', 'Shelling killed a child in Ariha. The war has killed more than 500,000 people since it erupted in March 2011.'],
    ['Sudan', 'Drones struck Omdurman. More than 12 million people have fled since the war began in April 2023.'],
    ['Yemen', 'Airstrikes hit Hodeidah. Over 150,000 people have been killed since March 2015.'],
  ])('%s', (_war, text) => {
    const got = publishedOf(text);
    expect(got.published).toBe('');
    expect(got.published_earliest).not.toBe('');
  });

  it('a month a figure is not counted from still dates the story', () => {
    const got = publishedOf('In March 2022, Russian shelling killed 12 civilians in Mariupol, the city council said.');
    expect(got).toMatchObject({ published: '2022-03-01', published_precision: 'month' });
  });
});
