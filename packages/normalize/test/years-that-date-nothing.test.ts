/**
 * Years that date nothing a figure tells (date-r52, extract's time.ts `originDate` and `movedBeforeStock`): a date
 * right after a participle of origin ("born in 1961", "founded in 2004", "a bridge built in 1988") is when a person,
 * group or thing came to be; a date after a participle of movement with a word of persisting later in its clause
 * ("displaced in 2018 are still sheltering in schools") is when people moved, and the figure is a stock as of the report. Every
 * text is written for this file (none from the corpus), in several genres; each runs through ingest, extract and
 * normalize, the publication date in front matter.
 */
import { describe, expect, it } from 'vitest';
import { dateWords } from '@frontline/nlp/dates';
import { facts, on, periodOf, type Case } from './dated-text.ts';

const ORIGIN: Case[] = [
  ['wire (Nigeria): "The group, founded in 2004," before the figure; the weekday dates it',
    on('2018-08-09', 'MAIDUGURI, Nigeria (Reuters) - The group, founded in 2004, killed 11 soldiers in an attack on a base in Borno on Monday, the army said.'),
    'killed', 11, ['2018-08-06', '2018-08-06']],
  ['outlet (Nigeria): a birth year inside the yearless lead; the page date stands',
    on('2023-05-11', 'Gunmen killed 17 villagers in Katsina State, among them a chief born in 1961, police said.'),
    'killed', 17, ['2023-05-11', '2023-05-11']],
  ['monitor (Syria): "a brigade formed in 2016" as the subject',
    on('2019-10-15', 'The observatory said a brigade formed in 2016 lost 9 fighters in clashes near Raqqa on Sunday.'),
    'killed', 9, ['2019-10-13', '2019-10-13']],
  ['sitrep (Ukraine): "a bridge built in 1988" between the day and the figure',
    on('2022-05-06', 'Shelling on Wednesday hit a bridge built in 1988 and killed 4 drivers, local authorities reported.'),
    'killed', 4, ['2022-05-04', '2022-05-04']],
];

const STOCK: Case[] = [
  ['outlet (Philippines): "displaced in 2018 are still sheltering in schools", said on the page\'s day',
    on('2022-10-20', 'Some 3,800 people displaced in 2018 are still sheltering in schools in Iligan, officials said on Thursday.'),
    'displaced', 3800, ['2022-10-20', '2022-10-20']],
  ['sitrep (Syria): "uprooted in March 2020 remain in tents"',
    on('2021-02-11', 'Some 900 families uprooted in March 2020 remain in tents outside Tal Abyad, a relief group said.'),
    'displaced', 900, ['2021-02-11', '2021-02-11']],
  ['monitor (CAR): "displaced in 2016 remains in a church compound"',
    on('2019-08-01', 'A group of 350 people displaced in 2016 remains in a church compound in Bambari, the parish said.'),
    'displaced', 350, ['2019-08-01', '2019-08-01']],
];

const KEPT: Case[] = [
  ['wire (Mali): "formed a front on Monday" is no participle of origin before its day',
    on('2022-03-04', 'Rebels formed a joint front on Monday and killed 5 soldiers near Gao, the army said.'),
    'killed', 5, ['2022-02-28', '2022-02-28']],
  ['outlet (CAR): the movement told in its year, no word of persisting',
    on('2019-08-01', 'Fighting in 2016 displaced 3,500 people from Bambari, the parish said.'),
    'displaced', 3500, ['2016-01-01', '2016-12-31']],
  ['sitrep (CAR): "and many are still in camps" past a comma is another clause; the movement keeps its year',
    on('2019-08-01', 'About 2,700 people were displaced in 2016 from Bambari, and many are still in camps, the parish said.'),
    'displaced', 2700, ['2016-01-01', '2016-12-31']],
];

const GROUPS: [string, Case[]][] = [
  ['a date after a participle of origin dates no figure', ORIGIN],
  ['a stock of people who moved in a past year ends on the report\'s day', STOCK],
  ['dates the rules leave alone', KEPT],
];

describe.each(GROUPS)('%s', (_group, cases) => {
  it.each(cases)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});

describe('each origin and movement row of date-words.csv, read in its example', () => {
  const rows = [...dateWords('origin_verb'), ...dateWords('movement_participle')];
  it.each(rows.map((r) => [r.word, r.example] as const))('%s: "%s" dates no figure to its year', (_word, example) => {
    const year = /\b(?:19|20)\d{2}\b/.exec(example)![0];
    const got = facts(on('2024-06-14', example));
    expect(got.length).toBeGreaterThan(0);
    for (const f of got) expect(f.period_start.slice(0, 4), f.quote).not.toBe(year);
  });
});
