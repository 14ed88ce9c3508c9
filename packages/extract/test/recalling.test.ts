/**
 * Finders that keep their answers for the last few texts (text.ts `recalling`): figures and actor mentions are asked
 * for several times per sentence. A kept answer is the finder's own, and each caller gets a copy it may change.
 */
import { describe, expect, it } from 'vitest';
import { actorMentions } from '../src/actors.ts';
import { findQuantities } from '../src/numbers.ts';
import { forgetArticleTexts, recalling } from '../src/text.ts';

describe('recalling', () => {
  it('asks the finder once per recent text and again after the text has left the window', () => {
    const asked: string[] = [];
    const find = recalling((s: string) => (asked.push(s), [{ start: 0, end: s.length, text: s }]), 2);
    for (const s of ['a', 'b', 'a', 'c', 'a']) find(s);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
  it('keeps the answers of one article until the next article starts', () => {
    const asked: string[] = [];
    const find = recalling((s: string) => (asked.push(s), [{ start: 0, end: s.length, text: s }]), 4);
    // Written for this test: a monitor's lead read again after its other sentences, then a new article.
    const lead = 'The Syrian Observatory said 9 fighters were killed in Idlib.';
    const rest = ['Shelling hit Ariha overnight.', 'A UN agency said 400 families fled.'];
    for (const s of [lead, ...rest, lead]) find(s);
    expect(asked).toEqual([lead, ...rest]);
    forgetArticleTexts();
    find(lead);
    expect(asked).toEqual([lead, ...rest, lead]);
  });
  it('gives copies: a caller that changes its answer does not change the next', () => {
    const s = 'RSF fighters killed 14 civilians and wounded 30 near El Fasher, medics said.'; // written for this test
    const first = findQuantities(s);
    first[0]!.value = 999;
    first.pop();
    expect(findQuantities(s).map((q) => q.value)).toEqual([14, 30]);
    const hits = actorMentions(s);
    const texts = hits.map((h) => h.text);
    expect(texts.length).toBeGreaterThan(0);
    hits[0]!.text = 'changed';
    hits.length = 0;
    expect(actorMentions(s).map((h) => h.text)).toEqual(texts);
  });
});
