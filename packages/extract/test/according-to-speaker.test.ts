/**
 * "According to Karimi, 20 more militants were captured": a name standing alone after "according to" is who gives the
 * figure, never where it happened, so it neither places a fact nor becomes ground "captured". A place that qualifies
 * the source ("according to Kunduz police") still locates it. Sentences written for the rule, several wars.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/places.ts';
import { brief, extract } from './helpers.ts';

describe('a name alone after "according to"', () => {
  it.each([
    ['According to Karimi, 20 more militants were captured during the operations.', 'Karimi'],
    ['According to Mahamat Ali, 14 gunmen were seized near the border.', 'Mahamat Ali'],
    ['Shelling killed six civilians on Monday, according to Hamdan.', 'Hamdan'],
    ['According to Lwin, the junta troops killed 11 villagers.', 'Lwin'],
  ])('%s', (text, name) => {
    expect(findPlaces(text).map((p) => p.text)).not.toContain(name);
    const facts = extract(text).map(brief);
    expect(facts.filter((f) => f.category === 'captured')).toEqual([]);
    for (const f of facts) expect(f.places).not.toContain(name);
  });

  it.each([
    ['According to Kunduz police, 20 militants were killed.', 'Kunduz'],
    ['Nine soldiers died near Avdiivka, according to Ukrainian officials.', 'Avdiivka'],
    ['Rebels moved to Kalehe, according to residents.', 'Kalehe'],
  ])('a place still: %s', (text, name) => {
    expect(findPlaces(text).map((p) => p.text)).toContain(name);
  });

  it('persons taken are no ground taken, while the towns beside them are', () => {
    const facts = extract('According to Hassan, 30 fighters were captured and troops retook Jilib.').map(brief);
    const taken = facts.filter((f) => f.category === 'captured');
    expect(taken.map((f) => f.places)).toEqual([['Jilib']]);
  });
});
