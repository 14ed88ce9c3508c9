/**
 * Article exports, one article a row: JSON Lines (one object a line) and CSV/TSV with a header row. Each row becomes
 * an article whose id is the file's stem and the row's line number (`news-12`) and whose path is `file:LINE`. A line
 * that is not a JSON object, a CSV record that does not parse, and a row without text go to rejected.csv with their
 * line; the other rows go on. The columns used are set by the field map (fields.ts).
 */
import { parse } from 'csv-parse/sync';
import { decodeArticle } from '../decode.ts';
import { fragmentText } from './html.ts';
import { rowId } from '../id.ts';
import { pick } from './fields.ts';
import { META_FIELDS, refused, type FieldMap, type KnownMeta, type ReadOutcome, type Reader, type InputFile } from './types.ts';

/** An export holds many articles: far above one article's limit. It is read whole, so not unbounded. */
const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

/** One row as parsed, or why it could not be. `raw`: its text, for the row's hash and the duplicate check. */
type Row = { line: number; raw: string } & ({ record: Record<string, unknown> } | { error: string });

const encoder = new TextEncoder();

/** Text that is markup: it opens with a tag and closes block or inline elements (a CMS's rendered content). */
const looksLikeHtml = (text: string) => /^\s*<[a-z!]/i.test(text) && /<\/(?:p|div|span|a|li|h[1-6]|strong|em|b|i)>/i.test(text);

function toOutcome(path: string, rows: Row[], fields: FieldMap): ReadOutcome {
  const outcome: ReadOutcome = { docs: [], rejected: [] };
  for (const row of rows) {
    const at = `${path}:${row.line}`;
    if ('error' in row) {
      outcome.rejected.push({ path: at, reason: row.error });
      continue;
    }
    const text = pick(row.record, fields.text);
    if (!text) {
      outcome.rejected.push({ path: at, reason: `row without text: no non-empty ${fields.text.join(', ')} field` });
      continue;
    }
    const meta: KnownMeta = {};
    for (const field of META_FIELDS) {
      const found = pick(row.record, fields[field]);
      if (found) meta[field] = { value: found.value, from: `export column '${found.column}'`, key: 'export' };
    }
    const body = looksLikeHtml(text.value) ? fragmentText(text.value) : text.value.replace(/\r\n?/g, '\n');
    outcome.docs.push({ path: at, id: rowId(path, row.line), raw: encoder.encode(row.raw), text: `${body}\n`, meta, issues: [], removed: [] });
  }
  return outcome;
}

function jsonLines(text: string): Row[] {
  const rows: Row[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const line = i + 1;
    try {
      const record: unknown = JSON.parse(raw);
      if (record && typeof record === 'object' && !Array.isArray(record)) rows.push({ line, raw, record: record as Record<string, unknown> });
      else rows.push({ line, raw, error: 'not a JSON object' });
    } catch (err) {
      rows.push({ line, raw, error: `not JSON (${(err as Error).message.split('\n')[0]})` });
    }
  });
  return rows;
}

function csvRows(text: string, delimiter: string): Row[] {
  const rows: Row[] = [];
  const parsed = parse(text, {
    columns: true,
    delimiter,
    info: true,
    raw: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => void rows.push({ line: Number(err?.lines ?? 0), raw: '', error: `not a CSV record (${err?.message ?? 'unreadable'})` }),
  }) as Array<{ record: Record<string, string>; info: { lines: number }; raw: string }>;
  // info.lines is the line a record ends on; a record with quoted line breaks starts earlier.
  for (const { record, info, raw } of parsed) rows.push({ line: info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0), raw, record });
  return rows.sort((a, b) => a.line - b.line);
}

function readExport(file: InputFile, fields: FieldMap, rowsOf: (text: string) => Row[]): ReadOutcome {
  const decoded = decodeArticle(file.bytes, MAX_EXPORT_BYTES);
  if (!decoded.ok) return refused(file.path, decoded.reason);
  let rows: Row[];
  try {
    rows = rowsOf(decoded.text);
  } catch (err) {
    return refused(file.path, `unreadable export: ${(err as Error).message.split('\n')[0]}`);
  }
  return toOutcome(file.path, rows, fields);
}

export const jsonlReader: Reader = {
  format: 'jsonl',
  maxBytes: MAX_EXPORT_BYTES,
  read: (file, { fields }) => readExport(file, fields, jsonLines),
};

export const csvReader: Reader = {
  format: 'csv',
  maxBytes: MAX_EXPORT_BYTES,
  read: (file, { fields }) => readExport(file, fields, (text) => csvRows(text, file.path.toLowerCase().endsWith('.tsv') ? '\t' : ',')),
};

/** The rows of a CSV or JSON Lines table as records with line numbers: the manifest reads its rows the same way. */
export const tableRows = (text: string, jsonl: boolean): Row[] => (jsonl ? jsonLines(text) : csvRows(text, ','));
export type { Row };
