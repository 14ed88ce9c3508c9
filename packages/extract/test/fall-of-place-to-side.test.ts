/**
 * "the fall of X to Y": the side the place fell to, named right after it, took it, as "X fell to Y" says
 * (territory.ts, `fellTo`). Met in a fresh encyclopedic page (eastern Aleppo 2017), where the side of the sentences
 * before (the army) was given instead. Sentences written for this file, several wars and genres; a fall with no
 * "to" keeps the earlier reading.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const taken = (text: string) => extract(text).filter((f) => f.kind === 'territory' && f.category === 'captured');

describe('"the fall of X to Y": Y took X', () => {
  it.each([
    ['encyclopedic, Syria', 'On 25 February, following the fall of Al-Bab to Turkish-backed rebel forces, ISIL fighters left the area.', 'Al-Bab', 'Turkish-backed rebel forces'],
    ['wire, Iraq', 'After the fall of Mosul to ISIL in June 2014, the army regrouped in Samarra.', 'Mosul', 'ISIL'],
    ['outlet, DR Congo', 'Days after the fall of Sake to M23 rebels, columns headed towards Goma.', 'Sake', 'M23 rebels'],
    ['assessment, Myanmar', 'The fall of Lashio to the MNDAA on 3 August ended the junta\'s hold on the north.', 'Lashio', 'MNDAA'],
    ['encyclopedic, Sudan', 'The army withdrew to Sennar after the fall of Wad Madani to the RSF on 18 December.', 'Wad Madani', 'RSF'],
  ])('%s', (_case, text, place, side) => {
    const fact = taken(text).find((f) => f.place_mentions.some((p) => p.text === place));
    expect(fact?.actor_text).toContain(side);
  });

  it('a fall with no side after it names none from the sentence', () => {
    expect(taken('The RSF celebrated the fall of Wad Madani.').map((f) => f.actor_text)).toEqual(['']);
  });
});
