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

  it('new arrivals received, the verb read as a reporting one (situation report, Sudan)', () => {
    expect(facts('Since mid-December, Kassala received 52,000 new arrivals, Gedaref 31,400 and Sennar 9,800.')).toEqual([
      ['displaced', 52000, ['Kassala']], ['displaced', 31400, ['Gedaref']], ['displaced', 9800, ['Sennar']],
    ]);
  });

  it('new arrivals received by oblast (wire, Ukraine)', () => {
    expect(facts('Over the weekend Dnipropetrovsk received 3,100 new arrivals and Kharkiv 1,700.')).toEqual([
      ['displaced', 3100, ['Dnipropetrovsk']], ['displaced', 1700, ['Kharkiv']],
    ]);
  });

  it('two conjuncts joined by a comma that end the sentence (monitor, Syria)', () => {
    expect(facts('On Tuesday Idleb recorded 37 civilian deaths, Hama 14.')).toEqual([
      ['killed', 37, ['Idleb']], ['killed', 14, ['Hama']],
    ]);
  });

  it('two conjuncts joined by a comma that end the sentence (situation report, Yemen)', () => {
    expect(facts('Last week Marib registered 2,300 displaced people, Shabwah 640.')).toEqual([
      ['displaced', 2300, ['Marib']], ['displaced', 640, ['Shabwah']],
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
