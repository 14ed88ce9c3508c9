/**
 * A copy of an encyclopedia keeps its reference marks, sometimes between a figure and its noun ("15[3][4] civilians
 * dead" in an infobox): the marks are no words of the phrase, and the noun after them is the figure's. Sentences
 * written for the rule, in two wars and two genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.group, f.value]);

describe('reference marks between a figure and its noun', () => {
  it.each([
    ['encyclopedic, Libya (infobox)', 'Casualties and losses\n22[4][5] civilians killed\n', 'killed', 'civilians', 22],
    ['encyclopedic, Yemen (lead)', 'By the end of the month 40[12] soldiers had been killed near Marib.', 'killed', 'government_forces', 40],
    ['assessment, Ukraine (one mark)', 'Shelling of the town left 9[2] civilians wounded on 4 May.', 'injured', 'civilians', 9],
  ])('%s: the noun after the marks is counted', (_genre, text, category, group, count) => {
    expect(facts(text)).toEqual([[category, group, count]]);
  });
});
