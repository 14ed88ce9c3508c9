/**
 * Estimates one per source after a label (labelled-estimates.ts), and a breakdown in brackets that opens on a count
 * (frame-finder.ts `pastBreakdown`): sentences written for the rules, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.value, f.group, f.reporters]);

describe('a labelled estimate takes the harm of its paragraph, its heading or its own label', () => {
  it('fact sheet, Kenya: a toll, then one estimate per source in the same bullet', () => {
    const found = facts('  • At least 640 people killed in the riots (our own count). Army claim: 210; Hospital tally: 380. Rights monitor: 900.');
    expect(found).toContainEqual(['killed', 210, 'people', ['Army']]);
    expect(found).toContainEqual(['killed', 380, 'people', ['Hospital']]);
    expect(found).toContainEqual(['killed', 900, 'people', ['Rights monitor']]);
  });

  it('two sources giving the same figure are two facts (monitor, Burundi)', () => {
    const found = facts('  • Some 75 civilians were killed in the raids. Church estimate: 120. Rebel estimate: 120.');
    expect(found).toContainEqual(['killed', 120, 'civilians', ['Church']]);
    expect(found).toContainEqual(['killed', 120, 'civilians', ['Rebel']]);
  });

  it('situation report, Niger: a heading names the harm over lines of sources', () => {
    const found = facts('Deaths\n\nRegional health office: at least 95\n\nVillage chiefs\' count: 140\n\nThe convoy reached Tillaberi on Monday.');
    expect(found).toContainEqual(['killed', 95, 'people', ['Regional health office']]);
    expect(found).toContainEqual(['killed', 140, 'people', ["Village chiefs'"]]);
    expect(found).toHaveLength(2);
  });

  it('encyclopedic, Chechnya: a label that names the harm and, in brackets, its source', () => {
    expect(facts('Wounded (republic ministry estimate): 4,100')).toEqual([['injured', 4100, 'people', ['republic ministry']]]);
  });

  it('outlet, Colombia: a claim noun right before the figure, no colon', () => {
    const found = facts('  • Over 300 people displaced by the clashes in Tibu; municipal count 410.');
    expect(found).toContainEqual(['displaced', 410, '', ['municipal']]);
  });

  it('a label that names no source is no estimate (sitrep, Yemen; wire, Sudan)', () => {
    expect(facts('Killed in the strikes: 31 people. Date: 2019.')).toHaveLength(1);
    expect(facts('Casualties\n\nTown of Kosti: 45\n\nThe road was closed.')).toHaveLength(0);
  });

  it('a figure with its own noun after the label is read by the frames, once', () => {
    expect(facts('UN estimate: 2,050 deaths; Police estimate: 1,400 deaths.')).toHaveLength(2);
  });
});

describe('a breakdown in brackets that opens on a count', () => {
  it.each([
    ['monitor, Turkey', 'The centre says 240 civilians (52 children, 3 babies killed by shrapnel, 41 women, 19 people older than 65) were killed in the sieges.', ['killed', 240, 'civilians']],
    ['sitrep, Syria', 'Some 310 people (45 children, 2 pregnant women hit by mortar fire, 60 women and 12 men over 70) were wounded in Aleppo last month.', ['injured', 310, 'people']],
  ])('%s: the whole is read past its long breakdown', (_genre, text, whole) => {
    const found = extract(text).map(brief).map((f) => [f.category, f.value, f.group]);
    expect(found).toContainEqual(whole);
  });

  it('a bracket of one place is no breakdown (wire, South Sudan)', () => {
    const found = extract('At least 58 people (12 of them in Bentiu) were killed.').map(brief);
    expect(found.map((f) => f.value)).toEqual([58]);
  });
});
