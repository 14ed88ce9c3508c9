/**
 * The text's timeline is built once per text (published.ts, `reading`): the unsettled yearless path (a dateline's day
 * without a year that the text's dates do not place) asks for it when placing the day and again when bounding the
 * undated report, and a text that falls through to the latest-day reasoning asks for it as well.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { splitSentences } from '../src/sentences.ts';

const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('../src/timeline.ts', async (original) => {
  const real = await original<typeof import('../src/timeline.ts')>();
  return { ...real, buildTimeline: (...args: Parameters<typeof real.buildTimeline>) => (built.count++, real.buildTimeline(...args)) };
});
const { inferPublished } = await import('../src/published.ts');

const infer = (text: string) => inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('the timeline of a text', () => {
  beforeEach(() => {
    built.count = 0;
  });

  it.each([
    // a wire, Sudan: "March 3" is eleven months after the war's start, so the year stays unknown
    ['RSF shells Omdurman\n\nOMDURMAN, March 3 (AFP) - The RSF shelled the market on Sunday. The war began on April 15, 2023.', ''],
    // a situation report, Ukraine: "Updated: 9 June" five months after its only dated event
    ['Kharkiv update\n\nUpdated: 9 June\n\nShelling displaced 3,000 people from Chuhuiv, as it did on 2 January 2022.', ''],
  ])('is built once on the unsettled yearless path: %#', (text, day) => {
    const published = infer(text);
    expect(published.published).toBe(day);
    expect(published.published_earliest).not.toBe('');
    expect(built.count).toBe(1);
  });

  it('is built once when a text dates itself by its latest day', () => {
    // a monitor, Syria
    const published = infer('Shelling in Idlib\n\nSeven civilians were killed in Maarat al-Numan on 12 March 2019, the monitor said.');
    expect(published.published).toBe('2019-03-12');
    expect(built.count).toBe(1);
  });
});
