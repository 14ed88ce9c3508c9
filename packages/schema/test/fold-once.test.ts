/**
 * Speed (issues 9 and 12), same answers: a name is folded (registries.ts `foldName`) once, however often it is asked
 * for; each fold is a Unicode normalisation, which the test counts. Names written for this test.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { foldName } from '../src/registries.ts';

afterEach(() => vi.restoreAllMocks());

/** How many times `String.prototype.normalize` runs while `work` does. */
function normalisations(work: () => void): number {
  const spy = vi.spyOn(String.prototype, 'normalize');
  work();
  const n = spy.mock.calls.length;
  spy.mockRestore();
  return n;
}

describe('a name folded once', () => {
  it('folds a name asked for three times once, with the same answer each time', () => {
    const name = 'Qaryat  al‑Ṣafṣāfa’s';
    const answers: string[] = [];
    expect(normalisations(() => { for (let k = 0; k < 3; k++) answers.push(foldName(name)); })).toBe(1);
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toBe("qaryat al-safsafa's");
  });

  it('folds each new name anew', () => {
    const names = ['Wadi Tumbel East', 'Kafr Ṭūnā', 'Nueva  Esperanza'];
    expect(normalisations(() => names.forEach((n) => foldName(n)))).toBe(3);
    expect(names.map(foldName)).toEqual(['wadi tumbel east', 'kafr tuna', 'nueva esperanza']);
  });

  it('folds typographic apostrophes, dashes and spaces as before', () => {
    expect(foldName('  Bani\tWalid – Mizdah ')).toBe('bani walid - mizdah');
    expect(foldName('N’Djamena')).toBe(foldName("N'Djamena"));
  });
});
