/**
 * A cache file read by position instead of whole: one pass in fixed-size chunks notes where each line starts and
 * ends and its key (the text before its first tab), and a line is read from disk only when a run asks for it. A
 * re-run of 10,000 articles that needs 20 of them new holds the positions of the others, not their payloads (the
 * ingest cache holds every article's text), and copies the unchanged lines to the new file in large runs of bytes.
 */
import { closeSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where a line is in the file: byte offsets, its end before the '\n'; `fd`: in another open file than the one read. */
export interface LineSpan {
  start: number;
  end: number;
  fd?: number;
}

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;
const TAB = 0x09;

/** The lines of an open file: their keys and spans, in file order; lines without a key (or a repeated key) counted. */
export function indexLines(fd: number): { spans: Map<string, LineSpan>; unkeyed: number } {
  const spans = new Map<string, LineSpan>();
  let unkeyed = 0;
  const buffer = Buffer.allocUnsafe(CHUNK);
  let position = 0;
  let lineStart = 0;
  let key: Buffer[] | null = []; // the key's bytes while the line's first tab is not reached; null after it
  const endLine = (end: number) => {
    if (key === null) {
      const name = keyText;
      if (name !== '' && !spans.has(name)) spans.set(name, { start: lineStart, end });
      else unkeyed += 1;
    } else if (end > lineStart) unkeyed += 1; // no tab: not an entry (an empty line is nothing)
    lineStart = end + 1;
    key = [];
  };
  let keyText = '';
  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK, position);
    if (read === 0) break;
    let at = 0;
    while (at < read) {
      const found = buffer.indexOf(NEWLINE, at);
      const newline = found < 0 || found >= read ? -1 : found;
      if (key !== null) {
        // the key ends at the line's first tab; a line without one ends at its newline (or goes on in the next chunk)
        const limit = newline < 0 ? read : newline;
        const tab = buffer.subarray(at, limit).indexOf(TAB);
        key.push(Buffer.from(buffer.subarray(at, tab < 0 ? limit : at + tab)));
        if (tab >= 0) {
          keyText = Buffer.concat(key).toString('utf8');
          key = null;
          at += tab + 1;
          continue;
        }
        if (newline < 0) break;
        endLine(position + newline);
        at = newline + 1;
        continue;
      }
      if (newline < 0) break;
      endLine(position + newline);
      at = newline + 1;
    }
    position += read;
  }
  if (position > lineStart) endLine(position); // a last line without its '\n' (a truncated file): its check decides
  return { spans, unkeyed };
}

/** The bytes of a span (of `fd`, or of the span's own file). */
export function readBytes(file: number, { start, end, fd = file }: LineSpan): Buffer {
  const bytes = Buffer.allocUnsafe(end - start);
  let done = 0;
  while (done < bytes.length) {
    const read = readSync(fd, bytes, done, bytes.length - done, start + done);
    if (read === 0) break;
    done += read;
  }
  return bytes.subarray(0, done);
}

/** The text of a span (of `fd`, or of the span's own file). */
export const readSpan = (file: number, span: LineSpan): string => readBytes(file, span).toString('utf8');

/**
 * Lines in the order given, each either text or a span of the file: consecutive spans that follow each other in the
 * file are read as one run of bytes (up to a few MB), so copying unchanged entries is a few large reads. Each item
 * yielded is the bytes of one or more whole lines without the last '\n' (never decoded: a cache file's unchanged
 * entries are copied as bytes, not turned into text and back).
 */
export function* linesFrom(fd: number, items: Iterable<string | LineSpan>): Generator<Buffer> {
  let run: LineSpan | null = null;
  for (const item of items) {
    if (typeof item !== 'string' && run && item.fd === run.fd && item.start === run.end + 1 && item.end - run.start <= RUN_BYTES) {
      run.end = item.end;
      continue;
    }
    if (run) yield readBytes(fd, run);
    run = null;
    if (typeof item === 'string') yield Buffer.from(item);
    else run = { ...item };
  }
  if (run) yield readBytes(fd, run);
}

/** Pieces of lines, each followed by '\n', gathered into chunks of a few MB for writing (few writes, little held). */
export function* newlineChunks(pieces: Iterable<Buffer>): Generator<Buffer> {
  let batch: Buffer[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece, NEWLINE_BYTE);
    size += piece.length + 1;
    if (size >= RUN_BYTES) {
      yield Buffer.concat(batch, size);
      batch = [];
      size = 0;
    }
  }
  if (batch.length) yield Buffer.concat(batch, size);
}

const NEWLINE_BYTE = Buffer.from('\n');
const RUN_BYTES = 4 << 20;

/**
 * Lines appended to a temporary file and read back by span (linesFrom): the entries a run computes wait there until
 * the cache file is written, so a run of any size never holds their payloads.
 */
export class Spool {
  readonly fd: number;
  private size = 0;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'w+');
  }

  append(line: string): LineSpan {
    const bytes = Buffer.from(`${line}\n`);
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    const span = { start: this.size, end: this.size + bytes.length - 1, fd: this.fd };
    this.size += bytes.length;
    return span;
  }

  remove(): void {
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
}

export const openForReading = (path: string) => openSync(path, 'r');
export const closeFile = (fd: number) => closeSync(fd);
