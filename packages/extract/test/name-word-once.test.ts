/**
 * Speed (issues 9 and 12), same answers: `nameRuns` (places.ts) asks whether a word may be part of a name once for
 * each word of the text; it asked up to three times (the word itself, the run's last word again at its end, and the
 * next word after a lower-case article). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { isNameWord, nameRuns } from '../src/places.ts';

/** The runs of `text` and how many times the name-word test was asked for them. */
function counted(text: string): { runs: string[]; asked: number } {
  let asked = 0;
  const runs = nameRuns(text, (w) => (asked++, isNameWord(w))).map((r) => r.text);
  return { runs, asked };
}

const words = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-‐]*/gu)!.length;

describe('a word asked about once', () => {
  it.each([
    ['wire', 'Militia fighters entered Wadi Fuqra and Tell Semmar on Friday, residents said.', ['Militia', 'Wadi Fuqra', 'Tell Semmar']],
    ['sitrep', 'Some 2,300 families fled from Bir al Hamra towards Kafr Dalla in Idlib Governorate.', ['Bir al Hamra', 'Kafr Dalla', 'Idlib']],
    ['monitor', 'Shelling near ar Rawda killed four in Zomba’s Mwanza district, the monitor said.', ['Shelling', 'ar Rawda', 'Zomba', 'Mwanza']],
  ])('%s: one question a word, the same runs', (_genre, text, runs) => {
    const result = counted(text);
    expect(result.asked).toBe(words(text));
    expect(result.runs).toEqual(runs);
  });
});
