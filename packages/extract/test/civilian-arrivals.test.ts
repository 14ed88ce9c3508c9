/**
 * Counted civilians arriving somewhere: "N households (M individuals) from A and B arrived in C" is displacement,
 * and "N people entered C" is no side entering a town. Sentences written for the rule (IOM DTM, CCCM, OCHA, UNHCR;
 * Mozambique, Burkina Faso, Mali, DR Congo, Sudan); none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief);

describe('a count of civilians with its bracket and its origin before the verb', () => {
  it('households, their persons in a bracket, two places of origin (IOM DTM, Mozambique)', () => {
    const text = 'DTM Mozambique: Flash Report\nSome 320 households (1,410 individuals) from Mbau and Chitunda arrived in Mueda town on Sunday.';
    const found = facts(text).map((f) => [f.category, f.value, f.unit]);
    expect(found).toContainEqual(['displaced', 320, 'households']);
    expect(found).toContainEqual(['displaced', 1410, 'persons']);
  });

  it('persons in a bracket after families, one place of origin (OCHA, Burkina Faso)', () => {
    const text = 'OCHA Burkina Faso: Flash Update\nAbout 140 families (910 people) from Bourzanga and Guibare have sought refuge in Kaya since Monday.';
    expect(facts(text).map((f) => [f.category, f.value])).toContainEqual(['displaced', 910]);
  });
});

describe('civilians who enter a town do not take it', () => {
  it('counted civilians entering a town give no capture (CCCM, Mozambique; UNHCR, Mali)', () => {
    const moz = 'CCCM Cluster update\nAccording to the DTM, already 260 households (990 individuals) from Nairoto and Ntele entered Montepuez town.';
    expect(facts(moz).filter((f) => f.category === 'entered')).toEqual([]);
    const mali = 'UNHCR Mali: Emergency Update\nOver the weekend, about 2,000 people entered Ménaka from surrounding villages, local authorities said.';
    expect(facts(mali).filter((f) => f.category === 'entered')).toEqual([]);
  });

  it('an armed side entering a town still does (DR Congo, Sudan)', () => {
    const drc = 'M23 rebels entered Sake on Tuesday, residents said.';
    expect(facts(drc).map((f) => [f.category, f.places])).toContainEqual(['entered', ['Sake']]);
    const sudan = 'About 300 RSF fighters entered Um Rawaba on Friday.';
    expect(facts(sudan).map((f) => f.category)).toContain('entered');
  });
});
