/**
 * Counts and days are formatted once per distinct value (lib/format.ts keeps Intl's results): the text must be
 * Intl's own, whatever came before, including past the memory's bound and for -0.
 */
import { describe, expect, it } from 'vitest';
import { formatCount, formatDay, formatRange } from '../../apps/dashboard/src/lib/format.ts';

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

describe('remembered formats', () => {
  it("writes every count as Intl does, asked once or many times, past the memory's bound", () => {
    const counts = [0, -0, 1, 12.6, 1300, 1_500_000, 340_000, NaN];
    for (let round = 0; round < 2; round++) {
      for (const n of counts) expect(formatCount(n)).toBe(integer.format(n));
    }
    for (let n = 0; n < 25_000; n += 1) if (n % 997 === 0) expect(formatCount(n)).toBe(integer.format(n));
    for (let n = 0; n < 25_000; n += 1) formatCount(n);
    expect(formatCount(-0)).toBe('-0');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(null)).toBe('–');
    expect(formatRange(38, 48)).toBe('38–48');
  });

  it('writes every day as Intl does, with Sep for September, and undated for none', () => {
    const days = ['2011-03-15', '2022-09-30', '2023-04-15', '2020-11-04', '2022-09-30'];
    for (const iso of days) expect(formatDay(iso)).toBe(day.format(new Date(`${iso}T00:00:00Z`)).replace('Sept', 'Sep'));
    expect(formatDay('2022-09-30')).toBe('30 Sep 2022');
    expect(formatDay('')).toBe('undated');
  });
});
