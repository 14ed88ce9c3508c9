/**
 * The reader for a file, chosen by its content where the content says (a PDF's `%PDF-` mark, an HTML doctype or
 * `<html>` tag) and otherwise by its extension; anything else is plain text.
 */
import { csvReader, jsonlReader } from './export.ts';
import { htmlReader } from './html.ts';
import { markdownReader } from './markdown.ts';
import { pdfReader } from './pdf.ts';
import { textReader } from './text.ts';
import type { Reader } from './types.ts';

const BY_EXTENSION: Record<string, Reader> = {
  pdf: pdfReader,
  html: htmlReader,
  htm: htmlReader,
  xhtml: htmlReader,
  md: markdownReader,
  markdown: markdownReader,
  jsonl: jsonlReader,
  ndjson: jsonlReader,
  csv: csvReader,
  tsv: csvReader,
};

const extension = (path: string) => /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';

/** The reader a path's extension names: what the size limit is judged by before a file is read. */
export const readerForPath = (path: string): Reader => BY_EXTENSION[extension(path)] ?? textReader;

/** What the first bytes say, past a byte order mark and white space. */
function sniff(bytes: Uint8Array): Reader | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^(?:\u00ef\u00bb\u00bf)?\s*/, '');
  if (head.startsWith('%PDF-')) return pdfReader;
  if (/^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(head)) return htmlReader;
  return null;
}

/** The reader of a file read: its content first, then its extension. */
export const readerFor = (path: string, bytes: Uint8Array): Reader => sniff(bytes) ?? readerForPath(path);

export { fieldMap, DEFAULT_FIELDS } from './fields.ts';
export { manifestName, readManifest, type Manifest } from './manifest.ts';
export type { FieldMap, InputFile, KnownMeta, KnownValue, ReadContext, ReadOutcome, Reader, SourceDoc } from './types.ts';
