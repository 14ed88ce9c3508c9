/**
 * A PDF page's text runs (positioned strings) put back into reading order: lines built from runs at one height,
 * two columns read one after the other when a gutter splits the page (a run that spans the gutter, a title or a
 * full-width table, ends the columns above it), and the lines of each paragraph joined into one.
 * Running headers and footers, the same line at the top or bottom of most pages, are dropped. Pure: pdf.ts feeds it.
 */
import type { RemovedLine } from '@frontline/schema';
import { endsClause, markerLength } from '../lines.ts';
import { joinWrapped } from '../unwrap.ts';

/** One text run: its string and box in PDF units (y grows upwards, as in PDF). */
export interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PageRuns {
  width: number;
  runs: Run[];
}

interface Line {
  text: string;
  y: number;
  size: number;
  left: number;
  right: number;
}

/** A page's lines in reading order, in blocks (a column, or a full-width run of lines between them). */
type Block = Line[];

/** Where between 30% and 70% of the width no run crosses and both sides have text on many lines: the column gutter. */
function gutter(page: PageRuns): number | null {
  const { width, runs } = page;
  const min = 0.3 * width;
  const max = 0.7 * width;
  let best: { x: number; crossing: number } | null = null;
  for (let x = min; x <= max; x += 2) {
    const crossing = runs.filter((r) => r.x < x && r.x + r.width > x).length;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  if (!best) return null;
  const g = best.x;
  const heights = (side: (r: Run) => boolean) => new Set(runs.filter(side).map((r) => Math.round(r.y))).size;
  const left = heights((r) => r.x + r.width <= g);
  const right = heights((r) => r.x >= g);
  // Columns: several lines on each side, and the runs that cross are a few full-width lines, not the body.
  return left >= 3 && right >= 3 && best.crossing <= Math.max(2, 0.1 * runs.length) ? g : null;
}

/** Runs at one height (within half a font size) become a line, left to right, a space where a gap separates them. */
function lines(runs: Run[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Array<{ y: number; size: number; runs: Run[] }> = [];
  for (const run of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y - run.y) <= 0.5 * Math.max(last.size, run.size)) last.runs.push(run);
    else out.push({ y: run.y, size: run.size, runs: [run] });
  }
  return out.map(({ y, size, runs: rs }) => {
    const ordered = rs.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const r of ordered) {
      const gap = r.x - end > 0.15 * r.size;
      text += text !== '' && gap && !text.endsWith(' ') && !r.str.startsWith(' ') ? ` ${r.str}` : r.str;
      end = r.x + r.width;
    }
    return { text: text.replace(/\s+/g, ' ').trim(), y, size, left: ordered[0]!.x, right: end };
  });
}

/**
 * The page's blocks, top to bottom. With a gutter, the lines that cross it (titles, full-width tables) cut the page
 * into stretches; each stretch is read left column first, then right, then the full-width line below it.
 */
function blocks(page: PageRuns): Block[] {
  const g = gutter(page);
  if (g === null) return [lines(page.runs)];
  const crosses = (r: Run) => r.x < g && r.x + r.width > g;
  const spanning = lines(page.runs.filter(crosses)).map((l) => l.y);
  const onSpanning = (r: Run) => spanning.some((y) => Math.abs(y - r.y) <= 0.5 * r.size);
  const full = lines(page.runs.filter(onSpanning));
  const stretches: Run[][] = spanning.map(() => []).concat([[]]);
  for (const run of page.runs.filter((r) => !onSpanning(r))) stretches[spanning.filter((y) => y > run.y).length]!.push(run);
  return stretches.flatMap((runs, k) => [
    lines(runs.filter((r) => r.x + r.width <= g)),
    lines(runs.filter((r) => r.x + r.width > g)),
    full[k] ? [full[k]!] : [],
  ]).filter((b) => b.length > 0);
}

/**
 * A block's paragraphs, each joined into one line (joinWrapped: hyphenated words mended). A paragraph ends where
 * the gap to the next line is well over the block's usual spacing, the font size changes (a heading), the next
 * line opens a list item, or a line ends a sentence short of the block's right edge.
 */
function paragraphs(block: Block): string[] {
  const gaps = block.slice(1).map((l, i) => block[i]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? Infinity;
  const edge = Math.max(...block.map((l) => l.right));
  const width = edge - Math.min(...block.map((l) => l.left));
  const out: string[][] = [];
  block.forEach((line, i) => {
    const prev = block[i - 1];
    const breaks =
      !prev ||
      prev.y - line.y > 1.4 * usual ||
      Math.abs(prev.size - line.size) > 0.1 * prev.size ||
      markerLength(line.text) > 0 ||
      (endsClause(prev.text) && prev.right < edge - 0.15 * width);
    if (breaks) out.push([line.text]);
    else out[out.length - 1]!.push(line.text);
  });
  return out.map(joinWrapped);
}

/** A line with its digits masked: "Page 3 of 12" and "Page 4 of 12" are one running footer. */
const furnitureKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
const PAGE_NUMBER = /^(?:page\s*)?[-–—]?\s*#\s*[-–—]?(?:\s*(?:of|\/)\s*#)?$/;

/** Top and bottom lines repeated on at least half the pages (two at least), and bare page numbers there. */
function furniture(pages: Block[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const all = page.flat().sort((a, b) => b.y - a.y);
    const edges = new Set([all[0], all[1], all[all.length - 2], all[all.length - 1]].filter(Boolean).map((l) => furnitureKey(l!.text)));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = new Set<string>();
  for (const [key, n] of counts) if ((n >= 2 && n >= pages.length / 2) || PAGE_NUMBER.test(key)) keys.add(key);
  return keys;
}

function isEdge(page: Block[], line: Line): boolean {
  const ys = page.flat().map((l) => l.y).sort((a, b) => b - a);
  return line.y >= (ys[1] ?? ys[0]!) || line.y <= (ys[ys.length - 2] ?? ys[0]!);
}

/** The document's text in reading order, one line a line, and the header and footer lines dropped. */
export function layoutText(pages: PageRuns[]): { text: string; removed: RemovedLine[] } {
  const laidOut = pages.map(blocks);
  const drop = furniture(laidOut);
  const removed: RemovedLine[] = [];
  const text = laidOut
    .map((page) => {
      const kept = page.map((block) =>
        block.filter((line) => {
          const out = drop.has(furnitureKey(line.text)) && isEdge(page, line);
          if (out) removed.push({ text: line.text, reason: 'page_furniture' });
          return !out;
        }),
      );
      // One line break between columns and pages: a paragraph that runs on is joined by unwrap.ts like a wrapped line.
      return kept.filter((b) => b.length > 0).map((b) => paragraphs(b).join('\n\n')).join('\n');
    })
    .join('\n');
  return { text: `${text}\n`, removed };
}
