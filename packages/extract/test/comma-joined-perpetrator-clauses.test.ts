/**
 * A toll broken down by perpetrator in clauses joined by commas ("Daesh killed 30, HTS killed 9"): each clause's own
 * subject is the actor of its figure, not the first subject of the sentence (actors.ts, listedClause). Sentences
 * written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const actors = (text: string) => extract(text).map(brief).map((f) => [f.value, f.actor]);

describe('comma-joined clauses of a toll by perpetrator', () => {
  it.each([
    ['Syria monitor', 'In March, government forces killed 40 civilians, Russian forces killed 12 and the SDF killed 5.', [[40, 'government forces'], [12, 'Russian forces'], [5, 'SDF']]],
    ['Syria, in a bracket', 'Extremist groups killed 25 people (ISIS killed 16, HTS killed 9).', [[25, ''], [16, 'ISIS'], [9, 'HTS']]],
    ['Sudan tracker', 'The RSF killed 61 villagers, the army killed 14 in air raids.', [[61, 'RSF'], [14, 'the army']]],
    ['Myanmar monitor', 'The junta killed 48 civilians, the Arakan Army killed 3.', [[48, 'junta'], [3, 'Arakan Army']]],
  ])('%s', (_genre, text, want) => {
    expect(actors(text)).toEqual(want);
  });

  it('an appositive between commas is no clause of its own', () => {
    expect(actors('The army, backed by Russian warplanes, killed 20 fighters.')).toEqual([[20, 'army']]);
  });
});
