/**
 * A toll stated by a verb of a fall (issue 9, monitors' tolls): "the number of fatalities decreased to 42, down from 52
 * in July" states the month's count as "rose to" states a total; since a running total never falls, the figure is the
 * count of its own period, not cumulative. Every sentence is written for this file, in several genres and wars; none
 * comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief);

describe('the number of ... fell to N', () => {
  it.each([
    ['monitor, Yemen', 'The number of civilian fatalities in Hudaydah decreased to 14 in October, down from 23 in September.', 'killed', 14],
    ['monitor, Syria', 'The number of civilian deaths declined to 61 in June, down from 92 in May, the network said.', 'killed', 61],
    ['UN update, Afghanistan', 'The number of civilians injured in Kandahar fell to 85 in the third quarter, UNAMA said.', 'injured', 85],
    ['monitor, Myanmar', 'Across Magway the number of people killed by air strikes dropped to 26 in July, the group reported.', 'killed', 26],
    ['UN update, Ukraine', 'In Kharkiv region the number of civilians killed dipped to 19 in April from 44 in March.', 'killed', 19],
  ])('%s', (_genre, text, category, value) => {
    const found = facts(text).filter((f) => f.category === category && f.value === value);
    expect(found.length).toBe(1);
    expect(found[0]!.cumulative).toBe(false);
  });
});
