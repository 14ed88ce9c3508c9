/**
 * "imposed full control over X": a capture as Syrian state media, and the narratives that cite them, write it (fresh
 * encyclopedic texts, round ency13), read as "established control over X" is. "Fire control" (a range the guns
 * cover) and "imposed a curfew" take no ground. Sentences written for this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (text: string) => extract(text).map(brief).filter((f) => f.category === 'captured').map((f) => f.places);

describe('"imposed control over" a place is its capture', () => {
  it.each([
    ['Syria, encyclopedic', 'On 3 March, the army imposed full control over Jabal Antar and Tal Mahr.', ['Jabal Antar', 'Tal Mahr']],
    ['Syria, state media', 'Army units imposed control over the town of Kafr Nabudah on Sunday, SANA said.', ['Kafr Nabudah']],
    ['Yemen, outlet', 'The Giants Brigades imposed complete control over Usaylan district after three days of fighting.', ['Usaylan']],
  ])('%s', (_genre, text, places) => {
    expect(captures(text)).toEqual([places]);
  });

  it('fire control and a curfew take no ground', () => {
    expect(captures('Troops imposed fire control over the Deir Hafer road.')).toEqual([]);
    expect(captures('The RSF imposed a curfew over Nyala on Friday.')).toEqual([]);
  });
});
