/**
 * Where key-event labels go on a time axis. Labels sit in a few lanes at the top of the plot; each takes the first
 * lane where it clears the label before it. When no lane is free, the label that ends first is cut short with an
 * ellipsis so the new one can start: no two labels ever overlap, and the full text stays in the mark's title.
 */

/** Average advance of a 10 px sans-serif character: labels are measured without a DOM, on the server as in the page. */
const CHAR_PX = 5.8;
/** Gap between a label and its rule, and between two labels of a lane. */
const GAP = 4;
/** Near the right edge a label runs leftwards from its rule. */
const RIGHT_MARGIN = 160;

export interface PlacedLabel {
  lane: number;
  /** Where the text is anchored, and which way it runs. */
  x: number;
  anchor: 'start' | 'end';
  text: string;
}

interface Span {
  index: number;
  from: number;
  to: number;
}

/** The labels of rules at `xs` (in date order), in `lanes` lanes over a plot `width` wide. */
export function placeLabels(xs: number[], labels: string[], width: number, lanes = 3): PlacedLabel[] {
  const placed: PlacedLabel[] = xs.map((x, i) => {
    const anchor = x > width - RIGHT_MARGIN ? 'end' : 'start';
    return { lane: 0, x: anchor === 'end' ? x - GAP : x + GAP, anchor, text: labels[i] ?? '' };
  });
  const last: (Span | null)[] = Array.from({ length: lanes }, () => null);
  placed.forEach((p, index) => {
    let span = spanOf(p, index);
    let lane = last.findIndex((s) => s === null || s.to + GAP <= span.from);
    if (lane < 0) {
      lane = earliestEnd(last);
      const before = last[lane]!;
      // A label running rightwards is cut by the next; one running leftwards (near the edge) is cut itself, as it
      // would otherwise reach back over the lane's earlier labels too.
      if (p.anchor === 'start') shorten(placed[before.index]!, before, span.from - GAP);
      else span = cutFrom(p, index, before.to + GAP);
    }
    p.lane = lane;
    // A label cut to nothing leaves the lane's reach where the label before it ends.
    if (p.text) last[lane] = span;
  });
  return placed;
}

function spanOf(p: PlacedLabel, index: number): Span {
  const w = p.text.length * CHAR_PX;
  return p.anchor === 'start' ? { index, from: p.x, to: p.x + w } : { index, from: p.x - w, to: p.x };
}

function earliestEnd(last: (Span | null)[]): number {
  return last.reduce((best, s, i) => (s!.to < last[best]!.to ? i : best), 0);
}

/** How many characters, with the ellipsis, fit in `room` pixels; the text is dropped when not even one does. */
function cut(text: string, room: number): string {
  const chars = Math.floor(room / CHAR_PX) - 1;
  return chars < 1 ? '' : `${text.slice(0, chars).trimEnd()}…`;
}

/** Cuts a rightwards label to end before `limit` ("Government forces take …"). */
function shorten(p: PlacedLabel, span: Span, limit: number): void {
  p.text = cut(p.text, limit - span.from);
  span.to = span.from + p.text.length * CHAR_PX;
}

/** Cuts a leftwards label to begin after `limit`. */
function cutFrom(p: PlacedLabel, index: number, limit: number): Span {
  p.text = cut(p.text, p.x - limit);
  return spanOf(p, index);
}
