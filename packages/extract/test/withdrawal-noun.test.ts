/**
 * "confirmed the withdrawal from X": a withdrawal told as done is the withdrawing side's loss of X, as "withdrew from
 * X" is; the side that told it is the reporter. A withdrawal ordered or demanded has not happened.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (text: string) => extract(text).map(brief).filter((b) => b.category === 'captured');

describe('a withdrawal named by its noun', () => {
  it('confirmed by an army is a change of hands (wire, Mali)', () => {
    const got = captures('The Malian army confirmed the withdrawal from Tessit on Thursday, a spokesman told Reuters.');
    expect(got.map((b) => [b.places, b.time])).toEqual([[['Tessit'], 'on Thursday']]);
  });

  it('announced with its troops is a change of hands (situation report, Somalia)', () => {
    const got = captures('On 14 March, AMISOM forces announced the withdrawal of their troops from Mahas district.');
    expect(got.map((b) => b.places)).toEqual([['Mahas']]);
  });

  it('ordered or demanded is none (outlet, Ukraine)', () => {
    expect(captures('On Monday the Ukrainian command ordered the withdrawal from Vuhledar.')).toEqual([]);
    expect(captures('Russian troops called for the withdrawal of Ukrainian units from Kurakhove.')).toEqual([]);
  });
});
