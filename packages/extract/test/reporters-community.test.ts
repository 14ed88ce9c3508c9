/**
 * Who said it, issue 9: wire copy from places without officials on the spot credits elders and villagers ("...,
 * elders said."), as it credits residents. Sentences written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { SourceMemory } from '../src/attribution.ts';

const reporters = (s: string) => new SourceMemory('').read(s);

describe('elders and villagers as sources', () => {
  it.each([
    ['wire, Mali', 'Jihadist fighters on Sunday took the town of Boni after a brief gunfight that killed four soldiers, elders said.', 'elders'],
    ['outlet, Yemen', 'Tribal elders said 14 fighters died when Houthi forces stormed the district centre of Harib.', 'Tribal elders'],
    ['wire, Myanmar', 'At least nine people were killed when aircraft bombed a monastery near Kani, villagers said on Friday.', 'villagers'],
    ['outlet, Ethiopia', 'A village elder told reporters that 200 families had fled toward Mekelle.', 'village elder'],
  ])('%s: %s', (_genre, s, who) => expect(reporters(s)).toContain(who));

  it('an elder who is a victim is no source', () => {
    expect(reporters('Gunmen killed two elders near Bunia on Monday.')).toEqual([]);
  });
});
