/**
 * A time chart's x domain (lib/window.ts timeDomain), found in one pass over the rows, against its definition by
 * sorting: from the window's first day (else the earliest row's start, else its end) to the day after the latest
 * of the window's end and, unless To fixes it, every row's end; never ending before it starts.
 */
import { describe, expect, it } from 'vitest';
import { dayAfter, toDate } from '../../apps/dashboard/src/lib/format.ts';
import { timeDomain, type Period, type TimeWindow } from '../../apps/dashboard/src/lib/window.ts';

function bySorting(rows: Period[], window: TimeWindow): [Date, Date] {
  const starts = rows.map((r) => r.start || r.end).filter(Boolean).sort();
  const start = window.start || starts[0] || window.end;
  const ends = [window.end, ...(window.fixed ? [] : rows.map((r) => r.end))].filter(Boolean).sort();
  const end = [ends.at(-1) ?? start, start].sort().at(-1)!;
  return [toDate(start), dayAfter(end)];
}

// Periods as the timelines hold them: a day, a span, "since" a day with no end, undated.
const ROWS: Period[] = [
  { start: '2023-04-15', end: '2023-04-20' },
  { start: '', end: '2023-05-02' },
  { start: '2023-03-01', end: '' },
  { start: '', end: '' },
  { start: '2022-02-24', end: '2023-06-30' },
  { start: '2023-06-01', end: '2023-06-01' },
];

describe('time domain', () => {
  const windows: TimeWindow[] = [
    { start: '', end: '', fixed: false },
    { start: '2023-01-01', end: '2023-05-31', fixed: false },
    { start: '2023-01-01', end: '2023-05-31', fixed: true },
    { start: '', end: '2023-04-01', fixed: true },
    { start: '2023-07-15', end: '', fixed: false },
  ];

  it('equals the domain found by sorting, for every window and subset of rows', () => {
    for (const window of windows) {
      for (let mask = 0; mask < 1 << ROWS.length; mask++) {
        const rows = ROWS.filter((_, i) => mask & (1 << i));
        if (rows.every((r) => !r.start && !r.end) && !window.start && !window.end) continue; // no day at all: no domain
        expect(timeDomain(rows, window), JSON.stringify({ window, rows })).toEqual(bySorting(rows, window));
      }
    }
  });

  it('reaches the latest row past the window unless To fixes the end', () => {
    const rows = [{ start: '2023-05-20', end: '2023-07-04' }];
    const open = timeDomain(rows, { start: '2023-05-01', end: '2023-06-01', fixed: false });
    const fixed = timeDomain(rows, { start: '2023-05-01', end: '2023-06-01', fixed: true });
    expect(open[1].toISOString().slice(0, 10)).toBe('2023-07-05');
    expect(fixed[1].toISOString().slice(0, 10)).toBe('2023-06-02');
  });
});
