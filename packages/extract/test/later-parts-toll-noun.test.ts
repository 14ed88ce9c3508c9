/**
 * A toll's breakdown led by the toll's own noun in the next sentence: "Of the total death toll, 700 were children",
 * "Of the injury toll, 11 were children" (later-parts.ts): the parts are of the toll just stated, in its category, as
 * after "Of the dead,". Sentences written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.group, f.value]);

describe('"Of the (death) toll, N were <group>" after a toll', () => {
  it.each([
    ['wire, Gaza', 'At least 2,100 Palestinians have been killed in Gaza since Saturday, the health ministry said. Of the total death toll, 700 were children and 450 were women, a ministry spokesman told reporters.', [['killed', 'children', 700], ['killed', 'women', 450]]],
    ['situation report, Sudan', 'Clashes in El Fasher killed 85 civilians last week, the update said. Of the toll, 19 were children.', [['killed', 'children', 19]]],
    ['wire, Ukraine', 'Russian strikes on Kharkiv injured 64 people on Sunday, officials said. Of the injury toll, 11 were children, the governor said.', [['injured', 'children', 11]]],
    ['monitor toll, Yemen', 'The monitor recorded 310 deaths in Taiz during May. Of the total toll, 42 were women.', [['killed', 'women', 42]]],
  ])('%s', (_genre, text, parts) => {
    const found = facts(text);
    for (const part of parts) expect(found).toContainEqual(part);
    expect(found).toHaveLength(parts.length + 1);
  });

  it('a share with no count is no part (wire, Myanmar)', () => {
    expect(facts('Air strikes on Sagaing killed 28 villagers on Tuesday. Of the death toll, most were students, local media said.')).toEqual([['killed', 'civilians', 28]]);
  });
});
