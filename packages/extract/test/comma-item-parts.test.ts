/**
 * A table item's breakdown set off by a comma instead of a bracket (issue 9, h-mon2): "Civilians: 1,204, including 312
 * children" under a toll's title gives the item and its parts, each of the table's category with its own group, as
 * "Civilians: 1,204 (including 312 children)" does (bracketed-item-parts.test.ts). Sentences written for the rule
 * (monitor, situation report; Syria, Yemen, Nigeria); none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.group]);

describe("a table item's parts after a comma", () => {
  it('civilians killed with children among them (monitor, Syria)', () => {
    expect(facts('Death toll in April:\nCivilians: 930, including 207 children\nTotal killed: 2,115')).toEqual([
      ['killed', 930, 'civilians'], ['killed', 207, 'children'], ['killed', 2115, 'people'],
    ]);
  });

  it('two parts, "among them" (situation report, Yemen)', () => {
    expect(facts('Death toll in the second quarter:\nCivilians: 318, among them 74 children and 41 women')).toEqual([
      ['killed', 318, 'civilians'], ['killed', 74, 'children'], ['killed', 41, 'women'],
    ]);
  });

  it('two parts with a full stop (monitor, Nigeria)', () => {
    expect(facts('Death toll in May:\nCivilians: 146, including 38 children and 12 women.')).toEqual([
      ['killed', 146, 'civilians'], ['killed', 38, 'children'], ['killed', 12, 'women'],
    ]);
  });
});
