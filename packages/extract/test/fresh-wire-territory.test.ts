/**
 * A day between a capture verb and its object (issue 9, fresh wire texts): AP and EFE copy writes "took control
 * Wednesday of X", "seized on Sunday the village of X", "regained control Friday over X". The day is the capture's time,
 * not part of the object. Every sentence is written for this file, in several wars; none comes from the fresh texts or
 * the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

/** [category, places, time phrase] of every territory fact of a sentence. */
const captures = (s: string) => extract(s).filter((f) => f.kind === 'territory').map((f) => { const b = brief(f); return [b.category, b.places, b.time]; });

describe('a day between the capture verb and its object', () => {
  it.each([
    ['wire, Syria', 'Syrian troops took control Tuesday of Qusair, a town near the Lebanese border, state media said.', 'Qusair'],
    ['wire, Ukraine', 'Russian forces seized on Sunday the village of Pisky, the Russian defence ministry said.', 'Pisky'],
    ['wire, Iraq', 'Iraqi forces regained control Friday over Rutba, a town in western Anbar, officials said.', 'Rutba'],
    ['wire, Sudan', 'The RSF took over yesterday the town of Singa, the capital of Sennar state, residents said.', 'Singa'],
  ])('%s', (_genre, s, place) => {
    const got = captures(s);
    expect(got.length, JSON.stringify(got)).toBe(1);
    expect(got[0]![1]).toEqual([place]);
    expect(got[0]![2]).toMatch(/Tuesday|Sunday|Friday|yesterday/);
  });

  it('a day before a counted object still counts no place (Syria)', () => {
    const got = captures('Government forces captured on Monday 40 fighters near Hama, the army said.');
    expect(got.flatMap((f) => f[1] as string[])).not.toContain('Hama');
  });
});
