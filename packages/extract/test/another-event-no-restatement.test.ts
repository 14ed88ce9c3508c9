/**
 * A figure whose sentence tells of another event ("in another attack", "in a separate strike", "in a second raid") is
 * no restatement of an earlier figure with the same count and category: both are facts (index.ts sameFact). A retelling
 * that names no other event still folds into the first. Sentences written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (text: string, category: string) => extract(text).map(brief).filter((f) => f.category === category).map((f) => f.value);

describe('another event, the same count', () => {
  it.each([
    ['wire, Ukraine', 'Two men were injured in overnight shelling, the governor said. He also said two people had been wounded in another attack on the district.', 'injured', [2, 2]],
    ['situation report, Sudan', 'Armed men killed four civilians in the camp, partners reported. Four civilians died in a separate attack on the market, according to local sources.', 'killed', [4, 4]],
    ['monitor toll, Syria', 'The Observatory said 6 fighters were killed in the clashes. Later on Sunday, 6 fighters were killed in a second ambush, it said.', 'killed', [6, 6]],
    ['regional outlet, Myanmar', 'Junta troops wounded three villagers on Friday, residents said. Three villagers were also wounded in a different raid, a local official said.', 'injured', [3, 3]],
  ])('%s', (_genre, text, category, values) => {
    expect(counts(text, category)).toEqual(values);
  });

  it('a retelling of the same event stays one fact (wire, Sudan)', () => {
    expect(counts('RSF shelling killed five people in El Obeid on Monday, medics said. The medics said five people died in the shelling.', 'killed')).toEqual([5]);
  });
});
