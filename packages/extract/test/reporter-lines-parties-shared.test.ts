/**
 * Who said it (issue 9), h-rep8: a credit line that is a sentence of its own ("(Source: UNHCR)" after the full stop,
 * "Sources: OCHA; WHO" under a paragraph) credits the figures of the sentence before, every name it lists; the
 * warring parties speaking together ("both sides said", "according to the two sides", reporting.csv `party`); a body
 * noun with no determiner before "and" shares the role noun after it ("military and local officials said", one
 * group); a name ending in "Monitor" (reporting.csv, `monitor` a body noun too) is kept whole. Sentences written for
 * this file, in several genres and wars; none taken from the seeds or the corpus.
 */
import { describe } from 'vitest';
import { CATEGORIES } from '@frontline/schema';
import { probe, type Probe } from './probe.ts';

const ALL = [...CATEGORIES.casualty, ...CATEGORIES.displacement, ...CATEGORIES.territory];

/** A credit line in a sentence of its own, after the figure's sentence or under its paragraph. */
const CREDIT_LINES: Probe[] = [
  ['sitrep', 'DR Congo', 'Nearly 3,200 people fled Kalehe territory last week.\n\n(Source: UNHCR)', [
    { category: 'displaced', value: 3200, reporters: ['UNHCR'] },
  ]],
  ['sitrep', 'Sudan', 'An estimated 7,400 people fled Kornoi in July. (Source: North Darfur Shelter Cluster)', [
    { category: 'displaced', value: 7400, reporters: ['North Darfur Shelter Cluster'] },
  ]],
  ['thinktank', 'Yemen', 'Around 640 families were displaced from Mocha in August.\nSources: Taiz Health Office; Aden Relief Network', [
    { category: 'displaced', value: 640, unit: 'families', reporters: ['Taiz Health Office', 'Aden Relief Network'] },
  ]],
  ['monitor', 'Myanmar', '27 civilians were killed in Magway Region in March. Sources: Magway Documentation Group; Myaing Youth Network.', [
    { category: 'killed', value: 27, reporters: ['Magway Documentation Group', 'Myaing Youth Network'] },
  ]],
  ['sitrep', 'Ethiopia', 'Some 2,100 households returned to Mekelle in May (Source: Tigray Returns Working Group; 3 June 2024).', [
    { category: 'returned', value: 2100, unit: 'households', reporters: ['Tigray Returns Working Group'] },
  ]],
];

/** The parties of a war speaking together. */
const PARTIES: Probe[] = [
  ['encyclopedic', 'Ukraine', 'According to both sides, 45 soldiers were killed in the battle for Vuhledar.', [
    { category: 'killed', value: 45, reporters: ['both sides'] },
  ]],
  ['wire', 'Ethiopia', 'At least 70 fighters were killed near Humera, both sides said.', [
    { category: 'killed', value: 70, reporters: ['both sides'] },
  ]],
  ['thinktank', 'Sudan', 'According to the two sides, some 120 fighters died in the clashes around Babanusa.', [
    { category: 'killed', value: 120, reporters: ['two sides'] },
  ]],
  ['regional', 'Yemen', 'The belligerents said 38 fighters were killed on the Marib front last week.', [
    { category: 'killed', value: 38, reporters: ['belligerents'] },
  ]],
];

/** A body noun with no determiner before "and": a modifier of the role noun after it, one group. */
const SHARED_HEADS: Probe[] = [
  ['wire', 'Mali', 'Some 18 soldiers were killed near Menaka, military and local officials said.', [
    { category: 'killed', value: 18, reporters: ['military and local officials'] },
  ]],
  ['regional', 'Yemen', 'According to military and medical sources, 9 soldiers were killed in Marib.', [
    { category: 'killed', value: 9, reporters: ['military and medical sources'] },
  ]],
  ['wire', 'DR Congo', 'Government and local officials said 30 civilians were killed in Djugu territory.', [
    { category: 'killed', value: 30, reporters: ['Government and local officials'] },
  ]],
  // With its determiner the body noun is a speaker of its own: two reporters, as before.
  ['wire', 'Burkina Faso', 'At least 14 gendarmes were killed near Djibo, the military and local officials said.', [
    { category: 'killed', value: 14, reporters: ['military', 'local officials'] },
  ]],
];

/** A name ending in "Monitor" is a body's name, not a role beside it. */
const MONITOR_NAMES: Probe[] = [
  ['monitor', 'Myanmar', 'The Sagaing Conflict Monitor said 14 villagers were killed in Kawlin township.', [
    { category: 'killed', value: 14, reporters: ['Sagaing Conflict Monitor'] },
  ]],
  ['encyclopedic', 'Sahel', 'According to the Liptako Violence Monitor, 53 civilians were killed in Seytenga.', [
    { category: 'killed', value: 53, reporters: ['Liptako Violence Monitor'] },
  ]],
];

const SETS: Record<string, Probe[]> = {
  'credit lines of their own': CREDIT_LINES,
  'the parties together': PARTIES,
  'a body noun sharing a role noun': SHARED_HEADS,
  'names ending in Monitor': MONITOR_NAMES,
};
for (const [name, probes] of Object.entries(SETS)) {
  describe(`reporters: ${name}`, () => {
    for (const p of probes) probe(ALL, p);
  });
}
