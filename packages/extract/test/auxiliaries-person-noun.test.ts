/**
 * "Auxiliaries" count persons whose side their modifiers or complement name ("army auxiliaries", "auxiliaries of
 * the army"), as "paramilitaries" do; a list that joins them to soldiers keeps both members. Sentences written for
 * this file, from several wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const counts = (text: string) => extract(text).filter((f) => f.kind === 'casualty').map((f) => [f.category, f.quantity?.value, f.group]);

describe('auxiliaries as a person noun', () => {
  it('wire, Burkina Faso: a list of soldiers and auxiliaries of the army', () => {
    expect(counts('Eleven soldiers and twenty auxiliaries of the army were killed in an attack near Djibo, the army said on Friday.')).toEqual([
      ['killed', 11, 'government_forces'],
      ['killed', 20, 'government_forces'],
    ]);
  });

  it('outlet, Mali: army auxiliaries wounded', () => {
    expect(counts('Four army auxiliaries were wounded when their convoy was ambushed near Ansongo, a local official said.')).toEqual([['injured', 4, 'government_forces']]);
  });

  it('situation report, Niger: auxiliaries with no side named are people', () => {
    expect(counts('Six auxiliaries were killed when gunmen attacked the post in Tillaberi region on 3 May.')).toEqual([['killed', 6, 'people']]);
  });
});
