/**
 * A noun of fighters with the side it belongs to after "of" ("the Turkmen militias of the SNA entered Afrin", "tribal
 * fighters of the RSF stormed X"): the side is who acted, not the generic noun before it (in Syria a bare "militias"
 * reads as the government's auxiliaries). Without "of" the noun is still the subject as written.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const actorOf = (text: string) => extract(text).map(brief).map((f) => [f.category, f.actor]);

describe('a noun of fighters followed by "of" and its side', () => {
  it('takes the side after "of the" (encyclopedic, Syria)', () => {
    expect(actorOf('On 4 February 2018 the Arab militias of the SNA entered the town of Rajo.')).toEqual([['entered', 'SNA']]);
  });

  it('takes the side after "of the" (wire, Sudan)', () => {
    expect(actorOf('Arab tribal militias of the RSF stormed the town of Um Rawaba on 3 June 2024.')).toEqual([['entered', 'RSF']]);
  });

  it('takes the side after "of the" (narrative, Ukraine)', () => {
    expect(actorOf('Local militias of the Wagner Group captured Soledar on 10 January 2023.')).toEqual([['captured', 'Wagner Group']]);
  });

  it('takes the side after a bare "of" (outlet, Somalia)', () => {
    expect(actorOf('The Somali militias of Al-Shabaab seized the town of Bardhere on 5 June 2015.')).toEqual([['captured', 'Al-Shabaab']]);
  });

  it('keeps the noun when no side follows it (Syria)', () => {
    expect(actorOf('Turkmen militias captured the village of Jindires.')).toEqual([['captured', 'Turkmen militias']]);
  });
});
