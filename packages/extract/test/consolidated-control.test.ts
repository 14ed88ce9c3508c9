/**
 * "X has consolidated control of Y after Z withdrew": the clause gives the cause of a change of hands, so Y is X's
 * capture. "X has consolidated control of Y" alone strengthens a control X held already: no change is told.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (text: string) => extract(text).map(brief).filter((b) => b.category === 'captured');

describe('consolidated control', () => {
  it('after the other side withdrew is a capture (assessment, DRC)', () => {
    const got = captures('By 30 January, M23 had consolidated control of Bukavu after the army withdrew.');
    expect(got.map((b) => [b.places, b.actor])).toEqual([[['Bukavu'], 'M23']]);
  });

  it('after the other side pulled out is a capture (wire, Ukraine)', () => {
    const got = captures('Russian forces have consolidated their control of Soledar after Ukrainian troops pulled out on 25 January.');
    expect(got.map((b) => [b.places, b.actor])).toEqual([[['Soledar'], 'Russian forces']]);
  });

  it('with no change told is none (monitor, Somalia; encyclopedic, Afghanistan)', () => {
    expect(captures('Al-Shabaab has consolidated control of Jilib, the UN said in its monthly report.')).toEqual([]);
    expect(captures('The Taliban have consolidated their control of Musa Qala since 2008.')).toEqual([]);
  });
});
