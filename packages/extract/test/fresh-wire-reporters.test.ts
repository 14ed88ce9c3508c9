/**
 * Who said it in wire copy (issue 9, fresh wire texts): "X told AFP ..." names a speaker and the outlet he spoke to;
 * "he said" in the next sentence is the speaker, never the agency ("he" is no news agency), while "it said" may still
 * be an outlet. Every sentence is written for this file, in several wars; none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { SourceMemory } from '../src/attribution.ts';

/** Reporters of each sentence, read in order by one memory, as extract reads an article. */
function each(sentences: string[], author = ''): string[][] {
  const memory = new SourceMemory(author);
  return sentences.map((s) => memory.read(s));
}

describe('"he said" after a speaker who told an outlet is the speaker', () => {
  it.each([
    ['wire, Syria', ['The head of the monitor, Rami Abdel Rahman, told AFP that clashes raged near Busra al-Harir.', '"Four fighters were killed at a checkpoint," he said.']],
    ['wire, Iraq', ['A police officer told Reuters that gunmen attacked a checkpoint in Tarmiyah.', 'Six policemen were killed in the attack, he said.']],
    ['wire, Mali', ['A local councillor told AFP by telephone that jihadists raided the market in Boulkessi.', 'At least 7 traders were killed, she added.']],
    ['wire, Nigeria', ['A local vigilante leader told AP that insurgents stormed the village at dawn.', 'He said 15 residents were killed.']],
  ])('%s', (_genre, sentences) => {
    const [first, second] = each(sentences);
    expect(first!.length).toBe(2); // the speaker and the outlet
    expect(second).toEqual([first![0]]);
  });
});

describe('a pronoun that may stand for an outlet still does', () => {
  it.each([
    ['wire, Syria', ['State news agency SANA reported that troops entered the village of Kafr Nabudah.', 'Three soldiers were killed in the fighting, it said.'], 'SANA'],
    ['wire, Yemen', ['The Houthi-run Saba news agency reported an air strike on a market in Saada.', 'It said 12 people were killed.'], 'Saba'],
  ])('%s', (_genre, sentences, outlet) => {
    const [, second] = each(sentences);
    expect(second!.join(' ')).toContain(outlet);
  });
});
