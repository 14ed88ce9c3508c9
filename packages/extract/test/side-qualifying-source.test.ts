/**
 * A side's name that qualifies a reporting noun ("the opposition activist group the SOHR", "the pro-rebel monitor",
 * "Houthi television") describes the source: it is no side that acts, so a later capture that names no side is not
 * credited to it (actors.ts, data/side-qualified-nouns.csv). Met in a fresh encyclopedic page (issue 9, Palmyra 2016);
 * sentences written for the rule in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const sides = (text: string) => extract(text).filter((f) => f.kind === 'territory').map((f) => [f.place_mentions[0]?.text, f.actor_text]);

describe('a side qualifying a reporting noun is not the acting side', () => {
  it.each([
    ['encyclopedic, Syria', 'The opposition activist group the SOHR confirmed the capture of Hish. Later, the SOHR confirmed the capture of Kafr Sajna.'],
    ['encyclopedic, Yemen', 'On 3 May, a Houthi monitoring group reported the fall of Sirwah. Two days later, it confirmed the capture of Raghwan.'],
    ['outlet, DR Congo', 'M23 activists confirmed the capture of Rubaya. The next day, they reported the fall of Masisi.'],
  ])('%s', (_genre, text) => {
    const got = sides(text);
    expect(got.length).toBe(2);
    expect(got.every(([, actor]) => actor === '')).toBe(true);
  });

  it('the side itself as subject still acts', () => {
    expect(sides('Opposition fighters captured Hish. Later, they took Kafr Sajna.')).toEqual([['Hish', 'Opposition fighters'], ['Kafr Sajna', 'Opposition fighters']]);
  });
});
