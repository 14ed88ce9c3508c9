/**
 * A monitor's toll by perpetrator: the bracketed deaths and injured of a casualties figure share the side that caused
 * it or that it is attributed to (fresh monitors' tolls, round 17). Sentences written for this file, in several wars;
 * none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const sides = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.actor]);
const actorsOf = (s: string) => extract(s).map(brief).map((f) => f.actor);

describe('the parts of a casualties breakdown share the whole\'s perpetrator', () => {
  it('a mission\'s quarterly report, Afghanistan: "X caused N civilian casualties (a deaths and b injured)"', () => {
    expect(sides('In Kandahar, Taliban fighters caused 260 civilian casualties (90 deaths and 170 injured) in the first quarter.')).toEqual([
      ['killed', 90, 'Taliban fighters'], ['injured', 170, 'Taliban fighters'],
    ]);
  });

  it('a monitor\'s monthly toll, Sudan: "attributed to X" in the clause before the figure', () => {
    expect(sides('Civilian casualties attributed to the RSF rose to 140 civilian casualties (52 killed and 88 injured) in North Darfur in June.')).toEqual([
      ['killed', 52, 'the RSF'], ['injured', 88, 'the RSF'],
    ]);
  });

  it('a network\'s report, Syria: "X were responsible for N civilian casualties (...)"', () => {
    expect(sides('Syrian regime forces were responsible for 75 civilian casualties (25 killed and 50 injured) in Idlib in March.')).toEqual([
      ['killed', 25, 'Syrian regime forces'], ['injured', 50, 'Syrian regime forces'],
    ]);
  });
});

describe('no side is lent where the whole names none', () => {
  it('a casualty update, Ukraine: a breakdown with no cause or attribution stays without a side', () => {
    expect(actorsOf('Kherson oblast recorded 36 civilian casualties (11 killed and 25 injured) in May.')).toEqual(['', '']);
  });

  it('a wire story, Yemen: "attributed to" in an earlier clause of another figure is not the breakdown\'s', () => {
    const f = actorsOf('Deaths attributed to cholera rose in Hodeidah; separately, 48 civilian casualties (20 killed and 28 injured) were recorded in Taiz in April.');
    expect(f.length).toBeGreaterThan(0);
    for (const actor of f) expect(actor).not.toMatch(/cholera/i);
  });
});
