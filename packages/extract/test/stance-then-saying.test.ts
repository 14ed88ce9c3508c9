/**
 * "The ministry condemned the raid, saying 20 people were killed": a participle of saying after a clause whose verb
 * takes a stance (reporting.csv `stance`) quotes that clause's subject for the figures after it (attribution.ts,
 * STANCE_THEN_SAYING). Sentences written for this file: a Sudanese wire, a Pakistani outlet, a Gaza monitor line, a
 * Malian assessment.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reporters = (text: string) => extract(text).map(brief).map((f) => [f.value, f.reporters]);

describe('a stance, then "saying"', () => {
  it.each([
    ['wire, Sudan', 'Sudanese authorities condemned the attack, saying the RSF had killed 45 villagers.', 45, 'Sudanese authorities'],
    ['outlet, Pakistan', 'Pakistani officials denounced an "act of war", saying India had killed 31 people.', 31, 'Pakistani officials'],
    ['monitor, Gaza', 'The health ministry decried the strike on the school, saying 17 people died.', 17, 'health ministry'],
    ['assessment, Mali', 'The junta blamed JNIM for the ambush, claiming 20 soldiers were killed.', 20, 'junta'],
  ])('%s', (_genre, text, value, reporter) => {
    expect(reporters(text)).toContainEqual([value, [reporter]]);
  });

  it('a figure before the stance is not what the participle says (wire, Ukraine)', () => {
    const got = reporters('Twelve people were killed in Kharkiv on Monday; the mayor condemned the strike, saying the city would rebuild.');
    expect(got).toContainEqual([12, []]);
  });
});
