/**
 * Territory constructions met in fresh encyclopedic pages (a Libyan and two Iraqi campaigns), each tested on sentences
 * written for it in several genres and wars: "took place" takes no ground, and counted nationals freed from a prison
 * are people, not places.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const placesTaken = (text: string) =>
  extract(text).filter((f) => f.kind === 'territory').map((f) => f.place_mentions.map((p) => p.text));

describe('"take place", "take part", "take refuge" are no capture', () => {
  it.each([
    ['encyclopedic, Yemen', 'Heavy fighting took place west of Harib, some 40 km from the city.'],
    ['wire, Ethiopia', 'The clashes took place near Alamata on Tuesday, residents said.'],
    ['outlet, DR Congo', 'Militiamen took part in the attack on Kitshanga.'],
    ['sitrep, Mali', 'About 300 families took shelter in Menaka after the raid.'],
  ])('%s', (_genre, text) => {
    expect(placesTaken(text)).toEqual([]);
  });

  it('"took" with a place for object is still a capture', () => {
    expect(placesTaken('Houthi fighters took Harib on 21 September, ending a month of fighting.')).toEqual([['Harib']]);
    expect(placesTaken('Clashes took place in the morning; by noon the TDF took Alamata.')).toEqual([['Alamata']]);
  });
});

describe('counted nationals are people, not places', () => {
  it.each([
    ['encyclopedic, Libya', 'On 9 October, three Egyptians and two Tunisians were freed from a prison in Derna.', []],
    ['wire, Mali', 'Five Malians and a Nigerian were freed near Gao on Sunday, the army said.', []],
    ['outlet, Ethiopia', 'By 30 June, 40 people including 12 Eritreans had been freed in Shire.', []],
  ])('%s', (_genre, text, places) => {
    const taken = placesTaken(text).flat();
    for (const n of ['Egyptians', 'Tunisians', 'Malians', 'Nigerian', 'Eritreans']) expect(taken).not.toContain(n);
    expect(placesTaken(text).filter((p) => p.length)).toEqual(places);
  });

  it('a place list after a capture verb keeps its names', () => {
    expect(placesTaken('On 4 May, the army retook Tessalit and Aguelhok.')).toEqual([['Tessalit', 'Aguelhok']]);
  });
});

describe('a passive capture with an adverb of completion', () => {
  it.each([
    ['encyclopedic, Libya', 'By 3 June, the militia held a few houses. Derna was completely captured by LNA forces later that day.', 'Derna'],
    ['encyclopedic, Mali', 'Tessalit was eventually retaken by the army after a ten-day siege.', 'Tessalit'],
    ['wire, Sudan', 'El Geneina was entirely taken by the RSF on Saturday, witnesses said.', 'El Geneina'],
  ])('%s', (_genre, text, place) => {
    expect(placesTaken(text)).toEqual([[place]]);
  });
});
