import { describe, expect, it } from 'vitest';
import { circleAttrs, lineAttrs, rectAttrs } from '../../apps/dashboard/src/lib/svg-marks.ts';

/** The attributes a spread writes, in order: Svelte leaves out undefined values. */
const written = (attrs: Record<string, unknown>) => Object.entries(attrs).filter(([, v]) => v !== undefined && typeof v !== 'function');

// The plain marks must write what LayerChart's svg Rect, Line and Circle wrote for the same props (its templates:
// the props spread first, then its own attributes; a repeated name keeps its first place), so the prerendered
// charts stay the same markup (README, "Dashboard at scale", dash19).
describe('plain SVG marks with LayerChart markup', () => {
  it('a rect: the props in their order, then its geometry and style attributes, the class joined in place', () => {
    const onclick = () => {};
    const attrs = rectAttrs({ x: 1, y: 2, width: 30, height: 4, fill: '#56B4E9', fillOpacity: 0.3, stroke: '#3e85ac', strokeWidth: 1.5,
      dashArray: undefined, class: 'mark', 'data-range': 'exact', 'data-mark': 'm', onclick });
    expect(written(attrs)).toEqual([
      ['fill', '#56B4E9'], ['fillOpacity', 0.3], ['stroke', '#3e85ac'], ['strokeWidth', 1.5], ['class', 'lc-rect mark'],
      ['data-range', 'exact'], ['data-mark', 'm'], ['x', 1], ['y', 2], ['width', 30], ['height', 4], ['fill-opacity', 0.3],
      ['stroke-width', 1.5], ['rx', 0], ['ry', 0],
    ]);
    expect(attrs.onclick).toBe(onclick);
  });
  it('a dash array is written as LayerChart normalises it, and only when given', () => {
    expect(rectAttrs({ x: 0, y: 0, width: 1, height: 1, dashArray: '6 4' })['stroke-dasharray']).toBe('6 4');
    expect(lineAttrs({ x1: 0, y1: 0, x2: 1, y2: 1, dashArray: '3,2' })['stroke-dasharray']).toBe('3 2');
    expect(circleAttrs({ cx: 0, cy: 0, r: 2, dashArray: 3 })['stroke-dasharray']).toBe('3 3');
    expect(circleAttrs({ cx: 0, cy: 0, r: 2, dashArray: 'none' })['stroke-dasharray']).toBeUndefined();
  });
  it('a line: its end points after the props, whatever order they came in; its stroke opacity written (LayerChart drops it)', () => {
    const attrs = lineAttrs({ x1: 5, x2: 9, y1: 7, y2: 7, stroke: '#333', strokeOpacity: 0.35, strokeWidth: 3, class: 'best-line', 'pointer-events': 'none' });
    expect(written(attrs)).toEqual([
      ['stroke', '#333'], ['strokeOpacity', 0.35], ['strokeWidth', 3], ['class', 'lc-line best-line'], ['pointer-events', 'none'],
      ['x1', 5], ['y1', 7], ['x2', 9], ['y2', 7], ['stroke-opacity', 0.35], ['stroke-width', 3],
    ]);
    expect(lineAttrs({ x1: 0, y1: 0, x2: 1, y2: 1, strokeOpacity: '0.5' })['stroke-opacity']).toBeUndefined();
    expect(lineAttrs({ x1: 0, y1: 0, x2: 1, y2: 1 }).class).toBe('lc-line');
  });
  it('a circle keeps its centre and radius where the props put them', () => {
    expect(written(circleAttrs({ cx: 3, cy: 4, r: 5, fill: '#fff', stroke: '#000', strokeWidth: 2, class: 'mark' }))).toEqual([
      ['cx', 3], ['cy', 4], ['r', 5], ['fill', '#fff'], ['stroke', '#000'], ['strokeWidth', 2], ['class', 'lc-circle mark'],
      ['stroke-width', 2],
    ]);
    expect(circleAttrs({ cx: 0, cy: 0 }).r).toBe(1);
  });
  it('style props of the wrong type write no attribute of their own, as LayerChart', () => {
    const attrs = rectAttrs({ x: 0, y: 0, width: 1, height: 1, strokeWidth: '2', opacity: '0.5' });
    expect(attrs['stroke-width']).toBeUndefined();
    expect(attrs.opacity).toBeUndefined();
  });
});
