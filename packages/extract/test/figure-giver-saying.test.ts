/**
 * A source giving a figure, then saying it (round 48): "A US-based rights group put the toll higher, saying it
 * confirmed 967 fatalities": the subject of a figure-giving clause ("put", "gave", attribution-words.csv
 * `figure_giving`) is who says the figures after "saying" (`clause_participle`), as it is after "reporting". Written
 * for this file in several genres and wars; a lone "saying" after a clause of no figure-giving verb is left to the
 * stance rule.
 */
import { describe } from 'vitest';
import { CATEGORIES } from '@frontline/schema';
import { probe, type Probe } from './probe.ts';

const CASUALTIES = [...CATEGORIES.casualty];

const GIVING: Probe[] = [
  ['wire', 'Iran', 'A London-based rights group put the toll higher, saying it had verified 412 deaths.', [
    { category: 'killed', value: 412, reporters: ['rights group'] },
  ]],
  ['monitor', 'Syria', 'The Observatory gave a lower toll, saying 30 fighters had been killed near Saraqeb.', [
    { category: 'killed', value: 30, reporters: ['Observatory'] },
  ]],
  ['regional', 'Sudan', 'Hospital officials put the number of wounded at more than 200, saying many were children.', [
    { category: 'injured', value: 200, reporters: ['Hospital officials'] },
  ]],
  ['wire', 'Gaza', 'The health ministry issued a new toll on Sunday, saying 43 people were killed in Jabalia overnight.', [
    { category: 'killed', value: 43, reporters: ['health ministry'] },
  ]],
];

describe('a figure giver saying its figures', () => { for (const p of GIVING) probe(CASUALTIES, p); });
