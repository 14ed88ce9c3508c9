/**
 * An apposition between hyphens typed with spaces, as a dash is typed in copied pages and timelines ("At least 50
 * people - mainly women and children - are killed"): the count stays the verb's subject, as with a real dash or
 * commas (frame-finder.ts, `pastInsert`). A hyphen inside a word ("women-headed", "pro-government") is no dash.
 * Sentences written for this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (text: string) => extract(text).map((f) => { const b = brief(f); return [b.category, b.value]; });

describe('a count, an apposition between spaced hyphens, then its verb', () => {
  it.each([
    ['timeline, Syria', 'At least 50 people - mainly women and children - were killed when barrel bombs hit the market in Douma.', ['killed', 50]],
    ['encyclopedic, Yemen', 'Around 30 people - mostly young men - were killed in the air strike on a prison in Saada.', ['killed', 30]],
    ['outlet, Nigeria', 'About 120 villagers - including the village head - have fled to Maiduguri after the attack.', ['displaced', 120]],
    ['wire, Somalia', 'Nine soldiers - all from the same unit - were wounded by the roadside bomb near Afgooye.', ['injured', 9]],
  ])('%s', (_genre, text, want) => {
    expect(counts(text)).toContainEqual(want);
  });

  it('gives the same counts as the comma version (Myanmar)', () => {
    const hyphens = counts('At least 17 villagers - mostly elderly people - were killed when the army shelled Kani.');
    const commas = counts('At least 17 villagers, mostly elderly people, were killed when the army shelled Kani.');
    expect(hyphens).toEqual(commas);
  });
});
