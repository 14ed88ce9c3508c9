/**
 * Charts in the prerendered page. LayerChart measures its box in the browser and draws nothing on the server; a
 * chart given a size and `ssr` draws on the server too, so the static HTML holds each chart's SVG: a reader without
 * JavaScript sees the charts, and the first paint is a chart, not an empty box. In the browser the props are empty
 * and the chart measures its box as before (hydration replaces the prerendered SVG with the measured one).
 *
 * The prerendered SVG is the view without filters: a static page is written once, before any query string exists.
 * Before hydration, a page opened with filters in its URL says so over its charts (app.html and app.css), and
 * without JavaScript a note says the charts show every row.
 */
import { getContext, setContext } from 'svelte';

/** The width the server draws at; the SVG's viewBox lets it scale to the column it lands in. */
export const PRERENDER_WIDTH = 720;
const HEIGHT = Symbol('plot-height');

/** ChartFrame tells the chart inside it how tall its plot is. */
export function setPlotHeight(height: () => number) {
  setContext(HEIGHT, height);
}

const plotHeight = () => getContext<(() => number) | undefined>(HEIGHT)?.() ?? 320;

const onServer = () => typeof window === 'undefined';

/** Props for LayerChart's <Chart>: a fixed size and `ssr` on the server, nothing in the browser. */
export function serverChart(): { ssr?: boolean; width?: number; height?: number } {
  if (!onServer()) return {};
  return { ssr: true, width: PRERENDER_WIDTH, height: plotHeight() };
}

/** Props for LayerChart's <Svg>: a viewBox on the server, so the prerendered SVG scales to its column. */
export function serverSvg(): { viewBox?: string; class?: string } {
  if (!onServer()) return {};
  return { viewBox: `0 0 ${PRERENDER_WIDTH} ${plotHeight()}`, class: 'prerendered' };
}
