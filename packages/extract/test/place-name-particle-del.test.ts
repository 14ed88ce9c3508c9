/**
 * A place name joined by the Spanish and Italian particle "del" ("Lanao del Sur", "Valle del Cauca", "Davao del
 * Norte") is one name, as one joined by "de" is: split, its last word may match another place ("Sur" is Tyre's Arabic
 * name). Sentences written for this file; none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const placesOf = (s: string) => extract(s).map(brief).flatMap((f) => f.places);

describe('a place name joined by "del"', () => {
  it.each([
    ['wire, Philippines', 'Troops found 11 bodies in a village of Lanao del Sur province on Tuesday, a military spokesman said.', 'Lanao del Sur'],
    ['news, Colombia', 'Dissidents killed seven soldiers in Valle del Cauca on Monday, the army said.', 'Valle del Cauca'],
    ['sitrep, Philippines', 'Clashes displaced 4,000 families in Davao del Norte, officials said.', 'Davao del Norte'],
  ])('%s', (_case, s, name) => {
    const found = placesOf(s);
    expect(found).toContain(name);
    expect(found).not.toContain('Sur');
    expect(found).not.toContain('Cauca');
  });
});
