/**
 * A bare "overnight" in a report is the night just past: dated by its evening, the day before the report's day, as
 * "last night" is (normalize period.ts `overnight`). A night named by its weekday ("overnight Thursday") keeps that
 * weekday, and "overnight clashes" before a noun of fighting is no date of the sentence's event (extract time.ts).
 * A narrative's bare night ("Overnight", "During the night", "In the night") is the night after the day the text
 * has reached (normalize context.ts `NIGHT_ALONE`), or inside the month it reached. Texts written for the rule,
 * several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const CASES: Case[] = [
  ['wire (Nigeria): "killed ... overnight, police said Friday" on a Friday page is Thursday',
    on('2021-06-04', 'Bandits killed seven villagers overnight in Katsina state, a police spokesman said Friday.'),
    'killed', 7, ['2021-06-03', '2021-06-03']],
  ['wire (Ukraine): "overnight" before the place, no statement day, is the night before the page\'s day',
    on('2022-06-03', 'Russian shelling overnight killed four civilians in Mykolaiv, the regional governor said.'),
    'killed', 4, ['2022-06-02', '2022-06-02']],
  ['outlet (Myanmar): fled overnight is the night before the report',
    on('2023-11-14', 'About 2,500 villagers fled Kawlin overnight as junta troops advanced, a local aid group said.'),
    'displaced', 2500, ['2023-11-13', '2023-11-13']],
];

describe('a bare "overnight" in a report', () => {
  it.each(CASES)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('"overnight Thursday" names its night by the weekday, whatever the page\'s day', () => {
    expect(periodOf(on('2019-06-08', 'Air strikes overnight Thursday killed nine people in Saada, medics said.'), 'killed', 9))
      .toEqual(['2019-06-06', '2019-06-06']);
  });

  it('a weekday of its own in the sentence dates the event, not the night', () => {
    expect(periodOf(on('2019-04-10', 'Gunmen killed six soldiers near Menaka on Tuesday after overnight clashes, the army said.'), 'killed', 6))
      .toEqual(['2019-04-09', '2019-04-09']);
  });
});

/** An encyclopedic page: a campaign title, a lead and a section heading, then the story. */
const page = (title: string, story: string) => `${title}\n\nThe ${title.toLowerCase()} was fought in the region.\n\nBattle\n\n${story}`;

const NARRATIVE: Case[] = [
  ['encyclopedic (Syria): "Overnight" after the day reached', page('Battle of Kafr Nabudah (2019)', 'On 3 May 2019, the army launched an offensive on Kafr Nabudah. Overnight, airstrikes killed 12 civilians in Khan Sheikhoun.'),
    'killed', 12, ['2019-05-03', '2019-05-03']],
  ['encyclopedic (Ukraine): "During the night"', page('Battle of Balakliia (2022)', 'On 8 September 2022, Ukrainian forces entered Balakliia. During the night, Russian shelling killed four civilians in Kharkiv.'),
    'killed', 4, ['2022-09-08', '2022-09-08']],
  ['encyclopedic (Sudan): "In the night"', page('Battle of Wad Madani (2023)', 'On 18 December 2023, the RSF crossed the Hantoub bridge. In the night, some 14,000 people fled Wad Madani towards Sennar.'),
    'displaced', 14000, ['2023-12-18', '2023-12-18']],
  ['encyclopedic (DR Congo): a month reached keeps the month', page('Battle of Sake (2025)', 'In January 2025, M23 advanced on Minova. Overnight, fighting killed nine civilians in Sake.'),
    'killed', 9, ['2025-01-01', '2025-01-31']],
];

describe('a bare night in a narrative is the night after the day it reached', () => {
  it.each(NARRATIVE)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});
