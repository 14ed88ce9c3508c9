import { it } from 'vitest';
import { findQuantities } from '../src/numbers.ts';
import { isNotACount } from '../src/filters.ts';
import { figureDrafts } from '../src/figures.ts';
it('d', () => {
  for (const s of ['Airwars assessed the incident as "Fair", with 8-13 civilians reportedly killed.', 'Between 8 and 13 civilians were reportedly killed.', 'Local sources said 8-13 civilians were killed.', 'Some 8–13 civilians were killed.']) {
    console.log('Q', s, JSON.stringify(findQuantities(s).map((q) => [q.phrase, q.value, q.modifier, isNotACount(s, q)])), figureDrafts(s, []).drafts.length);
  }
});
