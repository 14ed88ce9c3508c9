/**
 * A figure of a list sharing another figure's noun and verb, with its own time phrase right after it ("312 deaths in
 * June, 208 in July and 95 in August"), is dated by that phrase, not by the one nearest the shared words
 * (index.ts, figuresOwnTime). Sentences written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const times = (text: string) => extract(text).map(brief).map((f) => [f.value, f.time]);

describe('a list member dated by its own time phrase', () => {
  it.each([
    ['Sudan tracker', 'The tracker recorded 312 deaths in Darfur in June, 208 in July and 95 in August.', [[312, 'in June'], [208, 'in July'], [95, 'in August']]],
    ['Ukraine mission', 'The mission counted 1,120 deaths in March 2022, 840 deaths in April, and 586 in May.', [[1120, 'in March 2022'], [840, 'in April'], [586, 'in May']]],
    ['Myanmar monitor', 'The group documented 64 deaths in Sagaing in June, 81 in July and 40 in August.', [[64, 'in June'], [81, 'in July'], [40, 'in August']]],
  ])('%s', (_genre, text, want) => {
    expect(times(text)).toEqual(want);
  });

  it('a member without a time phrase of its own keeps the shared one', () => {
    expect(times('Shelling killed 9 people in Gaza City on Sunday and 4 in Rafah.')).toEqual([[9, 'on Sunday'], [4, 'on Sunday']]);
  });
});
