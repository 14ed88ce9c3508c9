/**
 * A speaker named as a role of a body written out by its long name (issue 9, probe pages outside the corpus): "a member
 * of the X People's Defence Force resistance group told AP", "a spokesman for the Y Movement armed wing told AFP". The
 * name makes it one noun phrase past the eight words a phrase of common words may take, as a registry name does; a
 * short reduced relative after it ("fighting against army rule") is kept with it. "He said" in the next sentence is
 * that speaker, not the outlet told. Every sentence is written for this file, in several wars and genres; none comes
 * from a probe page or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { SourceMemory } from '../src/attribution.ts';

function each(sentences: string[]): string[][] {
  const memory = new SourceMemory('');
  return sentences.map((s) => memory.read(s));
}

describe('a role of a body with a long name is the speaker, and "he said" is that speaker', () => {
  it.each([
    ['wire, Myanmar', ["A member of the Kale Township People's Defence Force resistance group told Reuters that jets struck the monastery at dawn.", 'He said nine villagers were killed and 14 wounded.'], 'Kale Township', 'Reuters'],
    ['wire, Sudan', ["A spokesman for the Sudan People's Liberation Movement-North al-Hilu armed wing told AFP that drones hit the market in Kadugli.", 'He said 11 traders were killed.'], 'Liberation Movement', 'AFP'],
    ['AP, DRC', ['A commander of the Cooperative for the Development of Congo militia told The Associated Press that the camp near Djugu was attacked overnight.', 'He said 23 displaced people were killed.'], 'Development of Congo', 'Associated Press'],
    ['regional outlet, Sahel', ['A spokesman for the Coordination of Azawad Movements rebel alliance told the local radio station that drones struck a wedding near Kidal.', 'He said 8 civilians were killed.'], 'Azawad Movements', ''],
    ['wire, Ethiopia', ['A member of the Fano Amhara Popular Force resistance group operating in Gojjam told Reuters that troops shelled the town of Debre Markos.', 'She said 15 residents were killed.'], 'Fano Amhara', 'Reuters'],
  ])('%s', (_genre, sentences, name, outlet) => {
    const [first, second] = each(sentences);
    const speaker = first!.find((r) => r.includes(name));
    expect(speaker).toBeDefined();
    if (outlet) expect(first!.join(' | ')).toContain(outlet);
    expect(second).toEqual([speaker]);
  });
});

describe('a long phrase that is a clause stays no reporter', () => {
  it.each([
    ['wire, Syria', 'Fighters of the army who were deployed near the Turkish border in Idlib told Reuters that 6 soldiers were killed.', 'who were'],
    ['wire, Yemen', 'A member of the rebels that seized the port of Hodeidah last year told AFP that 4 fighters were killed.', 'seized'],
  ])('%s', (_genre, sentence, clause) => {
    const [first] = each([sentence]);
    expect(first!.join(' | ')).not.toContain(clause);
  });
});
