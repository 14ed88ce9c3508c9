/**
 * A report's figure line closed by a bracket naming a coordination body ("(Health Cluster)", "(Site Management
 * Cluster)", "(Ministry of Health)") credits that body, registry name or not; "(IOM DTM)", a registry source and the
 * acronym of one of its tools, credits the source (round sr2, the sitrep probes). Every sentence is written for the
 * rule, in several genres and wars; none comes from the seeds or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief);

describe('a bracket closing a figure line with a body headed by a credit noun credits that body', () => {
  it.each([
    ['sitrep, Ethiopia', 'At least 30 people were killed in Debre Tabor town on 28 May (Health Cluster).', [['killed', 30]], 'Health Cluster'],
    ['flash update, Gaza', 'Evacuation orders for eastern Khan Younis displaced about 190,000 people (Site Management Cluster).', [['displaced', 190000]], 'Site Management Cluster'],
    ['sitrep, Sudan', 'Some 1,200 households were displaced from Sennar town on 29 June (Shelter/NFI Sector).', [['displaced', 1200]], 'Shelter/NFI Sector'],
    ['monitor, Yemen', '14 civilians were killed and 31 injured in Taiz during July (Ministry of Public Health).', [['killed', 14], ['injured', 31]], 'Ministry of Public Health'],
    ['snapshot, Mozambique', 'About 8,000 people fled Macomia district in May (Protection Cluster).', [['displaced', 8000]], 'Protection Cluster'],
  ])('%s: %s', (_genre, s, figures, source) => {
    const found = facts(s);
    expect(found.map((f) => [f.category, f.value])).toEqual(figures);
    for (const f of found) expect(f.reporters).toEqual([source]);
  });

  it('a registry source and its tool\'s acronym credit the source', () => {
    expect(facts('An estimated 875,000 people are internally displaced across Lebanon (IOM DTM).')[0]!.reporters).toEqual(['IOM DTM']);
    expect(facts('Some 3,000 people fled Beledweyne in August (UNHCR PRMN).')[0]!.reporters).toEqual(['UNHCR PRMN']);
  });

  it('an armed party, a place or a bracket inside the line credits no one', () => {
    expect(facts('Fighters killed 12 people near Gondar on 3 May (Fano Militia).')[0]!.reporters).toEqual([]);
    expect(facts('Some 2,000 people fled to the camp in May (North Kivu).')[0]!.reporters).toEqual([]);
    expect(facts('Some 4,000 people (Health Cluster) fled from Djugu to Bunia on Friday.')[0]!.reporters).toEqual([]);
  });
});
