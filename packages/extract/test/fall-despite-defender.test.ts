/**
 * "The fall of X came despite strikes by the air force": the side named in the "despite" clause held the place, and
 * an agent there ("by the junta") is the defender's, not the taker's. Every sentence is written for the rule, in
 * several wars and genres; none comes from the seeds or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** The actor words of every territory fact naming `place`. */
const takersOf = (text: string, place: string) =>
  extract(text).filter((f) => f.kind === 'territory' && f.place_mentions.some((p) => p.text === place)).map((f) => f.actor_text);

describe('a fall that came despite the defender', () => {
  it.each([
    [
      'wire, Sudan',
      "Sudanese rebel forces captured the southern city of Kadugli on Monday. By Monday evening, Sudan's army admitted it had lost control of the city. The fall of Kadugli came despite air strikes carried out by the Sudanese air force, state media reported.",
      'Kadugli', ['Sudanese rebel forces'],
    ],
    [
      'outlet, Myanmar',
      'Myanmar resistance forces captured the town of Lashio on Saturday. The fall of Lashio came despite weeks of air strikes by the junta, residents said.',
      'Lashio', ['Myanmar resistance forces'],
    ],
    [
      'outlet, Syria',
      'Syrian rebels seized the town of Maarat al-Numan on Friday. The fall of Maarat al-Numan came in spite of shelling by government troops.',
      'Maarat al-Numan', ['Syrian rebels'],
    ],
  ])('%s: the taker, never the defender', (_genre, text, place, takers) => {
    const actors = takersOf(text, place);
    expect(actors.length).toBeGreaterThan(0);
    for (const a of actors) expect(takers).toContain(a);
  });

  it('an agent before "despite" is still the taker', () => {
    const text = 'The recapture of Kadugli by the army came despite fierce resistance from the rebels, officials said.';
    expect(takersOf(text, 'Kadugli')).toEqual(['the army']);
  });
});
