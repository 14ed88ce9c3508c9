/**
 * A month or year a paragraph runs through, met in a fresh encyclopedic page (Ukraine): "Through June, the fighting
 * was confined to artillery duels. One soldier was killed during these battles." The month dates the paragraph's
 * figures, as "during June" does; "from March through June" stays a range's end, not a month of its own. Sentences
 * written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const timing = (text: string) =>
  extract(text).map((f) => brief(f)).filter((b) => b.value !== null).map((b) => [b.value, b.time, b.context.at(-1) ?? '']);

describe('"Through June", "Throughout much of July", "for most of 2023" date a narrative\'s paragraph', () => {
  it('an encyclopedic page (Ukraine): the month opens the paragraph, the figure follows', () => {
    expect(timing('Russian troops attacked the town on 16 May 2022. Through June, fighting was confined to artillery duels. One soldier was killed in these battles.'))
      .toEqual([[1, '', 'Through June']]);
  });

  it('an encyclopedic page (Sudan): "Throughout much of July"', () => {
    expect(timing('The RSF entered El Fasher on 3 June 2024. Throughout much of July, shelling hit the market. Twelve civilians were killed in the shelling.'))
      .toEqual([[12, '', 'Throughout much of July']]);
  });

  it('a monitor\'s review (Myanmar): "For most of 2023" in the sentence itself', () => {
    expect(timing('For most of 2023, air strikes killed 30 civilians a month in Sagaing Region, the group said.')[0]?.[1]).toBe('For most of 2023');
  });

  it('"through" inside a range is not a month of its own (Yemen)', () => {
    const got = timing('Between March through June 2019, fighting around Hodeidah displaced 4,000 families.');
    expect(got.map((g) => g[1])).not.toContain('through June 2019');
  });
});
