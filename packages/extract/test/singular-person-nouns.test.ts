/**
 * One person named by a singular noun with an article: "A villager was killed", "an inhabitant was wounded", "a
 * citizen was killed" count one, as "a farmer" and "a resident" do (data/person-nouns.csv). Sentences written for the
 * rule, in several wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

describe('a singular noun of persons counts one', () => {
  it.each([
    ['Myanmar', 'A female villager in Pale Township was killed in another airstrike on Tuesday.', 'killed'],
    ['Ukraine', 'An inhabitant of Nikopol was wounded by shrapnel on Sunday.', 'injured'],
    ['Yemen', 'A citizen was killed by sniper fire in the old market of Taiz on Friday.', 'killed'],
    ['Nigeria', 'A villager was shot dead by bandits in Maru on Monday.', 'killed'],
  ])('%s', (_war, text, category) => {
    const facts = extract(text).map(brief);
    expect(facts).toEqual([expect.objectContaining({ category, value: 1 })]);
  });
});
