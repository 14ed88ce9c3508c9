/**
 * The dashboard's rules for large data, as pure functions: tables search, sort and page (lib/table.ts); charts
 * group marks past MAX_MARKS (lib/bins.ts); the reporter menu ranks and caps (lib/server/rows.ts); a reporter's
 * colour is stable and never repeats (lib/palette.ts).
 */
import { describe, expect, it } from 'vitest';
import { binMarks, binOf, MAX_MARKS } from '../../apps/dashboard/src/lib/bins.ts';
import { sourceLine } from '../../apps/dashboard/src/lib/chrome.ts';
import { OKABE_ITO, OTHER_REPORTERS, reporterColours } from '../../apps/dashboard/src/lib/palette.ts';
import { rankReporters } from '../../apps/dashboard/src/lib/server/rows.ts';
import { PAGE_SIZE, searchRows, sortRows, tablePage, type TableColumn } from '../../apps/dashboard/src/lib/table.ts';

interface Item {
  name: string;
  n: number;
}
const columns: TableColumn<Item>[] = [
  { label: 'Name', value: (r) => r.name },
  { label: 'N', value: (r) => r.n.toLocaleString('en'), sort: (r) => r.n, numeric: true },
];

describe('data tables', () => {
  const rows: Item[] = Array.from({ length: 60 }, (_, i) => ({ name: i % 2 ? `Ḥamā report ${i}` : `Idlib report ${i}`, n: (i * 7919) % 10007 }));

  it('searches every word of the query in any column, ignoring case and accents', () => {
    expect(searchRows(rows, columns, 'hama').length).toBe(30);
    expect(searchRows(rows, columns, 'IDLIB REPORT').length).toBe(30);
    // Words may fall in different columns: the name in one, the formatted number in another.
    expect(searchRows(rows, columns, 'hama 7,919').map((r) => r.name)).toEqual(['Ḥamā report 1']);
    expect(searchRows(rows, columns, '  ')).toBe(rows);
  });

  it('sorts numbers as numbers through the sort key, both ways, stable on ties', () => {
    const up = sortRows(rows, columns, 1, false).map((r) => r.n);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(sortRows(rows, columns, 1, true).map((r) => r.n)).toEqual([...up].reverse());
    const ties = [{ name: 'b', n: 1 }, { name: 'a', n: 1 }];
    expect(sortRows(ties, columns, 1, false)).toEqual(ties);
    // Text with numbers inside sorts naturally: "report 9" before "report 10".
    expect(sortRows([{ name: 'report 10', n: 0 }, { name: 'report 9', n: 0 }], columns, 0, false)[0].name).toBe('report 9');
  });

  it('shows one page of rows and clamps the page number', () => {
    const first = tablePage(rows, columns, { query: '', sortBy: -1, descending: false, page: 0 });
    expect(first.rows.length).toBe(PAGE_SIZE);
    expect(first).toMatchObject({ matched: 60, pages: 3, first: 1, last: PAGE_SIZE });
    const last = tablePage(rows, columns, { query: '', sortBy: -1, descending: false, page: 99 });
    expect(last).toMatchObject({ page: 2, first: 51, last: 60 });
    expect(tablePage(rows, columns, { query: 'nothing like it', sortBy: 0, descending: false, page: 1 })).toMatchObject({ matched: 0, pages: 1, first: 0, last: 0 });
  });
});

const row = (reporter: string, end: string, published = end) => ({
  start: end,
  end,
  admin1: [],
  reported_by: [reporter],
  prov: { published },
});

describe('grouped marks', () => {
  it('draws every row up to the limit', () => {
    const rows = Array.from({ length: MAX_MARKS }, (_, i) => row(`r${i}`, '2020-01-01'));
    expect(binMarks(rows, (r) => r.reported_by[0])).toBe(rows);
  });

  it('groups per key per day past the limit, the latest report standing for its group', () => {
    const rows = [
      ...Array.from({ length: 10 }, (_, i) => row('A', '2020-01-01', `2020-01-0${i % 9 + 1}`)),
      row('A', '2020-01-02'),
      row('B', '2020-01-01'),
    ];
    const marks = binMarks(rows, (r) => r.reported_by[0], 5);
    expect(marks).toHaveLength(3);
    const a = marks.find((m) => m.end === '2020-01-01' && m.reported_by[0] === 'A')!;
    expect(a.bin).toEqual({ n: 10, size: 'day', start: '2020-01-01', end: '2020-01-01' });
    expect(a.prov.published).toBe('2020-01-09');
    // A group of one is its row, unchanged, without a bin.
    expect(marks.filter((m) => !m.bin)).toHaveLength(2);
  });

  it('goes to weeks, then months, when days still give too many marks', () => {
    const days = Array.from({ length: 90 }, (_, i) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
    const rows = days.map((d) => row('A', d));
    const weeks = binMarks(rows, () => 'A', 20);
    expect(weeks.every((m) => m.bin === undefined || m.bin.size === 'week')).toBe(true);
    expect(weeks.length).toBeLessThanOrEqual(20);
    const months = binMarks(rows, () => 'A', 5);
    expect(months.map((m) => m.bin?.size)).toEqual(['month', 'month', 'month']);
    expect(months.reduce((sum, m) => sum + (m.bin?.n ?? 1), 0)).toBe(90);
  });

  it('bins a day into its ISO week (Monday to Sunday) and its month', () => {
    expect(binOf('2020-01-01', 'week')).toEqual({ start: '2019-12-30', end: '2020-01-05' });
    expect(binOf('2020-01-05', 'week')).toEqual({ start: '2019-12-30', end: '2020-01-05' });
    expect(binOf('2020-02-17', 'month')).toEqual({ start: '2020-02-01', end: '2020-02-29' });
  });
});

describe('reporters', () => {
  it('ranks reporters by their figures, counting a figure once per reporter', () => {
    const ranked = rankReporters([
      { reported_by: ['OCHA', 'OCHA'] },
      { reported_by: ['SOHR'] },
      { reported_by: ['SOHR', 'OCHA'] },
      { reported_by: ['Amnesty'] },
    ]);
    expect(ranked).toEqual([
      { name: 'OCHA', figures: 2 },
      { name: 'SOHR', figures: 2 },
      { name: 'Amnesty', figures: 1 },
    ]);
  });

  it('gives the seven most frequent reporters seven different colours and every other one grey', () => {
    const ranked = Array.from({ length: 12 }, (_, i) => `reporter ${i}`);
    const colours = reporterColours(ranked, [...ranked].reverse());
    const own = ranked.slice(0, 7).map((name) => colours.get(name));
    expect(new Set(own).size).toBe(7);
    expect(own.every((c) => OKABE_ITO.includes(c!))).toBe(true);
    expect(ranked.slice(7).map((name) => colours.get(name))).toEqual(Array(5).fill(OTHER_REPORTERS));
    // The same reporter keeps its colour whatever else is drawn, and a joint report takes its first reporter's.
    expect(reporterColours(ranked, ['reporter 3']).get('reporter 3')).toBe(colours.get('reporter 3'));
    expect(reporterColours(ranked, ['reporter 2; reporter 9']).get('reporter 2; reporter 9')).toBe(colours.get('reporter 2'));
  });
});

describe('source line', () => {
  const r = (reporters: string[], article: string) => ({ reported_by: reporters, prov: { article_id: article } });

  it('names the three reporters with the most rows, counts the others and the articles', () => {
    const rows = [
      r(['OCHA'], 'a'), r(['OCHA'], 'b'), r(['OCHA', 'SOHR'], 'b'), r(['SOHR'], 'c'),
      r(['UNHCR'], 'c'), r(['Amnesty'], 'd'), r(['HRW'], 'd'),
    ];
    expect(sourceLine(rows, 'casualties_timeline.csv')).toBe(
      'Source: OCHA, SOHR, Amnesty and 2 other reporters, in 4 articles; extracted by Frontline (casualties_timeline.csv).',
    );
  });

  it('says so when no figure is attributed, and speaks of one article in the singular', () => {
    expect(sourceLine([r([], 'a')], 't.csv')).toBe('Source: unattributed figures, in 1 article; extracted by Frontline (t.csv).');
    expect(sourceLine([r(['OCHA'], 'a'), r(['SOHR'], 'b')], 't.csv')).toBe('Source: OCHA and SOHR, in 2 articles; extracted by Frontline (t.csv).');
  });
});
