/**
 * A list of figures each closed by its source in brackets (listed-notes.ts, round 48): once one bracket cites a source
 * the registry knows, the list's other brackets after figures cite theirs, named in the registry or not. Written for
 * this file: infobox lines and a think tank's table line from several wars; brackets that name places or armed parties,
 * or stand in no list of sources, cite no one.
 */
import { describe } from 'vitest';
import { CATEGORIES } from '@frontline/schema';
import { probe, type Probe } from './probe.ts';

const CASUALTIES = [...CATEGORIES.casualty];

const LISTS: Probe[] = [
  ['encyclopedic', 'Chad', 'Casualties: 90+ killed & 450+ wounded (Red Cross), At least 60 killed and 300 wounded (MSF), 250+ killed (President Déby)', [
    { category: 'killed', value: 90, reporters: ['Red Cross'] },
    { category: 'injured', value: 450, reporters: ['Red Cross'] },
    { category: 'killed', value: 60, reporters: ['MSF'] },
    { category: 'injured', value: 300, reporters: ['MSF'] },
    { category: 'killed', value: 250, reporters: ['Déby'] },
  ]],
  ['encyclopedic', 'Syria', 'Civilian casualties: 1,200 killed (OCHA), 3,400 killed (Syrian Network for Human Rights), 900 wounded (Aleppo Media Center)', [
    { category: 'killed', value: 1200, reporters: ['OCHA'] },
    { category: 'killed', value: 3400, reporters: ['Syrian Network for Human Rights'] },
    { category: 'injured', value: 900, reporters: ['Aleppo Media Center'] },
  ]],
  ['thinktank', 'Ethiopia', 'Estimated deaths: 600 killed (Amnesty International), 1,100 killed (Ethiopian Human Rights Commission)', [
    { category: 'killed', value: 600, reporters: ['Amnesty International'] },
    { category: 'killed', value: 1100, reporters: ['Ethiopian Human Rights Commission'] },
  ]],
];

const NOT_SOURCES: Probe[] = [
  // No bracket of the line cites a known source: a place in brackets says where.
  ['encyclopedic', 'Mali', 'Casualties: 300 killed (Bamako), 120 wounded (Kidal)', [
    { category: 'killed', value: 300, reporters: [] },
    { category: 'injured', value: 120, reporters: [] },
  ]],
  // A person in brackets alone, with no list of sources, is who, not who counted.
  ['encyclopedic', 'Chad', 'Commanders: Mahamat Nouri (UFDD), 40 killed in the assault.', [
    { category: 'killed', value: 40, reporters: [] },
  ]],
];

describe('listed source notes: a list of sources', () => { for (const p of LISTS) probe(CASUALTIES, p); });
describe('listed source notes: no list', () => { for (const p of NOT_SOURCES) probe(CASUALTIES, p); });
