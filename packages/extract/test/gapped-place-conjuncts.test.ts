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

  it('a comma-joined list closed by a figure with more clause after it is no gapped list (wire, Ukraine)', () => {
    const got = facts('Donetsk recorded 81 civilian deaths, Kharkiv 32, while 12 more died in hospital.');
    expect(got.map(([, v]) => v)).not.toContain(32);
  });

  it('a comma-joined list closed by an attribution, each place its own and the reporter shared (wire, Ukraine)', () => {
    const got = extract('Donetsk recorded 81 civilian deaths, Kharkiv 32, officials said.').map(brief);
    expect(got.map((f) => [f.category, f.value, f.places, f.reporters])).toEqual([
      ['killed', 81, ['Donetsk'], ['officials']], ['killed', 32, ['Kharkiv'], ['officials']],
    ]);
  });

  it('a comma-joined list closed by "according to" (situation report, DR Congo)', () => {
    expect(facts('Since Monday, Masisi registered 6,400 displaced people, Rutshuru 2,900, according to OCHA.')).toEqual([
      ['displaced', 6400, ['Masisi']], ['displaced', 2900, ['Rutshuru']],
    ]);
  });

  it('a time phrase after the first noun, the date shared (monitor, Myanmar)', () => {
    const got = extract('Magway recorded 57 deaths in April, Sagaing 33 and Mandalay 18.').map(brief);
    expect(got.map((f) => [f.category, f.value, f.places, f.time])).toEqual([
      ['killed', 57, ['Magway'], 'in April'], ['killed', 33, ['Sagaing'], 'in April'], ['killed', 18, ['Mandalay'], 'in April'],
    ]);
  });

  it('a time phrase after the first noun, two conjuncts by comma (wire, Syria)', () => {
    expect(facts('Deraa recorded 26 deaths last week, Homs 11.')).toEqual([
      ['killed', 26, ['Deraa']], ['killed', 11, ['Homs']],
    ]);
  });

  it('a time phrase after the first noun (situation report, Ukraine)', () => {
    expect(facts('Kherson registered 1,850 displaced people over the weekend, Mykolaiv 760 and Odesa 310.')).toEqual([
      ['displaced', 1850, ['Kherson']], ['displaced', 760, ['Mykolaiv']], ['displaced', 310, ['Odesa']],
    ]);
  });

  it('the count first, the place closing the first conjunct (wire, Ukraine)', () => {
    expect(facts('About 1,200 people arrived from Enerhodar, Nikopol 700 and Marhanets 300.')).toEqual([
      ['displaced', 1200, ['Enerhodar']], ['displaced', 700, ['Nikopol']], ['displaced', 300, ['Marhanets']],
    ]);
  });

  it('the count first, the place closing the first conjunct (situation report, Sudan)', () => {
    expect(facts('Over the past week 4,500 people fled from Tawila, Kabkabiya 2,100 and Kutum 800.')).toEqual([
      ['displaced', 4500, ['Tawila']], ['displaced', 2100, ['Kabkabiya']], ['displaced', 800, ['Kutum']],
    ]);
  });

  it('the first place put first with its preposition, later ones too (situation report, Sudan)', () => {
    expect(facts('In Gedaref, 27,300 new arrivals were registered, in Kassala 19,800.')).toEqual([
      ['displaced', 27300, ['Gedaref']], ['displaced', 19800, ['Kassala']],
    ]);
  });

  it('the first place put first with its preposition (monitor, Myanmar)', () => {
    expect(facts('In Sagaing, 71 deaths were recorded, in Magway 29 and in Mandalay 15.')).toEqual([
      ['killed', 71, ['Sagaing']], ['killed', 29, ['Magway']], ['killed', 15, ['Mandalay']],
    ]);
  });

  it('a subject that is no place gives no list by place (wire, Sudan)', () => {
    const got = facts('The army recorded 40 deaths, the RSF 25 and the militias 10.');
    expect(got.filter(([, , p]) => (p as string[]).length)).toEqual([]);
  });
});
