/**
 * The attributes LayerChart's svg Rect, Line and Circle write for a static mark (numbers in pixels, no motion, no
 * data mode), for plain `<rect>`, `<line>` and `<circle>` elements: the same markup, without a component each.
 *
 * Why: a filter change redraws every mark, and each LayerChart mark is a component with its own state class (a dozen
 * deriveds reading the chart's context), a registration with the chart and, for a line, three marker wrappers. In a
 * CPU profile of the overview's filter change at 10,000 articles those components and Svelte marking their deriveds
 * path by path were a large part of the work (README, "Dashboard at scale", dash19). The charts pass explicit
 * domains, so the marks' registration (what LayerChart reads to infer domains) had nothing to give.
 *
 * The order is LayerChart's: the props it was given first (`{...rest}`, the camelCase style props included, which
 * SVG ignores), then its own attributes; a key already in the props keeps its place and takes the later value, as a
 * spread does. Undefined values write no attribute.
 */
type Props = Record<string, unknown>;

/** LayerChart's `cls('lc-rect', className)` for a plain class string. */
const withClass = (base: string, name: unknown) => (typeof name === 'string' && name ? `${base} ${name}` : base);
/** LayerChart's static style props: a value of the expected type, else none. */
const ofType = (value: unknown, type: 'string' | 'number') => (typeof value === type ? value : undefined);
/** LayerChart's dash array attribute: the numbers of a string or number, space separated. */
function dashArray(value: unknown): string | undefined {
  if (value == null || value === '' || value === 'none') return undefined;
  const parts = typeof value === 'number' ? [value, value] : String(value).split(/[\s,]+/).map(Number).filter(Number.isFinite);
  return parts.length ? parts.join(' ') : undefined;
}

export function rectAttrs(props: Props): Props {
  const { x, y, width, height, rx, ry, ...rest } = props;
  const corner = (a: unknown, b: unknown) => Number(a ?? b) || 0;
  return {
    ...rest,
    x,
    y,
    width,
    height,
    fill: ofType(rest.fill, 'string'),
    'fill-opacity': ofType(rest.fillOpacity, 'number'),
    stroke: ofType(rest.stroke, 'string'),
    'stroke-opacity': ofType(rest.strokeOpacity, 'number'),
    'stroke-width': ofType(rest.strokeWidth, 'number'),
    opacity: ofType(rest.opacity, 'number'),
    rx: corner(rx, ry),
    ry: corner(ry, rx),
    'stroke-dasharray': dashArray(rest.dashArray),
    class: withClass('lc-rect', rest.class),
  };
}

/**
 * A line without markers (LayerChart writes its marker attributes only when one is given). One departure from
 * LayerChart's Line, which writes no stroke opacity: a faint line (the period a casualty figure covers) asks for one,
 * and without it the period was drawn as dark as the whisker.
 */
export function lineAttrs(props: Props): Props {
  const { x1, y1, x2, y2, ...rest } = props;
  return {
    ...rest,
    x1,
    y1,
    x2,
    y2,
    fill: ofType(rest.fill, 'string'),
    stroke: ofType(rest.stroke, 'string'),
    'fill-opacity': ofType(rest.fillOpacity, 'number'),
    'stroke-opacity': ofType(rest.strokeOpacity, 'number'),
    'stroke-width': ofType(rest.strokeWidth, 'number'),
    opacity: ofType(rest.opacity, 'number'),
    'stroke-dasharray': dashArray(rest.dashArray),
    class: withClass('lc-line', rest.class),
  };
}

export function circleAttrs(props: Props): Props {
  return {
    ...props,
    cx: props.cx,
    cy: props.cy,
    r: typeof props.r === 'number' ? props.r : 1,
    fill: ofType(props.fill, 'string'),
    'fill-opacity': ofType(props.fillOpacity, 'number'),
    stroke: ofType(props.stroke, 'string'),
    'stroke-width': ofType(props.strokeWidth, 'number'),
    opacity: ofType(props.opacity, 'number'),
    'stroke-dasharray': dashArray(props.dashArray),
    class: withClass('lc-circle', props.class),
  };
}
