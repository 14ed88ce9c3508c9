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
