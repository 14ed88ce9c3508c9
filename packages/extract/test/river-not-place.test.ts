import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const placesOf = (text: string) => extract(text).map((f) => brief(f).places);

describe('a river named beside a place is not where the fact happened', () => {
  it('"across the Blue Nile river" is not Blue Nile state (Sudan, outlet)', () => {
    expect(placesOf('Shelling killed six civilians in Omdurman, across the Blue Nile river from the army base, on Friday, medics said.')).toEqual([['Omdurman']]);
  });

  it('"on the Dnipro River" (Ukraine, wire) and "the Euphrates River town of X" (Syria, monitor)', () => {
    expect(placesOf('Russian shelling killed two people in Kherson, on the Dnipro River, on Monday, the governor said.')).toEqual([['Kherson']]);
    expect(placesOf('Troops killed 20 militants near the Euphrates River town of Hajin on Tuesday, the coalition said.')).toEqual([['Hajin']]);
  });

  it('keeps a state named like a river when no river word follows (South Sudan)', () => {
    expect(placesOf('Floods and fighting displaced 5,000 people in Upper Nile state, OCHA said.')).toEqual([['Upper Nile']]);
  });
});
