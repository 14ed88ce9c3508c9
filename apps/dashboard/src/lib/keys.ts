/**
 * Keyboard between chart marks: a chart is one Tab stop (its plot), and the arrow keys move between its marks in
 * reading order (left to right, then top to bottom), Home and End to the first and last. Marks are taken from the
 * document when a key is pressed, so the order follows whatever the chart draws now.
 */

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The marks of the chart around `el`, in reading order of their centres. */
function marksAround(el: Element): Element[] {
  const chart = el.closest('[data-chart]');
  if (!chart) return [];
  const centre = (m: Element) => {
    const box = m.getBoundingClientRect();
    return [box.left + box.width / 2, box.top + box.height / 2] as const;
  };
  return [...chart.querySelectorAll('[data-mark]')]
    .map((m) => ({ m, c: centre(m) }))
    .sort((a, b) => a.c[0] - b.c[0] || a.c[1] - b.c[1])
    .map(({ m }) => m);
}

/**
 * The mark a key moves to from `from` (a mark, or the plot itself: then the first or last), or null when the key
 * is not a move. Wraps around neither end.
 */
export function nextMark(from: Element, key: string): Element | null {
  if (!(key in STEP) && key !== 'Home' && key !== 'End') return null;
  const marks = marksAround(from);
  if (marks.length === 0) return null;
  if (key === 'Home') return marks[0];
  if (key === 'End') return marks.at(-1)!;
  const at = marks.indexOf(from);
  if (at < 0) return STEP[key] > 0 ? marks[0] : marks.at(-1)!;
  return marks[Math.min(Math.max(at + STEP[key], 0), marks.length - 1)];
}

/** Handles a key on a plot or a mark: moves focus and returns true when it was a move. */
export function moveBetweenMarks(e: KeyboardEvent): boolean {
  const next = nextMark(e.currentTarget as Element, e.key);
  if (!next) return false;
  e.preventDefault();
  (next as HTMLElement | SVGElement).focus();
  return true;
}
