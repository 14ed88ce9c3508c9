/**
 * A nation's single drone names its forces as the doer: "killed in a Turkish drone attack", "a Turkish drone killed
 * four". The registry had the plural only ("Turkish drones"); outlets in north-east Syria and northern Iraq write the
 * singular for each strike. Sentences written for the rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const actors = (s: string) => extract(s).map(brief).map((b) => b.actor);

describe("a nation's drone as the doer", () => {
  it.each([
    ['Kurdish outlet, Syria', 'On Monday, two civilians lost their lives in a Turkish drone attack on a car near Amuda.'],
    ['Iraqi outlet, Iraq', 'Three fighters were killed in a Turkish drone strike on a vehicle near Sinjar, local officials said.'],
    ['Libyan outlet, Libya', 'A Turkish drone killed five fighters near Tarhuna on Sunday, a military source said.'],
  ])('%s', (_genre, s) => expect(actors(s)).toEqual(['Turkish drone']));
});
