/**
 * A place behind a site noun (issue 9): "living in IDP camps in Baidoa" places the people in Baidoa, the town that
 * holds the site. "living ... in X" used to read as a reporter's home ("a journalist living in X") and drop X. Site
 * nouns are data (data/shelter-nouns.csv). Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const placesOf = (s: string) => extract(s).map((f) => brief(f).places);

describe('the town behind a site noun is the place', () => {
  it.each([
    ['situation report, Somalia', 'About 20,000 displaced people are living in IDP camps in Baidoa, OCHA said.', [['Baidoa']]],
    ['news wire, Sudan', 'Fighting displaced 15,000 people, who are now living in camps in Tawila, the UN said.', [['Tawila']]],
    ['situation report, Ukraine', 'Some 3,000 IDPs are living in collective centres in Dnipro, UNHCR reported.', [['Dnipro']]],
    ['news, DRC', 'More than 6,000 displaced people living in displacement sites in Goma fled again on Monday, aid workers said.', [['Goma']]],
  ])('%s', (_genre, s, want) => {
    expect(placesOf(s)).toEqual(want);
  });
});

it('a reporter living in a town is still not the place (Syria, monitor)', () => {
  expect(placesOf('Shelling killed four civilians on Monday, an activist living in Idlib told the Observatory.')).toEqual([[]]);
});
