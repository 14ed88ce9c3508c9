/**
 * A plain-text copy writes the dash of an aside as a hyphen between spaces: "12 people - including three women - were
 * hurt" is the same list as with "–" or "—": the whole and its part. A hyphen inside a range ("5-10") is no dash.
 * Sentences written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const tolls = (s: string) => extract(s).map(brief).map((b) => [b.category, b.value]);

describe('a spaced hyphen opening an "including" aside', () => {
  it.each([
    ['wire, Yemen', 'Medics said 12 people - including three women - were wounded in the strike on Taiz.', [['injured', 12], ['injured', 3]]],
    ['outlet, Sudan', 'Nine villagers - including two children - were killed when shells hit El Obeid, residents said.', [['killed', 9], ['killed', 2]]],
    ['wire, Afghanistan', 'Officials said five soldiers and four civilians - including a child - were killed.', [['killed', 5], ['killed', 4], ['killed', 1]]],
  ])('%s: the whole and its part', (_genre, s, expected) => expect(tolls(s)).toEqual(expected));

  it('the same list with a dash character (wire, Ukraine)', () => {
    expect(tolls('Eleven people – including four children – were wounded in Kharkiv, the governor said.')).toEqual([['injured', 11], ['injured', 4]]);
  });
});
