/**
 * Speed (issues 9 and 12) without lost facts: the frame finder tags no sentence that lacks a figure (the number
 * grammar's, or one person: "a child") or a word that may start a frame (frames.ts `mayHoldFrame`, built from
 * frames.csv's lemmas and forms). Both gates come from the data the finder reads, so every example a row of the table
 * gives passes them: a verb or noun added with its example cannot be gated away. Sentences that hold neither, written
 * for this test (wire, situation report, monitor, encyclopedic), are spared.
 */
import { describe, expect, it } from 'vitest';
import { frames, mayHoldFrame } from '../src/frames.ts';
import { findQuantities } from '../src/numbers.ts';
import { sentenceSinglePersons } from '../src/single-person.ts';

const holdsFigure = (s: string) => findQuantities(s).length + sentenceSinglePersons(s).length > 0;
const examples = frames().flatMap((f) => f.examples.map((e) => [`${f.lemma} (${f.count_role}, ${f.pos})`, e] as const));

describe("the frame finder's gates", () => {
  it('read examples from every row of the table', () => {
    expect(examples.length).toBeGreaterThanOrEqual(frames().length);
  });

  it.each(examples)('%s: its example passes both gates: %s', (_row, example) => {
    expect(mayHoldFrame(example)).toBe(true);
    expect(holdsFigure(example)).toBe(true);
  });

  it.each([
    ['wire', 'The talks in Jeddah went on through Tuesday, diplomats said.'],
    ['situation report', 'Access to the eastern districts remains constrained by insecurity and poor roads.'],
    ['monitor', 'The Observatory urged all parties to respect international humanitarian law.'],
    ['encyclopedic', 'The town lies on the main road between the capital and the northern border.'],
  ])('%s: a sentence with neither is spared', (_genre, s) => {
    expect(mayHoldFrame(s) && holdsFigure(s)).toBe(false);
  });
});
