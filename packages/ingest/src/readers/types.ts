/**
 * One interface for every input format. A reader turns one file's bytes into articles' text and the metadata the
 * file itself states (front matter, a web page's meta tags, an export's columns), or into rejections with a reason.
 * What happens next (boilerplate, id rule, duplicates, dates, sentences) is the same for every format: ingest.ts.
 */
import type { RemovedLine } from '@frontline/schema';

/** The raw fields an article may carry; values as written, checked later by one code path. */
export const META_FIELDS = ['title', 'published', 'outlet', 'url'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** A metadata value and where it was found, e.g. `{ value: '2018-01-08', from: 'HTML meta article:published_time' }`. */
export interface KnownValue {
  value: string;
  /** Shown in articles.csv (`published_evidence`, `metadata_evidence`). */
  from: string;
  /** Prefix of a warning about this value ('front-matter', 'manifest', 'html', 'export'). */
  key: string;
}
export type KnownMeta = Partial<Record<MetaField, KnownValue>>;

/** One article a reader found: a whole file, or one row of an export. */
export interface SourceDoc {
  /** `dir/file.ext`, or `dir/export.jsonl:LINE` for a row: the `source_path` and `rejected.csv` path. */
  path: string;
  /** Article id, by the project's one id rule (id.ts): from the file name, or the file's stem and the row's line. */
  id: string;
  /** The bytes (or, for a row, the line) the article came from: its `sha256` and the exact-duplicate check. */
  raw: Uint8Array;
  /** Text with one paragraph, heading or list item per line (hard wraps are joined later, by unwrap.ts). */
  text: string;
  meta: KnownMeta;
  /** Metadata that was wrong and not used, one message each (`front-matter.title: ...`). */
  issues: string[];
  /** Lines the reader dropped as page furniture (PDF running headers and footers), for the record. */
  removed: RemovedLine[];
}

export interface Rejected {
  path: string;
  reason: string;
}

export interface ReadOutcome {
  docs: SourceDoc[];
  rejected: Rejected[];
}

/** Column mapping of article exports: for each field, the column names tried in order (dotted for nested JSON). */
export type FieldMap = Record<MetaField | 'text', string[]>;

export interface ReadContext {
  fields: FieldMap;
}

export interface InputFile {
  path: string;
  bytes: Uint8Array;
}

export interface Reader {
  /** Shown in articles.csv's `format` column. */
  format: string;
  /** Largest file this reader takes, in bytes: judged from the size before reading. */
  maxBytes: number;
  read(file: InputFile, context: ReadContext): ReadOutcome | Promise<ReadOutcome>;
}

/** A file that is one article, or why not. */
export function single(doc: SourceDoc): ReadOutcome {
  return { docs: [doc], rejected: [] };
}
export function refused(path: string, reason: string): ReadOutcome {
  return { docs: [], rejected: [{ path, reason }] };
}
