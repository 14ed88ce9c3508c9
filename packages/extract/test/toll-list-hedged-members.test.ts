/**
 * A toll's list of victims after "include(s)" or a copula ("fatalities include some 410 children and 220 women"): each
 * member is a death toll of its own group, whether or not a member's figure carries a hedge ("some", "about", "at
 * least", "more than"). Before, a hedge on the first member cut the later members off the toll's verb.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.group]);

describe('a hedged first member keeps the later members of a toll\'s list', () => {
  it.each([
    // UN situation report, Sudan
    ['Fatalities recorded in El Fasher since May include some 410 children and 220 women, OCHA said.', [['killed', 410, 'children'], ['killed', 220, 'women']]],
    // monitor, Syria
    ['The network said deaths documented in Idlib this year include about 96 children and 57 women.', [['killed', 96, 'children'], ['killed', 57, 'women']]],
    // wire, Ukraine
    ['The toll includes at least 14 soldiers and 22 policemen, the regional governor said.', [['killed', 14, 'government_forces'], ['killed', 22, 'government_forces']]],
    // think-tank assessment, Myanmar
    ['Fatalities in Sagaing this quarter include nearly 900 children, 640 women and more than 120 monks.', [['killed', 900, 'children'], ['killed', 640, 'women']]],
    // monitor, Yemen: a hedge of three words, matched whole
    ['Deaths recorded in Taiz since January include no fewer than 40 children and 25 women, the monitor said.', [['killed', 40, 'children'], ['killed', 25, 'women']]],
    // regional outlet, Gaza
    ['The dead are some 12 children and four women, medics at the hospital in Khan Younis said.', [['killed', 12, 'children'], ['killed', 4, 'women']]],
  ])('%s', (s, want) => expect(counts(s)).toEqual(expect.arrayContaining(want)));

  it('a list with no hedge reads as before', () => {
    expect(counts('Fatalities in Tigray include 31 children and 18 women, the regional health bureau said.'))
      .toEqual([['killed', 31, 'children'], ['killed', 18, 'women']]);
  });
});
