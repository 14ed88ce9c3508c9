/**
 * A side named by an adjective or a name on the attack that is the subject of a casualty verb is the actor (issue 9):
 * "Russian shelling killed", "a Turkish air strike killed". The adjective is read through the actors registry (its
 * forces' spelling) or a pack country's demonym, no list in code. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const actors = (s: string) => extract(s).map(brief).filter((f) => f.category === 'killed').map((f) => f.actor);

describe('the side before the attack noun is the actor', () => {
  it.each([
    ['wire, Ukraine: a demonym on shelling', 'Russian shelling killed seven people in Kherson on Sunday, the governor said.', 'Russian'],
    ['outlet, Syria: a demonym on an air strike', 'A Turkish air strike killed four people near Qamishli, the SDF said.', 'Turkish'],
    ['situation report, Ethiopia: a pack demonym with no registry entry', 'An Eritrean artillery attack killed nine civilians in Zalambessa.', 'Eritrean'],
    ['monitor, Sudan: a group\'s name on drone attacks', 'RSF drone attacks killed 12 civilians in El Fasher on Friday.', 'RSF'],
  ])('%s', (_case, text, side) => {
    const found = actors(text);
    expect(found.length).toBe(1);
    expect(found[0]).toContain(side);
  });

  it('an adjective that names no side leaves no actor (Ukraine, Yemen)', () => {
    expect(actors('Heavy shelling killed five people in Kharkiv.')).toEqual(['']);
    expect(actors('Overnight air strikes killed 11 people in Saada.')).toEqual(['']);
  });
});
