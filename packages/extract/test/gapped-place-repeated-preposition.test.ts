/**
 * A gapped list by place whose verb ends in a preposition the later conjuncts repeat (issue 9, h-mon2): "Helmand
 * accounted for 52 of the fatalities, Kandahar for 30 and Uruzgan for 11". "accounted for" is a verb by which a place
 * records figures (data/place-record-verbs.csv); "for" before a later conjunct's figure is passed over. Sentences
 * written for the rule (monitor, wire; Afghanistan, Ukraine); none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.places]);

describe('a gapped list by place repeating its verb\'s preposition', () => {
  it('fatalities by province (monitor, Afghanistan)', () => {
    expect(facts('Helmand accounted for 52 of the fatalities, Kandahar for 30 and Uruzgan for 11.')).toEqual([
      ['killed', 52, ['Helmand']], ['killed', 30, ['Kandahar']], ['killed', 11, ['Uruzgan']],
    ]);
  });

  it('deaths by oblast, two conjuncts (wire, Ukraine)', () => {
    expect(facts('Donetsk accounted for 310 of the deaths and Kharkiv for 95.')).toEqual([
      ['killed', 310, ['Donetsk']], ['killed', 95, ['Kharkiv']],
    ]);
  });

  it('a later clause with "for" and no figure is no conjunct (monitor, Afghanistan)', () => {
    expect(facts('Helmand accounted for 52 of the fatalities, while Kandahar for its part saw fighting.')).toEqual([
      ['killed', 52, ['Helmand']],
    ]);
  });
});
