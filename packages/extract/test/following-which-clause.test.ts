/**
 * "ISIL launched a failed counter-attack following which the army took X": "following which" opens a clause with a
 * subject of its own, as "after which" does, so the capture is not credited to the side that attacked before it
 * (fresh encyclopedic texts, round ency13). Sentences written for this file, in several wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const takers = (text: string) => extract(text).map(brief).filter((f) => f.category === 'captured').map((f) => [f.places, f.actor]);

describe('"following which" opens a clause with its own subject', () => {
  const sentences = {
    Syria: ['ISIL launched a failed counter-attack on 4 March, following which the SAA stormed and captured Jabal Antar.', 'Jabal Antar', 'SAA'],
    Libya: ['The LNA shelled Gharyan for a week, following which GNA forces retook Al-Asabaa.', 'Al-Asabaa', 'GNA forces'],
    DRC: ['The army bombed rebel positions, following which M23 rebels seized Rubaya.', 'Rubaya', 'M23 rebels'],
  } as const;
  for (const [war, [text, place, actor]] of Object.entries(sentences)) {
    it(war, () => expect(takers(text)).toEqual([[[place], actor]]));
  }

  it('"following" before a noun still leaves the capture to the main clause\'s subject', () => {
    expect(takers('The army captured Tal Mahr following clashes with ISIL.')).toEqual([[['Tal Mahr'], 'army']]);
  });
});
