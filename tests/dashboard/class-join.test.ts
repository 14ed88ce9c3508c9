import { describe, expect, it } from 'vitest';
import { extendTailwindMerge, twJoin, twMerge } from '../../apps/dashboard/src/lib/shims/tailwind-merge.ts';

// The dashboard aliases tailwind-merge to this join (issue 11); LayerChart's cls() calls it with its own lc-* classes,
// a caller's class and undefined/false slots.
describe('tailwind-merge stand-in', () => {
  it('joins class names in order and drops empty slots', () => {
    expect(twJoin('lc-rect', undefined, 'mark', false, '', null)).toBe('lc-rect mark');
  });
  it('normalises whitespace and flattens arrays as tailwind-merge does', () => {
    expect(twMerge('  lc-axis\n lc-axis-tick ', ['map-label', ['x']])).toBe('lc-axis lc-axis-tick map-label x');
  });
  it('keeps repeated non-Tailwind classes, like the original', () => {
    expect(twMerge('mark mark')).toBe('mark mark');
  });
  it('extendTailwindMerge gives the same join whatever the configuration', () => {
    const merge = extendTailwindMerge({ extend: { classGroups: { shadow: ['elevation-1'] } } });
    expect(merge('lc-grid', 'lc-grid-x-rule')).toBe('lc-grid lc-grid-x-rule');
  });
});
