/**
 * A purpose infinitive parted from its governor by an aside between commas: "the offensive launched by the army,
 * backed by Russia, to recapture X" states an aim, no capture. The governor is the last word before the aside, so
 * "managed, after weeks of fighting, to capture X" and "advanced, backed by drones, to take X" stay captures.
 * Sentences are written for this file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (s: string) => extract(`Title\n\n${s}`).map(brief).filter((f) => f.category === 'captured').map((f) => f.places);

/** [war and genre, sentence, places captured]. */
const told = (war: string, sentence: string, places: string[][]) => ({ war, sentence, places });
const SENTENCES = [
  told('monitor, Syria', 'Most deaths came in March, during the offensive launched by government forces, backed by Russian jets, to recapture Douma.', []),
  told('outlet, Ukraine', 'The losses followed a push by Russian units, supported by artillery, to seize Avdiivka.', []),
  told('wire, Sudan', 'Fighting flared as the RSF, backed by allied militias, moved to take El Obeid.', []),
  told('narrative, Iraq', 'The army managed, after weeks of street fighting, to capture Tal Afar.', [['Tal Afar']]),
  told('narrative, Yemen', 'Houthi fighters advanced, backed by drones, to capture Harib.', [['Harib']]),
];

describe('a purpose infinitive after an aside', () => {
  for (const { war, sentence, places } of SENTENCES) {
    it(war, () => {
      expect(captures(sentence)).toEqual(places);
    });
  }
});
