/**
 * "Federal forces suffered heavy losses: 134 killed and over 400 wounded", "Civilian casualties: 23 killed, 41 injured":
 * bare counts after a colon count the victims the lead names (colon-lead.ts). Sentences written for this file: a
 * Chechen narrative, a Ukrainian sitrep line, an Iraqi assessment, a Sudanese monitor.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const groups = (text: string) => extract(text).map(brief).map((f) => [f.category, f.group, f.value]);

describe('bare counts after a colon take the victims of its lead', () => {
  it.each([
    ['encyclopedic, Chechnya', 'Federal forces suffered heavy losses: 134 killed and over 400 wounded.',
      [['killed', 'government_forces', 134], ['injured', 'government_forces', 400]]],
    ['sitrep, Ukraine', 'Civilian casualties: 23 killed, 41 injured (as of 3 May).', [['killed', 'civilians', 23], ['injured', 'civilians', 41]]],
    ['assessment, Iraq', 'ISIL suffered severe losses: 300 killed.', [['killed', 'isis_fighters', 300]]],
    ['monitor, Sudan', 'Child casualties: 5 killed and 9 injured.', [['killed', 'children', 5], ['injured', 'children', 9]]],
  ])('%s', (_genre, text, expected) => {
    expect(groups(text)).toEqual(expected);
  });

  it.each([
    ['a lead whose subject inflicted the losses', 'The rebels inflicted heavy losses: 30 killed.', [['killed', 'people', 30]]],
    ['counts with their own nouns', 'Civilian casualties: 7 soldiers killed, 3 children injured.', [['killed', 'government_forces', 7], ['injured', 'children', 3]]],
  ])('no victims from the lead: %s', (_case, text, expected) => {
    expect(groups(text)).toEqual(expected);
  });
});
