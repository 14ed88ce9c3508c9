/**
 * "X claims N lives" is the death idiom, not X claiming something: X caused the deaths and reports nothing. A headline
 * writes it with the count and its hedge before "lives" ("Claims Nearly 300 Lives"). Sentences written for the rule,
 * in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const killed = (s: string) => extract(s).filter((f) => f.category === 'killed').map((f) => [brief(f).value, brief(f).reporters]);

describe('the subject of "claims N lives" is no reporter', () => {
  it.each([
    { genre: 'headline, Sudan', s: 'RSF Raid on Villages Near Um Ruwaba Claims Nearly 120 Lives', n: 120 },
    { genre: 'headline, Ukraine', s: 'Russian Missile Strike on Zaporizhzhia Claims 17 Lives', n: 17 },
    { genre: 'outlet, Myanmar', s: 'The junta air strike on Let Yet Kone claimed at least 11 more lives.', n: 11 },
    { genre: 'wire, Burkina Faso', s: 'JNIM Ambush Near Djibo Claims Over 40 Civilian Lives', n: 40 },
  ])('$genre: $s', ({ s, n }) => expect(killed(s)).toEqual([[n, []]]));

  it.each([
    ['wire, Yemen', 'The Houthis claimed 25 coalition soldiers were killed near Marib.', 25, 'Houthis'],
    ['outlet, Mali', 'The jihadists claimed that 12 soldiers died in the attack on Boulkessi.', 12, 'jihadists'],
  ])('a claim of a toll still names its reporter, %s: %s', (_genre, s, n, who) => {
    expect(killed(s).map(([v, r]) => [v, (r as string[]).some((x) => x.includes(who))])).toEqual([[n, true]]);
  });
});
