/**
 * Outlet dating (issue 9, fresh outlet texts): constructions by which outlets' own stories date their facts, found by
 * reading published outlet stories that are in no corpus set, and tested here on sentences written for this file
 * (other wars, places and numbers; none copied from those stories or the corpus). Each text runs through ingest,
 * extract and normalize as the pipeline does; the publication date is stated in front matter, as a page's metadata.
 *
 * - A relative day with its weekday in apposition ("yesterday, Monday"): the weekday is the writer's day, which a
 *   repost's date a day or two later must not move; "between Saturday and yesterday, Monday" is a span.
 * - A lead that summarises without a date ("Gunmen have killed six farmers in two attacks"), dated by the days the
 *   next sentences give ("the first raid happened on Tuesday ..., the second on Wednesday").
 * - "since Saturday, when the president was sworn in": the day of the "when" clause's event, which "that day" in the
 *   next sentence means.
 * - (evening round) Ranges whose year is written once, as outlets relay a monitor's or the UN's total: "from Feb. 24,
 *   2022, to May 7" (a comma closes the first date's year; the yearless end is the latest such day not after the
 *   report), "between Jun. 15 – 30, 2018" (the year after the bare day is the range's; read alone, "30, 2018" was the
 *   year 2018 and the range ran to the report's day).
 */
import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../src/period.ts';
import { on, periodOf, type Case } from './dated-text.ts';

const APPOSITION: Case[] = [
  ['outlet (Yemen): "yesterday, Monday" on a page dated Wednesday is Monday',
    on('2019-08-21', 'Houthi shelling killed five civilians in Taiz yesterday, Monday, local medics told the newspaper.'),
    'killed', 5, ['2019-08-19', '2019-08-19']],
  ['outlet (Sudan): "yesterday (Tuesday)" on a page of Wednesday is that Tuesday',
    on('2023-11-08', 'RSF fighters killed at least 9 people in Ardamata yesterday (Tuesday), residents said.'),
    'killed', 9, ['2023-11-07', '2023-11-07']],
  ['outlet (Mali): a weekday three days before "yesterday" is not that day, and "yesterday" stands',
    on('2022-10-14', 'Gunmen killed 4 villagers near Menaka yesterday, Monday, according to local officials.'),
    'killed', 4, ['2022-10-13', '2022-10-13']],
  ['outlet (Ukraine): "between Thursday and yesterday, Sunday" is a span',
    on('2024-05-14', 'About 2,300 people fled frontline villages of Kharkiv oblast between Thursday and yesterday, Sunday, the regional administration said.'),
    'displaced', 2300, ['2024-05-09', '2024-05-12']],
  ['wire (Myanmar): "between Friday and today, Sunday" ends on the report\'s day',
    on('2023-11-05', 'More than 6,000 people fled Lashio township between Friday and today, Sunday, local aid groups said.'),
    'displaced', 6000, ['2023-11-03', '2023-11-05']],
  ['outlet (Syria): "between Saturday and yesterday" with no weekday',
    on('2019-05-08', 'Some 1,800 families fled southern Idlib between Saturday and yesterday, local councils said.'),
    'displaced', 1800, ['2019-05-04', '2019-05-07']],
];

const LEAD: Case[] = [
  ['outlet (Nigeria): two attacks, the last on Wednesday',
    on('2023-09-15', 'Borno farmers mourn after fresh raids\n\nGunmen have killed six farmers in two attacks on villages in Gwoza Local Government Area of Borno State.\n\nA vigilante leader told the newspaper that the first raid happened on Tuesday near Pulka and the second on Wednesday in Ngoshe.'),
    'killed', 6, ['2023-09-13', '2023-09-13']],
  ['outlet (DR Congo): the attack "took place on Wednesday night", two sentences on',
    on('2022-06-10', 'Tension in Rutshuru territory\n\nADF rebels have killed 11 civilians in Beni territory, North Kivu.\n\nAccording to local civil society, the attack took place on Wednesday night in the village of Mamove.'),
    'killed', 11, ['2022-06-08', '2022-06-08']],
  ['outlet (Yemen): a month of background after the lead does not date it',
    on('2021-02-20', 'Marib braces for more fighting\n\nClashes have displaced 3,000 families from western Marib, local officials said.\n\nIn March 2020, the Houthis launched an offensive on the governorate.'),
    'displaced', 3000, ['2021-02-20', '2021-02-20']],
  ['outlet (Ethiopia): a day given long after the lead does not date it',
    on('2021-09-10', 'Fear grips Raya Kobo\n\nFighting has killed 15 civilians in Kobo, residents said.\n\nThe town lies on the main road north. Aid convoys have not reached it. Residents said the roads are closed.\n\nA separate convoy was looted near Woldia on Monday.'),
    'killed', 15, ['2021-09-10', '2021-09-10']],
  ['outlet (Myanmar): a stock in the lead is counted on the report\'s day, not on the next event\'s',
    on('2024-02-16', 'Sagaing: no end in sight\n\nMore than 1.1 million people remain displaced across Sagaing region, aid agencies said.\n\nJunta jets bombed two villages near Kani on Tuesday.'),
    'idps_stock', 1100000, ['2024-02-16', '2024-02-16']],
];

const SINCE_WHEN: Case[] = [
  ['outlet (Syria): "that day" after "since Saturday, when ..." is Saturday',
    on('2021-07-22', 'Regime shelling killed 3 civilians in Idlib on Thursday.\n\nThe army has escalated its bombing since Saturday, when the president took the oath of office. Strikes on the villages of Sarja and Ehsin that day killed 14 civilians.'),
    'killed', 14, ['2021-07-17', '2021-07-17']],
  ['outlet (Gaza): the day a total starts from, named by "when", dates the next sentence\'s strike',
    on('2023-10-19', 'Air strikes have intensified since Saturday, when militants attacked border towns. Strikes on Khan Younis that day killed 32 people, the health ministry said.'),
    'killed', 32, ['2023-10-14', '2023-10-14']],
  ['wire (Ukraine): "since Saturday" with no "when" stays a running total to the report\'s day',
    on('2024-05-15', 'Russian strikes since Saturday have killed 40 people in Kharkiv, officials said.'),
    'killed', 40, ['2024-05-11', '2024-05-15']],
];

const run = ([name, text, category, value, period]: Case) => it(name, () => expect(periodOf(text, category, value)).toEqual(period));

describe('a relative day with its weekday in apposition', () => APPOSITION.forEach(run));
describe('an undated lead, dated by the days the next sentences give', () => LEAD.forEach(run));
describe('"since <day>, when ...": the day of the clause\'s event', () => SINCE_WHEN.forEach(run));

const RANGES: Case[] = [
  ['Ukraine: a UN total from a dated start to a yearless end, comma after the year', on('2024-03-12',
    'Shelling hit a market in Kherson on Monday, the regional governor said.\n\nAccording to the UN monitoring ' +
    'mission, the war has killed at least 10,582 civilians from Feb. 24, 2022, to March 3.'),
  'killed', 10582, ['2022-02-24', '2024-03-03']],
  ['Sudan: a doctors\' union total from a dated start to a yearless end', on('2024-01-18',
    'Fighting spread to Wad Madani last month.\n\nThe union said 1,240 civilians were killed in Khartoum from ' +
    'April 15, 2023, until Jan. 10.'),
  'killed', 1240, ['2023-04-15', '2024-01-10']],
  ['Syria: a network\'s toll between two days of one month, the year written once after a dash', on('2018-07-04',
    'The monitoring network said at least 188 civilians were killed in Idlib province between Jun. 12 – 28, 2018.'),
  'killed', 188, ['2018-06-12', '2018-06-28']],
  ['Myanmar: a toll between two days of one month, joined by "and"', on('2021-03-25',
    'A rights group said 149 protesters were killed in Yangon between March 3 and 17, 2021.'),
  'killed', 149, ['2021-03-03', '2021-03-17']],
];

describe('ranges whose year is written once', () => RANGES.forEach(run));

describe('resolvePeriod: a bare day with the year after it closes the range', () => {
  it.each([
    ['between Sept. 1 – 14, 2019', '2019-10-02', ['2019-09-01', '2019-09-14', 'day']],
    ['from May 2 to 9, 2016', '2016-06-01', ['2016-05-02', '2016-05-09', 'day']],
    ['between January 20 and 31st, 2020', '2020-02-03', ['2020-01-20', '2020-01-31', 'day']],
  ])('%s (reported %s)', (phrase, published, [start, end, precision]) => {
    expect(resolvePeriod(phrase, published)).toEqual({ period_start: start, period_end: end, date_precision: precision });
  });

  it('a year after a month name is still a month and year, not a bare day', () => {
    expect(resolvePeriod('between June 2017 and March 2018', '2018-04-01'))
      .toEqual({ period_start: '2017-06-01', period_end: '2018-03-31', date_precision: 'month' });
  });
});
