/**
 * The casualty word tables run their own examples: every row of data/share-verbs.csv names, in the sentence after a
 * toll, the group of a part of it, and every row of data/person-nouns.csv makes its example a casualty fact of the row's group.
 */
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from '../src/data.ts';
import { parseShareVerbs, shareVerbs } from '../src/shares.ts';
import { extract } from './helpers.ts';

describe('share verbs table', () => {
  for (const v of shareVerbs()) {
    for (const example of v.examples) {
      it(`${v.words.join(' ')}: ${example}`, () => {
        const groups = extract(example).filter((f) => f.kind === 'casualty').map((f) => f.group);
        // The part's group is the subject of the verb of share, the first word of the example's second sentence.
        const named = /\.\s+(\w+)/.exec(example)![1]!.toLowerCase();
        expect(groups, example).toHaveLength(2);
        expect(groups[1], example).toBe(named);
      });
    }
  }
  it('rejects a row without examples, with its line', () => {
    expect(() => parseShareVerbs('phrase,examples,source\naccount for,,https://example.org/a\n')).toThrow(/line 2.*examples/);
  });
});

describe('person nouns table', () => {
  const rows = parseRegistry(readDataFile('person-nouns.csv'), 'person-nouns.csv', ['noun', 'group', 'example']);
  for (const r of rows) {
    it(`${r.noun} (${r.group}): ${r.example}`, () => {
      const got = extract(r.example!).filter((f) => f.kind === 'casualty');
      expect(got.length, JSON.stringify(got.map((f) => [f.category, f.group]))).toBeGreaterThan(0);
      // '?' nouns take their side from the words around them, else they are people; 'inherit' nouns ("12 others")
      // the group of the phrase before them. IDPs are people in the table, and civilians by the displaced rule (nouns.ts).
      const expected = r.noun === 'idps' ? 'civilians' : r.group;
      if (r.group !== '?' && r.group !== 'inherit') expect(got.map((f) => f.group)).toContain(expected);
    });
  }
});
