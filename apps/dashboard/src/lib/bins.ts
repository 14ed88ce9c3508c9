/**
 * Fewer marks than rows when a chart has many: a chart of thousands of marks cannot be read, reached with the
 * pointer or hydrated in time. Up to MAX_MARKS drawn rows a chart draws every row. Above it, rows are grouped per
 * reporter (and the chart's own series key) per day, or per week or month when the days still give too many
 * marks; each group is one mark: its latest report, with the group's count and period. Activating a grouped mark
 * zooms the view (From/To) to its period, where the rows are few enough to be drawn one by one.
 */
import type { Filterable } from './types.ts';
import { toDate } from './format.ts';

export const MAX_MARKS = 300;

export type BinSize = 'day' | 'week' | 'month';

/** What a grouped mark stands for: how many rows, and the days they end in (From/To of its zoom). */
export interface Bin {
  n: number;
  size: BinSize;
  start: string;
  end: string;
}

export type Binned<T> = T & { bin?: Bin };

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The bin a day falls in: the day itself, its ISO week (Monday to Sunday) or its calendar month. */
export function binOf(day: string, size: BinSize): { start: string; end: string } {
  if (size === 'day') return { start: day, end: day };
  const d = toDate(day);
  if (size === 'week') {
    const monday = d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY;
    return { start: iso(monday), end: iso(monday + 6 * DAY) };
  }
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
  return { start: iso(first), end: iso(last) };
}

/**
 * The rows as marks: every row when there are at most `max`; else one mark per `key` per day (or week, or month,
 * the first size that gives at most `max` marks, month otherwise), keyed by the day each row ends. The mark is the
 * group's latest report (by the day it ends, then publication); a group of one is its row, unchanged.
 */
export function binMarks<T extends Filterable & { prov: { published: string } }>(
  rows: T[],
  key: (row: T) => string,
  max = MAX_MARKS,
): Binned<T>[] {
  if (rows.length <= max) return rows;
  // Each row's key once, and each day's bin once per size: rows share few days, and a filter change bins again.
  const keys = rows.map(key);
  let groups = new Map<string, T[]>();
  let size: BinSize = 'day';
  for (size of ['day', 'week', 'month'] as const) {
    groups = new Map();
    const starts = new Map<string, string>();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      let start = starts.get(row.end);
      if (start === undefined) starts.set(row.end, (start = binOf(row.end, size).start));
      const k = `${keys[i]}\u0000${start}`;
      const group = groups.get(k);
      if (group) group.push(row);
      else groups.set(k, [row]);
    }
    if (groups.size <= max) break;
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0];
    const latest = group.reduce((a, b) =>
      b.end > a.end || (b.end === a.end && b.prov.published > a.prov.published) ? b : a,
    );
    return { ...latest, bin: { n: group.length, size, ...binOf(latest.end, size) } };
  });
}

/** Under a chart: how its rows became marks ('' when each row is a mark). */
export function binNote(rows: number, marks: Binned<unknown>[]): string {
  const size = marks.find((m) => m.bin)?.bin?.size;
  if (!size) return '';
  return `${rows} figures drawn as ${marks.length} marks, one per reporter and ${size}; a mark standing for several shows the latest and zooms to them when activated.`;
}
