/**
 * "recaptured the ISIL-held parts of X", "retook the RSF-controlled districts of Y": a side's name made a held-word
 * ("-held", "-controlled", "-occupied") qualifies the object as a lower-case word does ("the rebel-held parts of X");
 * the ground taken is in X, and the subject took it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const captures = (text: string) =>
  extract(text).filter((f) => f.kind === 'territory' && f.category === 'captured').map((f) => ({ places: f.place_mentions.map((p) => p.text), actor: f.actor_text }));

describe('a side-held object is ground taken in the place after it', () => {
  it.each([
    ['Syria, encyclopedic', 'After two more months of fighting, the Syrian Army recaptured the ISIL-held parts of Raqqa city by 20 October 2017.', 'Raqqa', 'Syrian Army'],
    ['Sudan, wire', 'On 26 March 2025, the army retook the RSF-controlled districts of Omdurman.', 'Omdurman', 'the army'],
    ['Ukraine, narrative', 'By mid-November, Ukrainian troops had liberated the Russian-occupied villages of Kherson Oblast.', 'Kherson', 'Ukrainian troops'],
  ])('%s', (_case, text, place, actor) => {
    expect(captures(text)).toEqual([{ places: [place], actor }]);
  });
});
