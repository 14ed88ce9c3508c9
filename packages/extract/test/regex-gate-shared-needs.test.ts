/**
 * Needs the gate shares among patterns (src/regex-gate.ts `sharedNeed`): a need asked of a sentence by one pattern is
 * not looked for again in it by another pattern with the same need, and its kept answer is for that sentence only,
 * in that case only. Sentences and patterns written for this test, in several wars and kinds of text.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mayMatch } from '../src/regex-gate.ts';

/** Two patterns with one need ("killed" or "wounded"), each with another need of its own. */
const TOLL_BY_SHELLING = /\b(?:killed|wounded)\b[^.]*\bshelling\b/gi;
const TOLL_IN_STRIKE = /\b(?:killed|wounded)\s+in\s+(?:an?\s+)?(?:air\s*)?strike\b/gi;

afterEach(() => vi.restoreAllMocks());

describe('a need shared by two patterns', () => {
  it('is looked for once in a sentence, not again for the second pattern', () => {
    const s = 'Two aid workers were killed in an airstrike on a convoy near Mekelle after a night of shelling, the bureau said.';
    expect(mayMatch(TOLL_BY_SHELLING, s)).toBe(true);
    const looks = vi.spyOn(String.prototype, 'includes');
    expect(mayMatch(TOLL_IN_STRIKE, s)).toBe(true);
    const lookedFor = looks.mock.calls.map((c) => c[0]);
    // "strike" is this pattern's own need; "killed" was found for the pattern before.
    expect(lookedFor).toContain('strike');
    expect(lookedFor).not.toContain('killed');
  });

  it('answers each sentence anew, in the order the finders ask', () => {
    const sentences = [
      'Shelling of Kharkiv overnight wounded nine people, the regional governor said on Telegram.',
      'OCHA said 14,000 people fled Kalehe territory in North Kivu last week.',
      'Three fighters of the AA were killed in a strike on their camp near Paletwa, a local outlet reported.',
      'The monitor said the toll from the shelling of Marib had not changed since Sunday.',
    ];
    const asked = [...sentences, ...sentences.slice().reverse()].flatMap((s) =>
      [TOLL_BY_SHELLING, TOLL_IN_STRIKE].map((re) => [mayMatch(re, s), re.test(s)] as const));
    for (const [gate, matches] of asked) if (matches) expect(gate).toBe(true);
    // Shelling with a toll (first), a strike's toll (third), shelling without one (fourth): skipped where nothing matches.
    expect(asked.slice(0, 8).map(([gate]) => gate)).toEqual([true, false, false, false, false, true, false, false]);
  });

  it('keeps the answers of a cased need apart from those of the same words read caselessly', () => {
    const s = 'Troops may withdraw from Sittwe before the rains, a UN situation report warned.';
    expect(mayMatch(/\bmay\b/gi, s)).toBe(true);
    expect(mayMatch(/\bMay\b/g, s)).toBe(false);
    const dated = 'Clashes in El Fasher on 4 May killed 19 people, the Sudan Doctors Network said.';
    expect(mayMatch(/\bMay\b/g, dated)).toBe(true);
    expect(mayMatch(/\bmay\b/gi, dated)).toBe(true);
  });
});
