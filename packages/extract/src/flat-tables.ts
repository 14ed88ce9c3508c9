/**
 * A table flattened to text, as PDF and web pages paste it: a header line naming its columns ("Governorate  IDPs
 * Returnees", "Location | Killed | Injured"), then one line per place ("Idleb  12,345  2,100", "| Khartoum | 12 | 40 |").
 * Cells are parted by pipes, tabs or runs of two spaces or more. The header's first cell is a kind of place (a noun of
 * data/list-leads.csv: district, governorate, commune ...) and every other cell names a category as a label does
 * (`labelCategory`; "New IDPs" counts the newly displaced, a flow, where "IDPs" alone is a stock); each row is a name and
 * as many figures as the columns: one fact per figure, in its column's category, with the row's place. A total row
 * ("Total", "Grand total") restates the rows' sum and gives nothing; a dash or an empty cell is no figure. The table
 * ends at the first line that is no row.
 */
import type { Sentence } from '@frontline/schema';
import type { Token } from '@frontline/nlp';
import { tokenize } from '@frontline/nlp';
import type { Attachment } from './frame-parts.ts';
import { readDataFile } from './data.ts';
import type { Draft } from './draft.ts';
import { labelCategory } from './frame-finder.ts';
import { labelledDraft, parseListLeads } from './list-leads.ts';
import { findQuantities } from './numbers.ts';
import { PLACE_NAME, placeOf } from './listed-place.ts';

type Column = Pick<Attachment, 'category' | 'group' | 'unit'>;
interface Cell { text: string; start: number }

const PLACE_KINDS = new Set(parseListLeads(readDataFile('list-leads.csv')));
/** Cells are parted by a pipe, a tab or two spaces or more. */
const CELL_BREAK = /\s*\|\s*|\t+\s*|\s{2,}/gu;
/** What any match of CELL_BREAK holds: a pipe, a tab, or two spaces in a row. */
const MAY_BREAK = /[|\t]|\s\s/u;
/** "-", "–", "n/a": a cell that holds no figure. */
const NO_FIGURE = /^(?:[-–—]|n\/?a|\.\.\.)$/iu;
const TOTAL = /^(?:grand\s+|sub-?)?total\b/iu;
const PLACE_CELL = new RegExp(String.raw`^${PLACE_NAME}$`, 'u');
/** "New IDPs", "Newly displaced": the column counts people displaced in the period, not all who are. */
const NEW = /^new(?:ly)?\s/iu;

/** The drafts of an article's flattened tables, by the index of the sentence (line) that holds each row. */
export function flatTables(text: string, sentences: Sentence[]): Map<number, Draft[]> {
  const out = new Map<number, Draft[]>();
  let columns: Column[] | null = null;
  for (const sentence of sentences) {
    const line = text.slice(sentence.start, sentence.end);
    const rows = columns && rowDrafts(line, columns);
    if (rows) {
      if (rows.length) out.set(sentence.index, rows);
      continue;
    }
    columns = header(line);
  }
  return out;
}

/** A line's cells with their offsets, leading and trailing pipes dropped. */
function cells(line: string): Cell[] {
  const out: Cell[] = [];
  let at = 0;
  for (const m of [...line.matchAll(CELL_BREAK), null]) {
    const end = m ? m.index : line.length;
    const raw = line.slice(at, end);
    if (raw.trim()) out.push({ text: raw.trim(), start: at + raw.indexOf(raw.trim()) });
    if (m) at = m.index + m[0].length;
  }
  return out;
}

/** The columns a header line names after its first cell (a kind of place), or null when the line is no such header. */
function header(line: string): Column[] | null {
  // A line CELL_BREAK cannot part is one cell, no header: most lines are prose, and this look is cheaper than parting.
  if (!MAY_BREAK.test(line)) return null;
  const [first, ...rest] = cells(line);
  if (!first || !rest.length || !PLACE_KINDS.has(first.text.toLowerCase().replace(/s$/u, ''))) return null;
  const columns = rest.map((c) => column(c.text));
  return columns.every((c) => c !== null) ? (columns as Column[]) : null;
}

/** The category a column's label names; "new" before a stock's noun makes it the period's flow. */
function column(label: string): Column | null {
  const words = tokenize(label.toLowerCase()).filter((t) => t.pos !== 'PUNCT');
  if (words.some((t) => t.pos === 'NUM')) return null;
  const named = labelCategory(words as Token[]);
  // A column of "Casualties" counts the killed and the injured together: no one category for its figures.
  if (!named || named.frame.licensed_by === 'cause') return null;
  return named.category === 'idps_stock' && NEW.test(label) ? { ...named, category: 'displaced' } : named;
}

/** The drafts of one row under `columns` ([] for a total row), or null when the line is no row (the table ends). */
function rowDrafts(line: string, columns: Column[]): Draft[] | null {
  const [name, ...figures] = cells(line);
  if (!name || figures.length !== columns.length || !PLACE_CELL.test(name.text)) return null;
  const drafts: Draft[] = [];
  for (const [k, cell] of figures.entries()) {
    if (NO_FIGURE.test(cell.text)) continue;
    const q = findQuantities(cell.text)[0];
    if (!q || q.value === null || q.start !== 0 || q.end !== cell.text.length) return null;
    drafts.push(labelledDraft(columns[k]!, q, cell.start, cell.start));
  }
  if (TOTAL.test(name.text)) return [];
  const place = placeOf(name.start, name.text, []);
  if (!place) return null;
  return drafts.map((d) => ({ ...d, places: [place] }));
}
