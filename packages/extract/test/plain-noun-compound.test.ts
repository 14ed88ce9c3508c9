/**
 * A plain noun of persons (one that says only "people" or "civilians": citizen, villager, resident) right before
 * another noun of persons is that compound's modifier, so the last noun heads the phrase and gives the group ("187
 * citizen women" counts women). A noun that says who they are keeps the head ("women farmers" are women). Sentences
 * written for the rule, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const groups = (text: string) => extract(text).map(brief).map((f) => [f.category, f.group]);

describe('a plain noun of persons before another is its modifier', () => {
  it.each([
    ['monitor, Syria', 'The network documented the deaths of 64 civilians, among them 12 children and 9 citizen women.', ['killed', 'women']],
    ['outlet, Myanmar', 'Forty villager children were wounded when the junta shelled the school in Tabayin on Monday.', ['injured', 'children']],
    ['sitrep, Sudan', 'Some 30 resident women were injured in the attack on the market in Tawila, local volunteers said.', ['injured', 'women']],
  ])('%s: the last noun gives the group', (_genre, text, fact) => {
    expect(groups(text)).toContainEqual(fact);
  });

  it('a plain noun alone keeps its group (Yemen)', () => {
    expect(groups('A citizen was killed by sniper fire in the old market of Taiz.')).toEqual([['killed', 'civilians']]);
  });

  it('a displacement adjective after the noun is no compound (Sudan)', () => {
    expect(extract('About 1,000 residents displaced by the fighting arrived in Kosti.').map(brief).map((f) => f.category)).toEqual(['displaced']);
  });
});
