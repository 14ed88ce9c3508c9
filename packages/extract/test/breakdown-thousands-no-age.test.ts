/**
 * A breakdown's thousands are no ages (issue 9, monitors' tolls): in "(1,793 men, 1,208 women, ...)" the ", 1," after
 * "men" opens the next part's thousands-grouped figure; read as a bare age it made the men children and added them
 * to the girls and boys. A bare age between commas is whole only when no digit follows its closing comma. Every
 * sentence is written for this file, in several genres and wars; none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief);

describe('a thousands-grouped part after a noun of persons', () => {
  it.each([
    ['UN update, Ukraine', 'In total, the mission recorded 3,402 civilians killed (1,311 men, 1,015 women, 88 girls and 95 boys).', 183],
    ['monitor, Sudan', 'In Darfur the network counted a total of 2,950 killed (1,204 men, 1,130 women, 210 girls and 188 boys) in May.', 398],
    ['ministry toll, Gaza', 'The ministry said 9,100 people were killed (2,640 men, 2,210 women, 1,900 girls and 2,350 boys).', 4250],
  ])('the men stay out of the children (%s)', (_genre, text, children) => {
    const found = facts(text).filter((f) => f.category === 'killed' && f.group === 'children');
    expect(found.map((f) => f.value)).toEqual([children]);
  });

  it('a bare age between commas still makes a child', () => {
    const found = facts('A boy, 9, was killed by sniper fire in Taiz on Sunday, local medics said.');
    expect(found.map((f) => [f.category, f.group, f.value])).toContainEqual(['killed', 'children', 1]);
  });
});
