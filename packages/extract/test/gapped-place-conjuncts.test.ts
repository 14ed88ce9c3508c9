/**
 * A verbless coordinated list by place (gapping, issue 9, round sr3): "Sagaing recorded 94 deaths, Mandalay 61 and
 * Magway 40". The first conjunct's verb (one by which a place records figures, data/place-record-verbs.csv) and its
 * counted noun carry to each later "Name N": one fact per place, each with its own place. Sentences written for the
 * rule (monitors' tolls, situation reports, wires; Myanmar, Yemen, Ukraine, Sudan, DR Congo); none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.places]);

describe('a gapped list by place', () => {
  it('deaths by region (monitor, Myanmar)', () => {
    expect(facts('By region, Sagaing recorded 94 deaths, Mandalay 61 and Magway 40.')).toEqual([
      ['killed', 94, ['Sagaing']], ['killed', 61, ['Mandalay']], ['killed', 40, ['Magway']],
    ]);
  });

  it('civilians killed by governorate, two conjuncts (monitor, Yemen)', () => {
    expect(facts('In the second quarter, Taiz governorate recorded 21 civilian deaths and Hodeidah 12.').map(([c, v, p]) => [c, v, p])).toEqual([
      ['killed', 21, ['Taiz']], ['killed', 12, ['Hodeidah']],
    ]);
  });

  it('displaced people registered by territory (situation report, DR Congo)', () => {
    expect(facts('Since 26 January, Kalehe registered 14,000 displaced people, Kabare 9,500 and Idjwi 3,200.')).toEqual([
      ['displaced', 14000, ['Kalehe']], ['displaced', 9500, ['Kabare']], ['displaced', 3200, ['Idjwi']],
    ]);
  });

  it('a list that does not close on "and" is no gapped list (wire, Ukraine)', () => {
    const got = facts('Donetsk recorded 81 civilian deaths, Kharkiv 32, officials said.');
    expect(got.map(([, v]) => v)).not.toContain(32);
  });

  it('a subject that is no place gives no list by place (wire, Sudan)', () => {
    const got = facts('The army recorded 40 deaths, the RSF 25 and the militias 10.');
    expect(got.filter(([, , p]) => (p as string[]).length)).toEqual([]);
  });
});
