/**
 * "secured areas in the X district", "secured the coast of X": ground taken in X, told by a noun of ground
 * (territory-words.csv: "coast", "coastline" as ground, "areas" as ground without a determiner).
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const taken = (text: string) => extract(text).map(brief).filter((f) => f.category === 'captured').map((f) => [f.places.join('|'), f.actor, f.time]);

describe('areas and a coast secured in a place', () => {
  it.each([
    ['situation report, Mozambique', 'Government forces secured areas in the Macomia district on 12 June, humanitarian partners reported.', [['Macomia', 'Government forces', 'on 12 June']]],
    ['assessment, Yemen', 'Houthi fighters secured areas in the Hays district by 3 January, widening their hold on the plain.', [['Hays', 'Houthi fighters', 'by 3 January']]],
    ['wire, Libya', 'Government troops secured the coast of Sirte on Sunday, a spokesman said.', [['Sirte', 'Government troops', 'on Sunday']]],
    ['outlet, Somalia', 'Somali troops secured the coastline of Barawe on 6 October after al-Shabaab withdrew.', [['Barawe', 'Somali troops', 'on 6 October']]],
  ])('%s', (_genre, text, expected) => {
    expect(taken(text)).toEqual(expected);
  });
});
