/**
 * A fronted cause that names its fighting bare, after a list of who fought ("Following raids by gunmen and renewed
 * clashes in Malakal which erupted on 3 May, 9,000 people have fled"): the figure is a running total from the
 * fighting's start to the report's day, as "due to the conflict that erupted on 15 April" is (time.ts,
 * CAMPAIGN_THAT_STARTED). Sentences written for the rule, in two wars and two genres.
 */
import { describe, expect, it } from 'vitest';
import { facts, on, periodOf, type Case } from './dated-text.ts';

const RUNNING: Case[] = [
  ['flash update, South Sudan: "Following raids ... and renewed clashes in Malakal which erupted on 3 May"',
    on('2024-05-12', 'Following raids by armed youth and renewed clashes in Malakal which erupted on 3 May, 9,000 people have fled to the protection site.'),
    'displaced', 9000, ['2024-05-03', '2024-05-12']],
  ['outlet, Burkina Faso: "Following ambushes by jihadist fighters and attacks in Djibo that began on 21 November"',
    on('2023-12-02', 'Following ambushes by jihadist fighters and attacks in Djibo that began on 21 November, more than 40 civilians have been killed, local officials said.'),
    'killed', 40, ['2023-11-21', '2023-12-02']],
];

describe('a fronted cause naming its fighting bare and its start opens a running total', () => {
  it.each(RUNNING)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('is cumulative and keeps the start verb as its time phrase', () => {
    const f = facts(RUNNING[0]![1]).find((x) => x.category === 'displaced')!;
    expect([f.time_phrase, f.cumulative]).toEqual(['erupted on 3 May', true]);
  });

  it('a weekday still dates a bout, not a running total', () => {
    const text = on('2024-05-12', 'Following raids by armed youth and renewed clashes in Malakal which erupted on Friday, 9,000 people fled to the protection site.');
    expect(periodOf(text, 'displaced', 9000)).toEqual(['2024-05-10', '2024-05-10']);
  });
});
