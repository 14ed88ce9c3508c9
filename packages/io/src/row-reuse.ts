/**
 * A changed table's CSV records taken from the previous set's file where their rows did not change. A daily update
 * changes a few hundred rows of tables of tens of thousands; serializing every row again was most of writing the
 * CSV. A CSV record's bytes depend only on its own row's cells (csv.ts), so a row whose key (its JSON and odd
 * numbers) is the key of a row of the previous file has that row's bytes. The previous table's record (table-reuse)
 * keeps, per row in file order, its key and its record's length in bytes; the previous CSV file is used only when
 * it still hashes as recorded and its size is what the index adds up to, and only by the same writers (`writer`:
 * version and schema), so a wrong index or an edited file only costs the serialization.
 */
import crypto, { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { TableSchema } from '@frontline/schema';
import type { Row } from './cells.ts';

/** Per row of a written CSV file, in order: its key and the length of its record. */
export interface RowIndex {
  /** The writers and schema the records were made by: another one's records are never taken. */
  writer: string;
  /** `<key><length>` per row, comma-separated (keys are KEY_CHARS hex digits). */
  index: string;
}

const KEY_CHARS = 32;

/** What decides a CSV record's bytes besides its row: the writers' version and the schema. */
export const writerOf = (version: string, schema: TableSchema): string =>
  createHash('sha256').update(`${version}\0${JSON.stringify(schema)}`).digest('hex');

/**
 * JSON of a row loses what turns NaN, ±Infinity and -0 into null or 0, which the Arrow file keeps apart: such
 * numbers (also inside a list) are hashed again by their own text, so two keys are equal only for equal values.
 */
function oddNumbers(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? '' : Object.is(value, -0) ? '-0' : String(value);
  if (Array.isArray(value)) return value.map(oddNumbers).join(',');
  return '';
}

/** SHA-256 in hex, one call per text (crypto.hash, Node 20.12+, skips a Hash object per row; createHash before it). */
const sha256Hex: (text: string) => string = typeof (crypto as { hash?: unknown }).hash === 'function'
  ? (text) => (crypto as unknown as { hash: (algorithm: string, data: string, encoding: string) => string }).hash('sha256', text, 'hex')
  : (text) => createHash('sha256').update(text).digest('hex');

/**
 * A row's key: a hash of its values of the schema's fields (all that its CSV record and Arrow row are made of; other
 * properties the row carries may change without changing them) and of its odd numbers, which JSON cannot tell apart.
 */
export function rowKey(schema: TableSchema, row: Row): string {
  const values: unknown[] = [];
  let odd = '';
  for (const field of schema.fields) {
    const value = row[field.name];
    values.push(value);
    const mark = oddNumbers(value);
    if (mark) odd += `${field.name}=${mark};`;
  }
  return sha256Hex(odd ? `${JSON.stringify(values)}\0${odd}` : JSON.stringify(values)).slice(0, KEY_CHARS);
}

export const indexText = (keys: readonly string[], lengths: readonly number[]): string => keys.map((key, i) => `${key}${lengths[i]}`).join(',');

/** Byte lengths of the CSV records in `bytes` (RFC 4180: a record ends at a newline outside quotes; `""` toggles twice). */
export function recordLengths(bytes: Uint8Array): number[] {
  const lengths: number[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x22) quoted = !quoted;
    else if (byte === 0x0a && !quoted) {
      lengths.push(i + 1 - start);
      start = i + 1;
    }
  }
  if (start !== bytes.length) throw new Error('CSV text does not end with a whole record');
  return lengths;
}

/** Where a record is in the previous file. */
interface Span {
  start: number;
  length: number;
}

/** The previous CSV file's records by row key, read by position. */
export class PreviousRecords {
  private constructor(
    private readonly fd: number,
    private readonly spans: Map<string, Span>,
  ) {}

  /** The records of `path` when it hashes as `sha256`, was written by `writer` and its index adds up to its size; else null. */
  static open(path: string, sha256: string, headerBytes: number, rows: RowIndex, writer: string): PreviousRecords | null {
    if (rows.writer !== writer) return null;
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return null;
    }
    const spans = indexSpans(rows.index, headerBytes, fstatSync(fd).size);
    if (!spans || fileHash(fd) !== sha256) {
      closeSync(fd);
      return null;
    }
    return new PreviousRecords(fd, spans);
  }

  find(key: string): Span | undefined {
    return this.spans.get(key);
  }

  read({ start, length }: Span): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const read = readSync(this.fd, bytes, done, length - done, start + done);
      if (read === 0) throw new Error('the previous CSV file ended early');
      done += read;
    }
    return bytes;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** The previous file's row of each key (its first), from the index. */
export function rowPositions(index: string): Map<string, number> {
  const positions = new Map<string, number>();
  if (index !== '') index.split(',').forEach((item, row) => positions.has(item.slice(0, KEY_CHARS)) || positions.set(item.slice(0, KEY_CHARS), row));
  return positions;
}

/** Each key's first record; null when the index is malformed or does not end where the file does. */
function indexSpans(index: string, headerBytes: number, size: number): Map<string, Span> | null {
  const spans = new Map<string, Span>();
  let start = headerBytes;
  for (const item of index === '' ? [] : index.split(',')) {
    const length = Number(item.slice(KEY_CHARS));
    if (item.length <= KEY_CHARS || !Number.isInteger(length) || length <= 0) return null;
    const key = item.slice(0, KEY_CHARS);
    if (!spans.has(key)) spans.set(key, { start, length });
    start += length;
  }
  return start === size ? spans : null;
}

function fileHash(fd: number): string {
  const hash = createHash('sha256');
  const block = Buffer.allocUnsafe(1 << 20);
  for (let at = 0, read = readSync(fd, block, 0, block.length, 0); read > 0; at += read, read = readSync(fd, block, 0, block.length, at)) {
    hash.update(block.subarray(0, read));
  }
  return hash.digest('hex');
}
