/**
 * A periodic toll's title names the period its figures cover ("Civilian casualties in March 2019", "Casualty update for
 * June 2023"): the undated figures of its later paragraphs are of that period, not of the publication day (issue 9,
 * fresh monitors' tolls: a monthly Syria toll, a monthly Iraq casualty release). Only a closed period ending shortly
 * before the publication date counts: a month still running, a look back years later or a day's headline dates nothing
 * beyond its own sentence. Every text is written for this file, in several wars; none comes from the fresh texts or
 * the corpus. Each runs through ingest, extract and normalize as `frontline all` does.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { extractArticle } from '@frontline/extract';
import { ingestFiles } from '@frontline/ingest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';

const gazetteer = loadGazetteer();

/** The facts of a text published on `day` ('' for none: a narrative), its first line the title. */
function facts(day: string, text: string): Fact[] {
  const bytes = new TextEncoder().encode(day ? `---\npublished: ${day}\n---\n${text}` : text);
  const { articles } = ingestFiles([{ path: 'toll.txt', bytes }], { runDate: '2026-12-01' });
  const { text: body, sentence_list: _s, removed: _r, ...record } = articles[0]!;
  return normalizeArticle(extractArticle(articles[0]!), record, gazetteer, { text: body }).facts;
}

/** [category, count, period_start, period_end] of every fact. */
const periods = (found: Fact[]) => found.map((f) => [f.category, f.count_best, f.period_start, f.period_end]);

describe("a periodic toll's title dates its undated figures", () => {
  it('monitor, Yemen: a month in the title dates the figures of later paragraphs', () => {
    const text = 'Civilian casualties in Yemen in March 2019\n\nThe monitor recorded 98 civilian deaths across the country.\n\n' +
      'In Hodeidah, air strikes killed 41 civilians and injured 60 others.';
    const march = ['2019-03-01', '2019-03-31'];
    expect(periods(facts('2019-04-04', text))).toEqual([['killed', 98, ...march], ['killed', 41, ...march], ['injured', 60, ...march]]);
  });

  it('monitor, Ukraine: "for" a month, and a total of the month is of the month too', () => {
    const text = [
      'Civilian harm update for June 2023',
      'Monitors verified 129 civilian deaths and 514 injuries.',
      'Kherson Oblast suffered a total of 45 civilians killed.',
    ].join('\n\n');
    const found = periods(facts('2023-07-06', text));
    expect(found).toContainEqual(['killed', 129, '2023-06-01', '2023-06-30']);
    expect(found).toContainEqual(['killed', 45, '2023-06-01', '2023-06-30']);
  });

  it.each([
    ['monitor, Sudan', 'Rights group: 210 civilians killed in Sudan in May', 'The Sudan Doctors Network said 210 civilians were killed in Sudan during May 2023.', 'Shelling killed 75 civilians in Omdurman.', ['2023-05-01', '2023-05-31']],
    ['outlet, Myanmar', 'Monitor counts 96 civilian deaths in Sagaing in August', 'The monitor said 96 civilians lost their lives in Sagaing in August 2022.', 'Air strikes killed 38 civilians in Kani.', ['2022-08-01', '2022-08-31']],
  ])('%s: a report dated only to the month its title names still closes that month', (_genre, title, lead, later, month) => {
    // No date line: the text's latest date, a month, dates the report to that month or the next.
    const found = facts('', [title, lead, later].join('\n\n'));
    expect(found.at(-1)?.period_start).toBe(month[0]);
    expect(found.at(-1)?.period_end).toBe(month[1]);
  });
});

describe('a title that is no reporting period dates nothing beyond itself', () => {
  it('encyclopedic, Yemen: a narrative (no publication date) keeps the date its story reached', () => {
    const text = ['Battle of Hajour (January–March 2019)', 'On 12 February 2019, Houthi forces captured the Kushar front.', 'Fighting killed 30 tribal fighters.'];
    expect(facts('', text.join('\n\n')).find((f) => f.count_best === 30)?.period_end).toBe('2019-02-12');
  });

  it('wire, Sudan: a day in the title is a headline, not a period', () => {
    const text = ['Shelling of El Fasher market on 3 May', 'Separately, 9 people were killed in Kutum, medics said.'].join('\n\n');
    expect(periods(facts('2024-05-05', text))[0]?.[3]).toBe('2024-05-05');
  });
});

/** [case, publication day, title, body, the one fact wanted as `periods` gives it]. */
const ONE_PARAGRAPH: [string, string, string, string, (string | number)[]][] = [
  ['monitor, Afghanistan: a span of months in the title', '2021-04-14', 'Civilian casualties, January–March 2021',
    'Ground engagements killed 212 civilians in Kandahar and Helmand.', ['killed', 212, '2021-01-01', '2021-03-31']],
  ["monitor, Myanmar: a figure's own phrase still wins over the title's period", '2022-06-03', 'Civilian deaths in Sagaing in May 2022',
    'On 28 May, an air strike killed 14 villagers in Kani township.', ['killed', 14, '2022-05-28', '2022-05-28']],
  ['outlet, DR Congo: a month still running on the publication day', '2025-01-20', 'Fighting around Goma in January 2025',
    'Shelling killed 17 people in Sake, hospital staff said.', ['killed', 17, '2025-01-20', '2025-01-20']],
  ['outlet, Iraq: a look back years after the month it names', '2024-06-10', 'Remembering Tal Afar in June 2014',
    'Gunmen killed 12 people in Tal Afar, officials said.', ['killed', 12, '2024-06-10', '2024-06-10']],
];

describe("one paragraph under a title: the title's period where it is a report's, else the publication day", () => {
  it.each(ONE_PARAGRAPH)('%s', (_case, day, title, body, want) => {
    expect(periods(facts(day, `${title}\n\n${body}`))).toEqual([want]);
  });
});

/*
 * A periodic toll whose title names no period states it in its first sentence of figures ("a total of 52 civilians
 * were killed in May 2017"): the undated figures of its later paragraphs (a breakdown by place or by side) are of that
 * period, as a title's period would date them (fresh monitors' tolls, round 17). Texts written for this file.
 */
describe("the first sentence of figures gives a monitor's report its period", () => {
  it('a UN mission, Iraq: the month of the lead dates the breakdown paragraph', () => {
    const text = 'UN mission releases casualty figures\n\nA total of 52 Iraqi civilians were killed and 90 injured in May 2017, the mission said.\n\n' +
      'Nineveh was the worst affected governorate, with 20 killed and 31 injured.';
    const may = ['2017-05-01', '2017-05-31'];
    expect(periods(facts('2017-06-02', text))).toEqual([
      ['killed', 52, ...may], ['injured', 90, ...may], ['killed', 20, ...may], ['injured', 31, ...may],
    ]);
  });

  it('a mission\'s quarterly report, Afghanistan: a span of days dates the figures by side', () => {
    const text = 'Civilian casualties fall, mission says\n\nFrom 1 April to 30 June 2016, the mission documented 1,601 civilian deaths.\n\n' +
      'Taliban fighters killed 610 civilians.';
    expect(periods(facts('2016-07-25', text)).at(-1)).toEqual(['killed', 610, '2016-04-01', '2016-06-30']);
  });
});

describe('a lead that is no reporting period dates nothing beyond its paragraph', () => {
  it('wire copy, Ukraine: a day in the lead is a news day, not a period', () => {
    const text = 'Strikes hit eastern city\n\nRussian strikes killed 7 civilians in Kramatorsk on 3 March 2023, officials said.\n\n' +
      'Shelling killed 2 people in Bakhmut.';
    expect(periods(facts('2023-03-05', text)).at(-1)?.[2]).not.toBe('2023-03-01');
  });

  it.each([
    ['situation report, Syria', 'North-west Syria: Flash Update (as of 12 March 2020)',
      'Between 1 and 10 March 2020, some 45,000 people were displaced from southern Idleb, partners said.', 'In Dana, 3,000 people arrived in camps.', '2020-03-12'],
    ['monitor, Yemen', 'Civilian Impact Monitoring (as of 14 August 2019)',
      'From 1 to 12 August 2019, a total of 38 civilians were killed in Taiz, the project said.', 'Shelling killed 4 civilians in Hays.', '2019-08-14'],
  ])('%s: a title that dates the report keeps the lead\'s span to the lead', (_genre, title, lead, later, day) => {
    const found = periods(facts(day, [title, lead, later].join('\n\n')));
    expect(found.at(-1)?.[3]).toBe(day);
    expect(found[0]?.[2]).not.toBe(day);
  });

  it('outlet, Sudan: a month still running at publication dates only its own sentence', () => {
    const text = 'Fighting goes on in Darfur\n\nAt least 40 people were killed in El Fasher in June 2024, medics said.\n\n' +
      'Clashes killed 9 people in Mellit.';
    expect(periods(facts('2024-06-20', text)).at(-1)?.slice(2)).toEqual(['2024-06-20', '2024-06-20']);
  });
});
