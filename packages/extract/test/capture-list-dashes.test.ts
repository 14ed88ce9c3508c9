/**
 * A counted capture whose places are named between dashes ("seized two towns – A and B – in X") names the places
 * taken as ", including A and B" does (`LIST_OPENER` in src/places.ts). Sentences written for the rule: a Myanmar
 * outlet's report and a think-tank assessment of the Sudan war; none is taken from a corpus text.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const captured = (text: string) => extract(text).filter((f) => f.category === 'captured').flatMap((f) => f.place_mentions.map((p) => p.text));

describe('the places of a counted capture between dashes', () => {
  it('an outlet: an en dash pair', () => {
    const text = 'Resistance forces seized two towns – Kawlin and Pinlebu – in Sagaing Region on Sunday, local media reported.';
    expect(captured(text)).toEqual(expect.arrayContaining(['Kawlin', 'Pinlebu']));
  });

  it('an assessment: an em dash pair', () => {
    const text = 'The RSF likely seized two villages — Kuma and Mellit — north of El Fasher on June 3, CTP assesses.';
    expect(captured(text)).toEqual(expect.arrayContaining(['Kuma', 'Mellit']));
  });

  it('a dash after a noun that is no place names no place taken', () => {
    expect(captured('The army seized weapons – rifles bought in Kidal – during the raid on Tuesday.')).not.toContain('Kidal');
  });
});
