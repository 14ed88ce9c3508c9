/**
 * A side that gives a place up to another (issue 9, fresh assessments): "surrendered control of the towns of A and B
 * to ISIS", "ceded X to Y", "handed over X to Y" say that Y took the places, as "lost X to Y" does. Not people who
 * surrender ("fighters surrendered to the army near X"), nor a refusal ("will never cede X to Y"). Every sentence is
 * written for this file, in several wars and genres; none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

/** [category, places, actor] of every territory fact of a text. */
const captures = (s: string) => extract(s).filter((f) => f.kind === 'territory').map((f) => { const b = brief(f); return [b.category, b.places, b.actor]; });

describe('a place given up to another side', () => {
  it.each([
    ['assessment, Syria', 'Ahrar al-Sham surrendered control of the towns of Saraqib and Binnish to Hayat Tahrir al-Sham on 20 July.', ['Saraqib', 'Binnish'], /Hayat Tahrir al-Sham/],
    ['wire, Mali', 'The retreating army ceded Kidal to the rebels on Friday, officials said.', ['Kidal'], /rebels/],
    ['assessment, Ukraine', 'Ukrainian forces ceded control of Soledar to Wagner fighters in January.', ['Soledar'], /Wagner/],
    ['outlet, Libya', 'Under the deal, the militia handed over the town of Gharyan to government forces last week.', ['Gharyan'], /government forces/],
    ['encyclopedic, Iraq', 'In June 2014 the army surrendered Tal Afar to the Islamic State after two days of fighting.', ['Tal Afar'], /Islamic State/],
  ])('%s', (_genre, s, places, actor) => {
    const got = captures(s);
    expect(got.length, JSON.stringify(got)).toBe(1);
    expect(got[0]![0]).toBe('captured');
    expect(got[0]![1]).toEqual(places);
    expect(got[0]![2]).toMatch(actor);
  });

  it.each([
    ['wire, Syria: people who surrender', 'Dozens of fighters surrendered to the army near Raqqa on Monday.'],
    ['outlet, Ukraine: a refusal', 'Kyiv will never cede Donetsk to Russia, the president said.'],
  ])('%s', (_genre, s) => {
    expect(captures(s)).toEqual([]);
  });
});
