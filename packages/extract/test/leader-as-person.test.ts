/**
 * "a leader of the SDF", "two Taliban leaders": a leader is a person, as a commander is (person-nouns.csv), so a
 * leader wounded or killed is a figure; the side comes from the words around it. Sentences written for the rule,
 * in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const harm = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('a leader harmed', () => {
  it.each([
    ['outlet (Syria)', 'A leader of the local military council was wounded when gunmen opened fire on his car in Manbij on Sunday.', [['injured', 1]]],
    ['wire (Afghanistan)', 'Two Taliban leaders were killed in a drone strike in Kunar province on Monday, officials said.', [['killed', 2]]],
    ['outlet (DRC)', 'A local leader of the Mai-Mai militia was shot dead near Beni on Friday, residents said.', [['killed', 1]]],
    ['monitor (Iraq)', 'Three tribal leaders were killed by gunmen in Tarmiyah district, the observatory said.', [['killed', 3]]],
  ])('%s', (_genre, s, expected) => {
    expect(harm(s)).toEqual(expected);
  });

  it('a leader who speaks is no figure', () => {
    expect(harm('The leader of the SDF said the offensive would go on.')).toEqual([]);
  });
});
