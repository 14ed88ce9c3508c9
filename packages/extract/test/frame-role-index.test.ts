/**
 * Speed (issues 9 and 12), same answers: `frameFor` reads the frames of the asked role and part of speech from an
 * index built once (frames.ts `framesByRole`), their lemmas cut once, instead of scanning every row and cutting each
 * lemma at every call. Its answers are the table scan's, in the table's order. Tokens written for this test.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { frameFor, frames } from '../src/frames.ts';
import type { CountRole, Frame } from '../src/frames.ts';

afterEach(() => vi.restoreAllMocks());

/** The plain reading of the table: every row of the role and part of speech whose words the token and what follows hold. */
function scanned(token: { lemma: string; text: string }, role: CountRole, pos: Frame['pos'], after: { lemma: string }[]): Frame[] {
  const written = token.text.toLowerCase();
  return frames().filter((f) => {
    if (f.count_role !== role || f.pos !== pos) return false;
    const [head, ...rest] = f.lemma.split(' ');
    const reach = (words: string[]) => {
      let at = 0;
      for (const w of words) {
        const found = after.slice(at, at + 3).findIndex((t) => t.lemma === w);
        if (found < 0) return false;
        at += found + 1;
      }
      return true;
    };
    return (head === token.lemma || f.forms.includes(written)) && reach(rest);
  });
}

describe('frameFor', () => {
  it('cuts no lemma when asked, once its index is built', () => {
    frameFor({ lemma: 'kill', text: 'killed' }, 'object', 'VERB');
    const cuts = vi.spyOn(String.prototype, 'split');
    for (const [lemma, text] of [['kill', 'killed'], ['displace', 'displaced'], ['flee', 'fled'], ['capture', 'captured']]) {
      frameFor({ lemma: lemma!, text: text! }, 'object', 'VERB');
      frameFor({ lemma: lemma!, text: text! }, 'subject', 'VERB');
    }
    expect(cuts).not.toHaveBeenCalled();
  });

  it("answers as the table's scan does, for every row's words, forms and collocations", () => {
    const roles: CountRole[] = ['subject', 'object', 'head', 'of', 'rise_to'];
    const afters = [[], [{ lemma: 'refuge' }], [{ lemma: 'serious' }, { lemma: 'injury' }], [{ lemma: 'fire' }]];
    let answered = 0;
    for (const f of frames()) {
      const [head] = f.lemma.split(' ');
      for (const token of [{ lemma: head!, text: head! }, ...f.forms.map((w) => ({ lemma: '', text: w.toUpperCase() }))]) {
        for (const role of roles) {
          for (const pos of ['VERB', 'NOUN'] as const) {
            for (const after of afters) {
              const found = frameFor(token, role, pos, after);
              expect(found).toEqual(scanned(token, role, pos, after));
              answered += found.length;
            }
          }
        }
      }
    }
    expect(answered).toBeGreaterThan(frames().length);
  });
});
