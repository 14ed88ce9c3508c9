/**
 * "Five other people died", "three more soldiers were killed", "six others died": a word after the figure says the
 * count is another, as "another five" before it does, so a second mention of the same figure, place and day is a
 * second fact, not the first one restated (index.ts `sameFact`, ADDED_AFTER). "more than" is a comparison, no
 * addition. Every sentence is written for this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (text: string) => extract(text).map((f) => { const b = brief(f); return [b.category, b.value]; });

describe('"other", "more", "additional" after a figure count again', () => {
  it.each([
    ['wire, Ukraine', 'City officials said four people were killed on Friday when a shell hit a bus stop in Donetsk. Four other people died Friday in shelling in the west of Donetsk.', 4],
    ['outlet, DRC', 'Three soldiers were killed in Beni on Monday, the army said. Three more soldiers died of their wounds in Beni on Monday.', 3],
    ['monitor, Yemen', 'Two civilians were killed by sniper fire in Taiz on Sunday. Two additional civilians were killed by a landmine in Taiz on Sunday.', 2],
    ['wire, Libya', 'Six people died on Tuesday in clashes in Tripoli. Six others died in Tripoli on Tuesday when a rocket hit a house.', 6],
  ])('%s', (_genre, text, n) => {
    expect(counts(text).filter(([c, v]) => c === 'killed' && v === n)).toHaveLength(2);
  });

  it('the same figure restated without such a word stays one fact', () => {
    const text = 'Five people were killed in an air strike on Idlib on Saturday. The Observatory said five people were killed in Idlib on Saturday.';
    expect(counts(text).filter(([c, v]) => c === 'killed' && v === 5)).toHaveLength(1);
  });

  it('"more than" after a figure is a comparison, not an addition', () => {
    const text = 'Twelve soldiers were killed near Gao on Monday. Twelve, more than the army first said, were killed near Gao on Monday.';
    expect(counts(text).filter(([c, v]) => c === 'killed' && v === 12)).toHaveLength(1);
  });
});
