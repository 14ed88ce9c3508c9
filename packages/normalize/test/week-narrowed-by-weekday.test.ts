/**
 * A week a later sentence narrows to its day (date-r51, `week-day.ts`): a figure told with "last week" or "this week"
 * is of the weekday the story's next dated phrase names, when that day lies inside the week. Every text is written
 * for this file (none from the corpus); each runs through ingest, extract and normalize, the publication date in
 * front matter.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

// Published Monday 2024-03-18: last week is 11-17 March, its Wednesday the 13th.
const WIRE = on('2024-03-18', [
  'GUSAU, Nigeria (Reuters) - Bandits killed 14 villagers in Zamfara State last week, police said.',
  'The gunmen rode into the farming settlement on Wednesday last week and fired on residents, a police spokesman said.',
].join('\n\n'));

// Published Friday 2022-09-16: this week is 12-16 September, its Tuesday the 13th.
const OUTLET = on('2022-09-16', [
  'At least 9 villagers were killed in a raid on a village in Magway Region this week, residents told our reporter.',
  'Soldiers entered the village on Tuesday morning and set houses alight, one resident said.',
].join('\n\n'));

// Published Thursday 2020-10-08: last week is 28 September - 4 October, its Friday the 2nd.
const MONITOR = on('2020-10-08', [
  'The monitor documented the deaths of 6 civilians in an air strike on a market in Maarat Misrin last week.',
  'The strike on Friday of last week hit the market at midday, the monitor said.',
].join('\n\n'));

const NARROWED: Case[] = [
  ['wire (Nigeria): "last week", then "on Wednesday last week"', WIRE, 'killed', 14, ['2024-03-13', '2024-03-13']],
  ['outlet (Myanmar): "this week", then "on Tuesday morning"', OUTLET, 'killed', 9, ['2022-09-13', '2022-09-13']],
  ['monitor (Syria): "last week", then "on Friday of last week"', MONITOR, 'killed', 6, ['2020-10-02', '2020-10-02']],
];

const KEPT: Case[] = [
  ['sitrep (South Sudan): a calendar date comes first; the week stays the week',
    on('2021-05-20', [
      'Fighting displaced 2,400 people in Tambura County last week, local authorities said.',
      'On 3 May, armed youth burned the market. On Saturday, the county commissioner appealed for aid.',
    ].join('\n\n')),
    'displaced', 2400, ['2021-05-10', '2021-05-16']],
  ['wire (Mali): the weekday named next lies before the week (Sunday before a Thursday\'s "this week")',
    on('2022-02-10', [
      'BAMAKO (AFP) - Jihadists killed 7 soldiers in central Mali this week, the army said.',
      'On Sunday, a convoy had struck a mine near Mopti, a security source said.',
    ].join('\n\n')),
    'killed', 7, ['2022-02-07', '2022-02-10']],
];

describe('a week narrowed by the next weekday the story names', () => {
  it.each(NARROWED)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});

describe('a week left whole', () => {
  it.each(KEPT)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});
