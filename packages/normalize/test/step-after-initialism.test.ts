/**
 * "Militants shelled the port on Wednesday, a day after a U.S. airstrike killed 14 fighters": the "after" clause names
 * an earlier event, and a figure inside it is that event's, a day before the main clause's day (normalize's ownStep).
 * An initialism written with dots ("U.S.", "U.N.") inside the clause used to end extract's time phrase at its first
 * dot ("a day after a U"), which left the figure outside the clause and dated it a day after instead (date-r50, a
 * probe of wire copy). Every text is written for this file (other wars, places and figures than any corpus text).
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const INSIDE: Case[] = [
  // Published Thursday 2021-03-18: "on Wednesday" is 2021-03-17; the airstrike a day before, 2021-03-16.
  ['wire (Somalia): "a day after a U.S. airstrike killed 14"',
    on('2021-03-18', 'MOGADISHU (Reuters) - Militants shelled the port of Kismayo on Wednesday, a day after a U.S. airstrike ' +
      'killed 14 fighters near Jilib, regional officials said.'),
    'killed', 14, ['2021-03-16', '2021-03-16']],
  // Published Wednesday 2019-11-06: "on Tuesday" is 2019-11-05; two days before, 2019-11-03.
  ['outlet (Mali): "two days after a U.N. convoy was ambushed" and its figure',
    on('2019-11-06', 'Soldiers repelled an attack on a base near Menaka on Tuesday, two days after a U.N. convoy was ambushed ' +
      'and 3 peacekeepers were killed on the road to Gao.'),
    'killed', 3, ['2019-11-03', '2019-11-03']],
  // Published Saturday 2023-02-11: "on Friday" is 2023-02-10; the week before, 2023-02-03.
  ['monitor (Syria): "a week after U.S.-led coalition strikes killed 9"',
    on('2023-02-11', 'Turkish drones struck a checkpoint outside Qamishli on Friday, a week after U.S.-led coalition strikes ' +
      'killed 9 militants in the desert south of Hasakah, the monitor said.'),
    'killed', 9, ['2023-02-03', '2023-02-03']],
];

const OUTSIDE: Case[] = [
  // The main clause's own figure keeps its own day: the initialism inside the step does not pull it back.
  ['wire (Somalia): the main clause\'s figure before the step stays on its day',
    on('2021-03-18', 'MOGADISHU (Reuters) - Militants killed 6 soldiers in Kismayo on Wednesday, a day after U.N. envoys ' +
      'arrived in the city, regional officials said.'),
    'killed', 6, ['2021-03-17', '2021-03-17']],
];

describe('an initialism inside an "N days after" clause does not end it', () => {
  it.each([...INSIDE, ...OUTSIDE])('%s', (_name, text, category, value, period) =>
    expect(periodOf(text, category, value)).toEqual(period));
});
