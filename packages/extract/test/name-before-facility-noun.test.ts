/**
 * A name before a noun of buildings, sites or ways (data/facility-nouns.csv) is part of a place's proper name ("the
 * Assad Hospital", "Bashar al-Assad Square"), so the actor alias inside it names no actor; the same alias elsewhere
 * still does. Sentences written for the rule, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from '../src/data.ts';
import { actorMentions } from '../src/actors.ts';
import { facilityNext } from '../src/thing-nouns.ts';
import { brief, extract } from './helpers.ts';

const actors = (text: string) => extract(text).filter((f) => f.kind === 'casualty').map((f) => brief(f).actor);

describe('a name inside a place name is no actor', () => {
  it.each([
    ['ministry statement, Syria (hospital)', 'The Assad Hospital in Latakia was shelled, killing four patients, the health ministry said.'],
    ['wire, Syria (square)', 'The Assad Square bombing killed 8 people in Tartus on Friday.'],
    ['news, Yemen (stadium)', 'Houthi Stadium shelling killed 5 civilians in Saada.'],
  ])('%s', (_genre, text) => {
    expect(actors(text)).toEqual(['']);
  });

  it.each([
    ['the Assad Hospital in Damascus', 'Assad'],
    ['Bashar al-Assad Square in Homs', 'Bashar al-Assad'],
    ['near the Assad Dam', 'Assad'],
    ['at the Al Assad Stadium', 'Assad'],
  ])('"%s" holds no mention of %s', (words) => {
    expect(actorMentions(words)).toEqual([]);
  });

  it('leaves the alias an actor before other words (Syria, Yemen)', () => {
    expect(actorMentions('Assad forces shelled the town').map((h) => h.text)).toEqual(['Assad forces']);
    expect(actorMentions('the Houthis said they shelled the stadium').map((h) => h.text)).toEqual(['Houthis']);
    expect(actors('Assad forces shelled Ariha on Monday, killing 6 civilians.')).toEqual(['Assad forces']);
  });

  it.each([
    ['wire, Nigeria', 'Gunmen torched two police stations in Zamfara and killed three officers.'],
    ['news, Sudan', 'Drones hit two army hospitals in Omdurman, killing 9 patients.'],
  ])('%s: a side\'s facility is the target, not the perpetrator', (_genre, text) => {
    expect(actors(text)).toHaveLength(1);
    expect(actors(text)[0]).not.toMatch(/police|army/i);
  });

  it('reads the facility noun as a whole word in any case', () => {
    expect(facilityNext(' hospital in Deir ez-Zor')).toBe(true);
    expect(facilityNext(' Street, Qamishli')).toBe(true);
    expect(facilityNext(' hospitality')).toBe(false);
    expect(facilityNext(' forces')).toBe(false);
  });

  it('every row of the table names its noun in its example', () => {
    for (const r of parseRegistry(readDataFile('facility-nouns.csv'), 'facility-nouns.csv', ['noun', 'example'])) {
      expect(r.example!.toLowerCase().split(/[^\p{L}]+/u), r.noun).toContain(r.noun!.toLowerCase());
    }
  });
});
