/**
 * A per-place list after a lead that has no figure of its own (issue 9, round sr3): the lead's words name the
 * category ("New arrivals were recorded in ...", "Displacement continued towards ...", "Of those killed"), a colon or
 * "including" opens the list, and each member is "N in X" or "X (N)": one fact per member, with the lead's category and
 * the member's place only. Sentences written for the rule (OCHA, IOM DTM, UNHCR, monitors, wires; DR Congo, Syria,
 * Sudan, Yemen, Myanmar, Ukraine); none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.unit, f.places]);

describe('a list by place after a lead with no figure', () => {
  it('a colon after the lead, members "N in X" (situation report, DR Congo)', () => {
    expect(facts('New arrivals were recorded in three territories: 14,000 in Kalehe, 9,500 in Kabare and 3,200 in Idjwi.')).toEqual([
      ['displaced', 14000, 'persons', ['Kalehe']],
      ['displaced', 9500, 'persons', ['Kabare']],
      ['displaced', 3200, 'persons', ['Idjwi']],
    ]);
  });

  it('members "X (N)" with their own unit (situation report, Syria)', () => {
    expect(facts('Displacement continued towards the border: Dana (5,800 households), Sarmada (2,100 households) and Atmeh (900 households).')).toEqual([
      ['displaced', 5800, 'households', ['Dana']],
      ['displaced', 2100, 'households', ['Sarmada']],
      ['displaced', 900, 'households', ['Atmeh']],
    ]);
  });

  it('"including" after a lead whose number counts places, not people (situation report, Sudan)', () => {
    expect(facts('The displaced arrived in 24 localities, including 61,000 in Kassala, 38,500 in Gedaref and 12,900 in Sennar.')).toEqual([
      ['displaced', 61000, 'persons', ['Kassala']],
      ['displaced', 38500, 'persons', ['Gedaref']],
      ['displaced', 12900, 'persons', ['Sennar']],
    ]);
  });

  it('a toll broken down by place after "Of those killed:" (monitor, Yemen)', () => {
    const got = facts('Of those killed: 12 in Taiz, 7 in Hodeidah and 3 in Saada.');
    expect(got.map(([c, v, , p]) => [c, v, p])).toEqual([['killed', 12, ['Taiz']], ['killed', 7, ['Hodeidah']], ['killed', 3, ['Saada']]]);
  });

  it('returns listed by township (wire, Myanmar)', () => {
    const got = facts('Returns were reported in several townships: 2,400 in Hpakant, 1,100 in Mohnyin and 600 in Myitkyina, the agency said.');
    expect(got.map(([c, v, , p]) => [c, v, p]).slice(0, 2)).toEqual([['returned', 2400, ['Hpakant']], ['returned', 1100, ['Mohnyin']]]);
  });

  it('a lead with a figure of its own is a whole, not a figureless lead (wire, Ukraine)', () => {
    const got = facts('Strikes killed 19 civilians on Tuesday, including 12 in Kharkiv and 7 in Sumy.');
    expect(got.filter(([c]) => c === 'killed').map(([, v]) => v)).toContain(19);
  });

  it('a lead of casualties (the killed and the injured together) gives no list (wire, Gaza)', () => {
    expect(facts('Casualties were reported in two areas: 12 in Rafah and 4 in Khan Younis.').filter(([, v]) => v === 4)).toEqual([]);
  });

  it('a lead that names no category gives nothing (situation report, Sudan)', () => {
    expect(facts('Convoys reached three localities: 40 in Kassala, 25 in Gedaref and 12 in Sennar.')).toEqual([]);
  });

  // The lead's own preposition opens the list when a name and its bracketed figure follow it.
  it('a verb of flight and "to", members "X (N)" (situation report, DR Congo)', () => {
    expect(facts('Most of the displaced fled to Goma (35,000), Sake (12,000) and Minova (8,000).')).toEqual([
      ['displaced', 35000, 'persons', ['Goma']],
      ['displaced', 12000, 'persons', ['Sake']],
      ['displaced', 8000, 'persons', ['Minova']],
    ]);
  });

  it('a toll by city after "killed in" (monitor, Ukraine)', () => {
    const got = facts('Civilians were killed in Kharkiv (12), Sumy (5) and Kherson (3).');
    expect(got.map(([c, v, , p]) => [c, v, p])).toEqual([['killed', 12, ['Kharkiv']], ['killed', 5, ['Sumy']], ['killed', 3, ['Kherson']]]);
  });

  it('a bracket that holds no count of people opens no list (wire, DR Congo)', () => {
    expect(facts('The army deployed to Goma (North Kivu) and Bukavu (South Kivu).')).toEqual([]);
    expect(facts('Strikes hit Kharkiv (12 times), Sumy (5) and Kherson (3).')).toEqual([]);
  });

  // A ranking of places: "The highest number of ..." names its noun through the amount; "followed by" parts members.
  it('a ranking of places by toll (monitor, Syria)', () => {
    const got = facts('The highest number of deaths was recorded in Aleppo (120), followed by Idlib (85) and Hama (40).');
    expect(got.map(([c, v, , p]) => [c, v, p])).toEqual([['killed', 120, ['Aleppo']], ['killed', 85, ['Idlib']], ['killed', 40, ['Hama']]]);
  });

  it('a ranking whose next member is "X with N" (situation report, Sudan)', () => {
    expect(facts('Most arrivals were recorded in Kassala (12,000), followed by Gedaref with 3,000.')).toEqual([
      ['displaced', 12000, 'persons', ['Kassala']],
      ['displaced', 3000, 'persons', ['Gedaref']],
    ]);
  });

  it('an amount of things names no category (wire, Chad)', () => {
    expect(facts('The number of trucks reached Adre (45) and Tine (30).')).toEqual([]);
  });
});
