import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/places.ts';

const places = (s: string) => findPlaces(s).map((p) => [p.text, p.feature_hint]);

describe('an admin1 whose name ends in a feature word ("Damascus Countryside" is Rural Damascus)', () => {
  it('state agency: the governorate written "Damascus Countryside" is one place, not Damascus', () => {
    const s = 'Two civilians were wounded when a mortar shell hit a farm in Damascus Countryside on Monday, a police source told SANA.';
    expect(places(s)).toEqual([['Damascus Countryside', '']]);
  });

  it('monitor and lower case, with position words before it', () => {
    const s = 'Clashes killed 6 fighters in the eastern Damascus countryside on Friday, the Observatory said.';
    expect(places(s).map(([t]) => t)).toEqual(['Damascus countryside']);
  });

  it('a place in it keeps its own name beside the governorate', () => {
    const s = 'Shelling killed a child in the town of Harasta in Damascus Countryside, the agency said.';
    expect(places(s).map(([t]) => t)).toEqual(['Harasta', 'Damascus Countryside']);
  });

  it('"rural Damascus" (the governorate\'s English name in lower case) is the governorate too (situation report)', () => {
    const s = 'Some 1,200 families were displaced from towns in rural Damascus during the week, OCHA said.';
    expect(places(s).map(([t]) => t)).toEqual(['rural Damascus']);
  });

  it('the countryside of any other governorate stays the area around its name (Aleppo, Daraa, Hama)', () => {
    expect(places('Barrel bombs killed 9 civilians in the Aleppo countryside, the monitor said.')).toEqual([['Aleppo', 'area']]);
    expect(places('Gunmen killed a former rebel commander in the western Daraa countryside.')).toEqual([['Daraa', 'area']]);
    expect(places('Troops seized three villages in the northern Hama countryside on Tuesday.')).toEqual([['Hama', 'area']]);
    expect(places('Air strikes killed 8 people in rural Idlib on Sunday, rescuers said.')).toEqual([['Idlib', 'area']]);
  });

  it('the city alone is still the city (Damascus)', () => {
    expect(places('A car bomb killed 4 people in Damascus on Sunday, state media said.')).toEqual([['Damascus', '']]);
  });
});
