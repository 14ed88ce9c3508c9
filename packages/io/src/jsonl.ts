import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { AtomicFile, writeLinesAtomic } from './atomic.ts';

/** JSON Lines: one record a line, so a person can open, grep and diff a stage's output. */
export function writeJsonl(path: string, records: readonly unknown[]): void {
  writeLinesAtomic(path, jsonLines(records), { hash: true }); // a hand-over file: datapackage.json lists its hash
}

function* jsonLines(records: readonly unknown[]): Generator<string> {
  for (const r of records) yield JSON.stringify(r);
}

/** Every record of a JSON Lines file, read line by line (eachJsonl): the file's text is never one string. */
export function readJsonl<T>(path: string): T[] {
  const records: T[] = [];
  eachJsonl<T>(path, (record) => records.push(record));
  return records;
}

/**
 * Calls `each` with every record of a JSON Lines file, one line at a time: a large file (the ingest hand-over file
 * holds every article's text) is never in memory whole.
 */
export function eachJsonl<T>(path: string, each: (record: T) => void): void {
  for (const record of jsonlRecords<T>(path)) each(record);
}

/**
 * The records of a JSON Lines file, one at a time as the caller pulls them (a stage reads its input in batches this
 * way). A missing file is reported at once, not at the first record. It is closed when the last record is read or
 * the caller stops early.
 */
export function jsonlRecords<T>(path: string): Generator<T> {
  if (!existsSync(path)) throw new MissingInputError(path);
  return readRecords<T>(path);
}

/**
 * The lines of a JSON Lines file as written, blank ones left out, unparsed: a stage whose cache has an article's
 * result keys it by the line's text and never parses it (jsonlRecords parses every line).
 */
export function jsonlLines(path: string): Generator<string> {
  if (!existsSync(path)) throw new MissingInputError(path);
  return nonBlank(eachLine(path));
}

function* nonBlank(lines: Iterable<string>): Generator<string> {
  for (const text of lines) if (text.trim() !== '') yield text;
}

function* readRecords<T>(path: string): Generator<T> {
  for (const { record } of readRecordsAt<T>(path)) yield record;
}

/** Where a line is in its file, in bytes (its newline left out): what readJsonlSpans reads it back by. */
export interface LineSpan {
  at: number;
  bytes: number;
}

/**
 * The records of a JSON Lines file with the span of each line: a stage that needs some records twice keeps their
 * spans rather than the records (normalize's corroboration reads each article's captures back when it dates it).
 */
export function jsonlRecordsAt<T>(path: string): Generator<{ record: T; span: LineSpan }> {
  if (!existsSync(path)) throw new MissingInputError(path);
  return readRecordsAt<T>(path);
}

function* readRecordsAt<T>(path: string): Generator<{ record: T; span: LineSpan }> {
  let line = 0;
  for (const { text, span } of eachLineAt(path)) {
    line++;
    if (text.trim() === '') continue;
    let record: T;
    try {
      record = JSON.parse(text) as T;
    } catch {
      throw new Error(`${path}:${line}: not valid JSON`);
    }
    yield { record, span };
  }
}

/** The records at `spans` (from jsonlRecordsAt on the same, unchanged file), in the spans' order. */
export function readJsonlSpans<T>(path: string, spans: readonly LineSpan[]): T[] {
  if (spans.length === 0) return [];
  const fd = openSync(path, 'r');
  try {
    return spans.map(({ at, bytes }) => {
      const buffer = Buffer.alloc(bytes);
      readSync(fd, buffer, 0, bytes, at);
      return JSON.parse(buffer.toString('utf8')) as T;
    });
  } finally {
    closeSync(fd);
  }
}

/**
 * The items of a JSON array as JSON.stringify wrote it, each as its own JSON text (what JSON.stringify gives for the
 * item): the array is split at the commas outside strings, objects and arrays, not parsed. A stage copies a cached
 * list of records into its hand-over file this way, one line a record, the bytes a parse and a write would give.
 * Text with whitespace between tokens, which JSON.stringify never writes, keeps it.
 */
export function jsonArrayItems(json: string): string[] {
  return topLevelParts(json, 0x5b, 0x5d, 'array');
}

/** The members of a JSON object as JSON.stringify wrote it: each key with its value's JSON text (as jsonArrayItems splits). */
export function jsonObjectMembers(json: string): Map<string, string> {
  const members = new Map<string, string>();
  for (const part of topLevelParts(json, 0x7b, 0x7d, 'object')) {
    const keyEnd = stringEnd(part, 0);
    members.set(JSON.parse(part.slice(0, keyEnd + 1)) as string, part.slice(keyEnd + 2)); // past the key's quote and the colon
  }
  return members;
}

/** The texts between the top-level commas of an array or an object (`open` and `close` are its brackets' codes). */
function topLevelParts(json: string, open: number, close: number, what: string): string[] {
  if (json.charCodeAt(0) !== open || json.charCodeAt(json.length - 1) !== close) throw new Error(`not a JSON ${what}`);
  const parts: string[] = [];
  let depth = 0;
  let start = 1;
  for (let i = 1; i < json.length - 1; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22) i = stringEnd(json, i);
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2c && depth === 0) parts.push(json.slice(start, i)), (start = i + 1);
  }
  if (json.length > 2) parts.push(json.slice(start, json.length - 1));
  return parts;
}

/**
 * Where the JSON string opened by the quote at `open` closes: the next quote not escaped (after an even run of
 * backslashes). Found by indexOf, since the strings (quotes, texts) are most of a record's characters.
 */
function stringEnd(json: string, open: number): number {
  for (let i = json.indexOf('"', open + 1); i >= 0; i = json.indexOf('"', i + 1)) {
    let backslashes = 0;
    while (json.charCodeAt(i - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  throw new Error('a JSON string is not closed');
}

/** Every line's text, blank ones too. */
function* eachLine(path: string): Generator<string> {
  for (const { text } of eachLineAt(path)) yield text;
}

/** Every line's text and span, blank ones too. The file is read in 1 MB blocks split at newline bytes, which UTF-8 never uses inside a character. */
function* eachLineAt(path: string): Generator<{ text: string; span: LineSpan }> {
  const fd = openSync(path, 'r');
  try {
    const block = Buffer.alloc(1 << 20);
    let rest = Buffer.alloc(0);
    let at = 0; // the file offset of the first byte of `rest`
    for (let read = readSync(fd, block); read > 0; read = readSync(fd, block)) {
      let chunk = Buffer.concat([rest, block.subarray(0, read)]);
      for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10)) {
        const text = chunk.toString('utf8', 0, nl);
        chunk = chunk.subarray(nl + 1);
        yield { text, span: { at, bytes: nl } };
        at += nl + 1;
      }
      rest = Buffer.from(chunk);
    }
    if (rest.length) yield { text: rest.toString('utf8'), span: { at, bytes: rest.length } };
  } finally {
    closeSync(fd);
  }
}

/** A stage's input file is missing: the earlier stage has not run (or ran with another --out). */
export class MissingInputError extends Error {
  constructor(readonly path: string) {
    super(`${path} not found`);
  }
}

/** Characters of lines a JsonlWriter gathers before writing them (as writeLinesAtomic). */
const WRITER_BATCH_CHARS = 1 << 22;

/**
 * A JSON Lines file written record by record as a stage makes them, atomically (AtomicFile): a stage keeps only the
 * records in flight, and readers see the old file until commit. Same bytes as writeJsonl of the same records.
 */
export class JsonlWriter {
  private readonly file: AtomicFile;
  private batch: string[] = [];
  private size = 0;

  constructor(path: string) {
    this.file = new AtomicFile(path, { hash: true }); // a hand-over file: datapackage.json lists its hash
  }

  write(record: unknown): void {
    this.writeLine(JSON.stringify(record));
  }

  /** A record already serialized, as JSON.stringify wrote it (one line: JSON.stringify never writes a newline). */
  writeLine(line: string): void {
    this.batch.push(line, '\n');
    this.size += line.length + 1;
    if (this.size >= WRITER_BATCH_CHARS) this.flush();
  }

  commit(): void {
    this.flush();
    this.file.commit();
  }

  abort(): void {
    this.file.abort();
  }

  private flush(): void {
    if (this.batch.length) this.file.write(this.batch.join(''));
    this.batch = [];
    this.size = 0;
  }
}
