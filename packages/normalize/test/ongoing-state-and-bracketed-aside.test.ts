/**
 * Two forms of a report's covered period (issue 9). A day before the figure that starts a state the sentence says has
 * not ended ("The curfews declared in Kalvo on 2 March are still going on and 64 civilians were killed") starts the
 * figure's period, which runs to the report's day (context.ts `ongoingSince`, campaign.ts `stillGoingOn`, the words in
 * data/whole-campaign.csv role 'ongoing'). A date inside brackets closed before the figure, after words of the
 * bracket's own ("(lifted on 19 March)"), is an aside on another event and dates no figure outside it (extract's
 * time.ts `bracketedAside`). Texts written for this file.
 */
import { describe, expect, it } from 'vitest';
import { facts, on } from './dated-text.ts';

const periodOf = (text: string, category: string, value: number): [string, string] => {
  const got = facts(text).filter((f) => f.category === category && f.count_best === value);
  expect(got, JSON.stringify(facts(text).map((f) => [f.category, f.count_best, f.period_start, f.period_end]))).toHaveLength(1);
  return [got[0]!.period_start, got[0]!.period_end];
};

describe('a state the sentence says still goes on', () => {
  it('monitor (curfews): from the day it was declared to the report\'s day', () => {
    const text = on('2021-04-10', 'Curfew monitor\n\nThe blockade imposed on Tessaro on 6 March 2021 is still in force; at least 31 people have died.');
    expect(periodOf(text, 'killed', 31)).toEqual(['2021-03-06', '2021-04-10']);
  });

  it('situation report (siege): the day of the siege\'s start, not the lifting in brackets', () => {
    const text = on('2023-11-20', [
      'Flash Update No. 7',
      'The sieges of Marvell (lifted on 2 November 2023) and Oskaro, imposed on 18 October 2023, are still ongoing, and at least 212 people have been displaced.',
    ].join('\n\n'));
    expect(periodOf(text, 'displaced', 212)).toEqual(['2023-10-18', '2023-11-20']);
  });

  it('wire: a state said to go on only after the figure leaves the figure its day', () => {
    const text = on('2021-04-10', 'Curfew monitor\n\nOn 2 March 2021, 64 civilians were killed in Kalvo, where the curfew is still going on.');
    expect(periodOf(text, 'killed', 64)).toEqual(['2021-03-02', '2021-03-02']);
  });
});

describe('a dated aside in brackets before the figure', () => {
  it('outlet: the aside dates nothing; the figure takes the report\'s day', () => {
    const text = on('2024-06-12', [
      'Fighting spreads in the hills',
      'The checkpoints at Varna Hill (abandoned by the army on 28 May 2024) and Ostrel fell to the militia, and 17 soldiers were killed.',
    ].join('\n\n'));
    expect(periodOf(text, 'killed', 17)).toEqual(['2024-06-12', '2024-06-12']);
  });

  it('a bracket that is only the date still dates the figure after it', () => {
    const text = on('2024-06-12', 'Militia attack\n\nAn attack on the market of Ostrel (on 3 June 2024) killed 14 civilians.');
    expect(periodOf(text, 'killed', 14)).toEqual(['2024-06-03', '2024-06-03']);
  });

  it('monitor: the aside does not move the date the next sentence\'s figure takes', () => {
    const text = on('2021-04-10', [
      'Curfew monitor',
      'The curfew in Dorvan was declared on 5 March 2021 (and lifted in Kalvo on 22 March 2021, on its ninth day). At least 48 civilians were killed in Dorvan.',
    ].join('\n\n'));
    expect(periodOf(text, 'killed', 48)[1]).toBe('2021-03-05');
  });

  it('encyclopedic: "the next day" steps from the story\'s day, not from the aside\'s', () => {
    const text = [
      'Kesh offensive (2019)',
      'On 4 May 2019 the army entered Kesh (abandoned by the rebels on 9 May 2019, after a week of shelling). The next day, 30 fighters were killed near Kesh.',
    ].join('\n\n');
    expect(periodOf(text, 'killed', 30)[1]).toBe('2019-05-05');
  });
});
