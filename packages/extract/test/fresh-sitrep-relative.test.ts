/**
 * Situation reports count people by what befell them in a relative clause after the count ("N households who
 * experienced displacement", "N people who sought refuge in X"), and DTM dashboards word a displacement as an
 * experience ("N households experienced displacement at least once"). Every sentence is written for its rule, in
 * several genres and wars; none comes from the fresh texts, the seeds or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief);
const read = (s: string) => facts(s).map((f) => [f.category, f.value, f.unit]);

describe('"experience displacement" is a verb of flight', () => {
  it.each([
    ['DTM dashboard, Yemen', 'Between 2 and 8 May, some 310 households experienced displacement in Hajjah governorate.', 310, 'households'],
    ['NGO update, Myanmar', 'More than 900 families have experienced repeated displacement in Rakhine since the fighting resumed.', 900, 'families'],
    ['sitrep, Mozambique', 'In Cabo Delgado, about 2,300 households have experienced displacement since the attacks on Macomia.', 2300, 'households'],
  ])('%s: %s', (_genre, s, value, unit) => {
    expect(read(s)).toEqual([['displaced', value, unit]]);
  });

  it('an experience of something else is no flight', () => {
    expect(facts('Some 400 teachers experienced delays in their salaries in Kassala.')).toEqual([]);
  });
});

describe('a relative clause after the count says what befell it', () => {
  it.each([
    ['DTM update, Ethiopia', 'From 1 March to 30 April, IOM tracked 3,950 families who experienced displacement at least once in Amhara.', 'displaced', 3950, 'families', ['IOM']],
    ['CCCM report, DR Congo', 'Nearly 2,100 households who sought refuge in Kalemie were registered by the CCCM Cluster.', 'displaced', 2100, 'households', ['CCCM Cluster']],
    ['UNHCR update, Sudan', 'UNHCR counted 6,800 people who have taken refuge in Adre since the shelling of Geneina.', 'displaced', 6800, 'persons', ['UNHCR']],
    ['WHO bulletin, Ukraine', 'The Health Cluster said 120 people who had sustained injuries in the Kharkiv strikes were evacuated.', 'injured', 120, 'persons', ['Health Cluster']],
  ])('%s: %s', (_genre, s, category, value, unit, reporters) => {
    const found = facts(s);
    expect(found.map((f) => [f.category, f.value, f.unit])).toEqual([[category, value, unit]]);
    expect(found[0]!.reporters).toEqual(reporters);
  });

  it('a relative clause of staying put is no fact', () => {
    expect(facts('The 300 residents who stayed in Bakhmut are in danger.')).toEqual([]);
    expect(facts('Some 50 families who remained in Tawergha asked for water.')).toEqual([]);
  });

  it('a relative clause about the counted things, not people, is no flight', () => {
    expect(facts('Around 40 trucks that took the road to Mekelle were stopped.')).toEqual([]);
  });
});

describe('"identified" is a verb of counting: its subject or agent is the source', () => {
  it.each([
    ['DTM update, Iraq', 'Between 1 and 7 July, IOM identified 1,450 individuals displaced from Sinjar district.', 'IOM'],
    ['UNHCR update, South Sudan', 'UNHCR identified 2,300 new arrivals in Renk last week.', 'UNHCR'],
    ['cluster bulletin, Sudan', 'Some 730 displaced households were identified by the Protection Cluster in Sennar.', 'Protection Cluster'],
    ['NGO update, Haiti', 'Since 29 February, IOM teams have identified 15,000 people who fled Port-au-Prince.', 'IOM teams'],
  ])('%s: %s', (_genre, s, reporter) => {
    const found = facts(s);
    expect(found).toHaveLength(1);
    expect(found[0]!.category).toBe('displaced');
    expect(found[0]!.reporters).toEqual([reporter]);
  });
});

describe('a count of people in brackets after a count of households shares its verb', () => {
  it.each([
    ['DTM dashboard, Ethiopia', 'From 1 March to 30 April 2023, IOM tracked 3,950 households (HH) (19,700 individuals) who experienced displacement at least once.', [3950, 19700]],
    ['CCCM update, DR Congo', 'Some 1,200 families (about 6,000 people) who sought refuge in Kalemie were registered by the CCCM Cluster.', [1200, 6000]],
    ['sitrep, Haiti', 'Nearly 800 households (some 3,900 people) who took refuge in schools in Carrefour were counted by IOM.', [800, 3900]],
  ])('%s: %s', (_genre, s, values) => {
    expect(facts(s).map((f) => [f.category, f.value])).toEqual(values.map((v) => ['displaced', v]));
  });
});
