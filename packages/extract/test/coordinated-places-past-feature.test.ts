/**
 * Coordinated places after one preposition (issue 9): every conjunct is a place of the fact, also when the first
 * name carries its feature word ("in Gaza City and Khan Younis", "in Idlib province and Afrin"). Before this rule the
 * feature word stood between the name and "and", so the list stopped at the first name. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const placesOf = (s: string) => extract(s).map((f) => brief(f).places);
const nearOf = (s: string) => extract(s).flatMap((f) => f.place_mentions.map((p) => [p.text, p.near]));

describe('a feature word after the first conjunct', () => {
  it.each([
    ['news wire, Gaza', 'Israeli strikes killed 30 people in Gaza City and Khan Younis on Tuesday, health officials said.', [['Gaza', 'Khan Younis']]],
    ['situation report, Ukraine', 'Shelling killed six civilians in Kharkiv city and Izium on 4 May, the regional administration reported.', [['Kharkiv', 'Izium']]],
    ['monitor\'s toll, Syria', 'The Observatory documented 12 deaths in Idlib province and Afrin on 3 May.', [['Idlib', 'Afrin']]],
    ['situation report, Somalia', 'Floods and fighting displaced 8,000 people in Baidoa district and Dinsoor in April, OCHA said.', [['Baidoa', 'Dinsoor']]],
    ['encyclopedic, Sudan', 'In June 2023 the fighting killed at least 200 civilians in Khartoum State and El Geneina.', [['Khartoum', 'El Geneina']]],
  ])('%s', (_genre, s, want) => {
    expect(placesOf(s)).toEqual(want);
  });
});

describe('the ground around the first name is not the second\'s', () => {
  it('"the Idlib countryside and Sarmada": Sarmada itself (Syria, monitor)', () => {
    expect(nearOf('Air strikes killed nine civilians in the Idlib countryside and Sarmada on Friday, the Observatory said.'))
      .toEqual([['Idlib', true], ['Sarmada', false]]);
  });
  it('"near X city and Y": both around (Ukraine, wire)', () => {
    expect(nearOf('Russian troops killed four soldiers near Kupiansk city and Izium on Monday, the army said.'))
      .toEqual([['Kupiansk', true], ['Izium', true]]);
  });
});
