/**
 * "They said" after speakers who told an outlet (round 48): "Two local officials in Boga told AFP ... They said 36
 * bodies had been found": the plural pronoun is the people who spoke, not the outlet they spoke to ("it" may still be
 * an outlet or a body). Two-sentence snippets written for this file, several genres and wars.
 */
import { describe } from 'vitest';
import { CATEGORIES } from '@frontline/schema';
import { probe, type Probe } from './probe.ts';

const CASUALTIES = [...CATEGORIES.casualty];

const THEY: Probe[] = [
  ['wire', 'DR Congo', 'Two local officials in Boga told AFP the assailants had attacked a camp. They said 36 bodies had been found so far.', [
    { category: 'killed', value: 36, reporters: ['local officials'] },
  ]],
  ['wire', 'Nigeria', 'Local officials told Reuters the gunmen had stormed the market. They said 14 traders were killed.', [
    { category: 'killed', value: 14, reporters: ['Local officials'] },
  ]],
  ['wire', 'Ukraine', 'Rescue workers told the Associated Press that the missile hit a school. They said 11 children were killed.', [
    { category: 'killed', value: 11, reporters: ['Rescue workers'] },
  ]],
  // "It" is no person: after a monitor speaking, it is the monitor.
  ['monitor', 'Syria', 'The Observatory said fighting raged near Saraqeb. It said 22 soldiers were killed.', [
    { category: 'killed', value: 22, reporters: ['Observatory'] },
  ]],
];

describe('"they" after speakers and an outlet', () => { for (const p of THEY) probe(CASUALTIES, p); });
