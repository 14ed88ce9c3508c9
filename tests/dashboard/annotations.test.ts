/** Key-event labels on a time axis never overlap, and say in full what they can. */
import { describe, expect, it } from 'vitest';
import { placeLabels, type PlacedLabel } from '../../apps/dashboard/src/lib/annotations.ts';

const CHAR_PX = 5.8;
const extent = (p: PlacedLabel) => {
  const w = p.text.length * CHAR_PX;
  return p.anchor === 'start' ? [p.x, p.x + w] : [p.x - w, p.x];
};

function overlaps(placed: PlacedLabel[]): boolean {
  return placed.some((a, i) =>
    placed.some((b, j) => j > i && a.lane === b.lane && a.text && b.text && extent(a)[0]! < extent(b)[1]! && extent(b)[0]! < extent(a)[1]!),
  );
}

describe('key-event labels', () => {
  it('far apart, each keeps its whole text in the first lane', () => {
    const placed = placeLabels([20, 400], ['Offensive begins', 'Ceasefire'], 800);
    expect(placed.map((p) => [p.lane, p.text])).toEqual([[0, 'Offensive begins'], [0, 'Ceasefire']]);
  });

  it('two events on one day take two lanes', () => {
    const placed = placeLabels([100, 100], ['Airport falls', 'Talks open in Jeddah'], 800);
    expect(placed.map((p) => p.lane)).toEqual([0, 1]);
    expect(placed.map((p) => p.text)).toEqual(['Airport falls', 'Talks open in Jeddah']);
  });

  it('with more events than lanes, an earlier label is cut short, never drawn over', () => {
    const labels = ['Army enters the old city', 'Rebels cut the supply road', 'UN convoy reaches the camp', 'Truce announced'];
    const placed = placeLabels([100, 110, 120, 200], labels, 800);
    expect(overlaps(placed)).toBe(false);
    expect(placed.filter((p) => p.text.endsWith('…'))).toHaveLength(1);
    expect(placed[3]!.text).toBe('Truce announced');
  });

  it('near the right edge a label runs leftwards, and is itself cut rather than hide the one before', () => {
    const placed = placeLabels([700, 705, 710, 790], ['Bridge destroyed', 'Drone strike on depot', 'Mayor detained', 'Withdrawal from the district'], 800);
    expect(placed.every((p) => p.anchor === 'end')).toBe(true);
    expect(overlaps(placed)).toBe(false);
    expect(placed[3]!.text.length).toBeLessThan('Withdrawal from the district'.length);
  });

  it('never overlaps on a crowded axis, at desktop and phone widths', () => {
    for (const width of [800, 390]) {
      for (const step of [3, 11, 37, 53]) {
        const xs = Array.from({ length: 40 }, (_, i) => (i * step) % width).sort((a, b) => a - b);
        const placed = placeLabels(xs, xs.map((x, i) => `Event ${i} at ${x}${i % 3 ? ' on the front line' : ''}`), width);
        expect(overlaps(placed)).toBe(false);
      }
    }
  });
});
