/**
 * "(23,015 as of April 24)": a figure in a bracket with its own "as of" day is the count an earlier update gave, not
 * the report's own date (published.ts, datesBracketedFigure). Texts written for the rule, several wars and monitors.
 */
import { describe, expect, it } from 'vitest';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) => inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('an earlier count in a bracket', () => {
  it.each([
    ['Ukraine', 'Civilian toll update\n\nCivilian deaths from 24 February 2022 to 10 June 2023 reached 9,100 (8,990 as of June 3).'],
    ['Sudan', 'Casualty bulletin\n\nThe doctors counted 1,840 dead between 15 April and 2 August 2023 (up from 1,702 as of July 28).'],
    ['Myanmar', 'Weekly tally\n\nFrom 1 February 2021 to 14 March 2022 the group verified 1,620 deaths (1,598 as at 7 March).'],
  ])('%s: its day does not date the report', (_war, text) => {
    const got = publishedOf(text);
    expect(got.published_evidence).not.toMatch(/dates itself/);
    // the report comes out no earlier than the last day its own figures reach
    const lastDay = { Ukraine: '2023-06-10', Sudan: '2023-08-02', Myanmar: '2022-03-14' }[_war as 'Ukraine']!;
    expect(got.published_earliest === '' || got.published_earliest >= lastDay).toBe(true);
    expect(got.published_earliest < '2024-01-01').toBe(true);
  });

  it('a bracket that numbers the issue still dates the report', () => {
    const got = publishedOf('Flash update\n\n(Flash Update No. 5 as of 12 March 2024) Shelling hit two villages in Rafah.');
    expect(got.published_earliest).toBe('2024-03-12');
  });

  it('a bracket with no figure before "as of" still dates the report', () => {
    const got = publishedOf('Displacement overview (as of 9 May)\n\nClashes in Ituri on 2 May 2022 forced 4,000 people to flee.');
    expect(got.published_earliest).toBe('2022-05-09');
  });
});
