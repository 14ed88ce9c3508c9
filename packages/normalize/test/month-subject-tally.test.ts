/**
 * A month as the subject of a verb of tallying (h-dnews r53, extract's time.ts `MONTH_SUBJECT` and `tallyMonthOf`; the
 * verbs are the `tally_verb` rows of the date lexicon): a year in review ranks its months so ("December recorded the
 * heaviest toll with 44 killings", "October saw 66 people killed"), and the month dates the figures of its own clause, nearer than
 * a "this year" after the figure. Before, the bare month was no time phrase: the figure took the year, the page's day
 * or a later "by October". Every text is written for this file (none from the corpus), in several genres; each runs
 * through ingest, extract and normalize, the publication date in front matter.
 */
import { describe, expect, it } from 'vitest';
import { dateWords, monthNumber } from '@frontline/nlp/dates';
import { on, periodOf, type Case } from './dated-text.ts';

const READ: Case[] = [
  ['monitor (Afghanistan, a year in review): "the month of March recording 41 ..." before "this year"',
    on('2019-01-02', 'The watchdog logged 240 civilian deaths across Helmand in 2018; the month of March recording 41 civilians killed, the worst month this year.'),
    'killed', 41, ['2018-03-01', '2018-03-31']],
  ['outlet (Colombia): "October saw 66 people killed", a yearless month before the page date',
    on('2021-12-30', 'Violence eased late in the year in Cauca. October saw 66 people killed, the ombudsman said in its report.'),
    'killed', 66, ['2021-10-01', '2021-10-31']],
  ['wire (Nigeria): "July 2019 witnessed 27 attacks that killed 88 people", the month with its year',
    on('2020-01-05', 'MAIDUGURI, Nigeria (Reuters) - July 2019 witnessed 27 attacks that killed 88 people in Borno, a security tracker said.'),
    'killed', 88, ['2019-07-01', '2019-07-31']],
  ['sitrep (Myanmar): "September recorded 48 deaths", said on a weekday',
    on('2022-10-14', 'In Sagaing Region, September recorded 48 civilian deaths from air strikes, partners reported on Tuesday.'),
    'killed', 48, ['2022-09-01', '2022-09-30']],
];

const RANKED: Case[] = [
  ['monitor (Sahel): "December recorded the heaviest toll with 44 killings followed by August with 39": 44 is December\'s',
    on('2023-01-03', 'The tracker counted 412 civilian deaths in Burkina Faso in 2022. December recorded the heaviest toll with 44 killings followed by August with 39 killings.'),
    'killed', 44, ['2022-12-01', '2022-12-31']],
];

const LEFT: Case[] = [
  ['outlet (Ukraine): a month subject after the figure dates nothing before it',
    on('2022-12-20', 'Shelling killed 14 civilians in Kherson on Monday, and officials said December saw more strikes than any month.'),
    'killed', 14, ['2022-12-19', '2022-12-19']],
  ['wire (Sudan): another clause\'s own day after a comma beats the month subject',
    on('2023-08-02', 'July recorded heavy fighting in Nyala, and on Sunday shelling killed 9 people in the city, medics said.'),
    'killed', 9, ['2023-07-30', '2023-07-30']],
];

describe('a month as the subject of a tally dates its clause\'s figures', () => {
  for (const [name, text, category, value, period] of READ) it(name, () => expect(periodOf(text, category, value)).toEqual(period));
  for (const [name, text, category, value, period] of RANKED) it(name, () => expect(periodOf(text, category, value)).toEqual(period));
});

describe('left alone', () => {
  for (const [name, text, category, value, period] of LEFT) it(name, () => expect(periodOf(text, category, value)).toEqual(period));
});

describe('every tally_verb row is read in its example', () => {
  // Each example names one month as the verb's subject and tells one killing figure after it; the figure takes that month.
  for (const row of dateWords('tally_verb')) {
    it(`${row.word}: ${row.example}`, () => {
      const month = monthNumber(new RegExp(String.raw`(\p{Lu}\p{Ll}+)(?:\s+\d{4})?\s+${row.word}\b`, 'u').exec(row.example)![1]!);
      const figure = Number(/\((\d+)\)|\b(\d+)\s+(?:civilian\s+deaths|people\s+killed|people\b|killings)/.exec(row.example)!.slice(1).find(Boolean));
      const [start, end] = periodOf(on('2020-02-10', row.example), 'killed', figure);
      expect([Number(start.slice(5, 7)), start.slice(8), Number(end.slice(5, 7))]).toEqual([month, '01', month]);
    });
  }
});
