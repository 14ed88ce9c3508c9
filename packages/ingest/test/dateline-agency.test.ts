/**
 * A state agency's dateline names the agency bare after the city and date ("Tehran, March 3, IRNA -"), several
 * joined by a slash when one agency carries another's story. Sentences written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { wireAgency, findDateline } from '../src/dateline.ts';

describe('bare agency datelines', () => {
  it.each([
    ['Tehran, March 3, IRNA - Iranian officials said the border crossings remained open.', 'IRNA'],
    ['Baghdad, Oct 12, IRNA/SANA- Iraqi troops pushed north of the city.', 'IRNA'],
    ['Damascus, SANA – Army units cleared the last pocket east of the highway.', 'SANA'],
    ['KYIV, May 14 (Reuters) - Troops pushed on.', 'Reuters'],
  ])('%s', (text, agency) => expect(wireAgency(text)).toBe(agency));

  it.each([
    'Aleppo, Syria - The city was quiet on Monday.',
    'Goma, the capital of North Kivu, was calm - for now.',
    'Damascus, Feb 7, rebels - who had held the town - withdrew.',
  ])('no agency in "%s"', (text) => expect(wireAgency(text)).toBe(''));

  it('dates the article when the bare dateline holds a day', () => {
    expect(findDateline('Baghdad, Oct 12, IRNA/SANA- Iraqi troops pushed north.')?.date.day).toBe(12);
  });
});
