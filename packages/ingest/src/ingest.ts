/**
 * The ingest stage: input files to clean articles with metadata, publication date and sentences, or to rejections
 * with a reason. Pure but for the run date: the CLI reads the folder and hands over the bytes, one file at a time.
 */
import { createHash } from 'node:crypto';
import type { IngestedArticle, Rejection } from '@frontline/schema';
import { removeBoilerplate } from './boilerplate.ts';
import { unwrapLines } from './unwrap.ts';
import { datelineEnd, datelinePlace, wireAgency } from './dateline.ts';
import { DEFAULT_FIELDS } from './readers/fields.ts';
import { readerFor } from './readers/index.ts';
import type { ManifestEntry, Manifest } from './readers/manifest.ts';
import type { FieldMap, InputFile, KnownMeta, KnownValue, ReadContext, ReadOutcome, SourceDoc } from './readers/types.ts';
import { inferPublished } from './published.ts';
import { splitSentences } from './sentences.ts';
import { pickTitle } from './title.ts';
import { sameVerdicts, todayUtc } from './window.ts';

/** A file handed to ingest: its path relative to the input folder and its raw bytes. */
export type { InputFile } from './readers/types.ts';

export interface IngestResult {
  articles: IngestedArticle[];
  rejected: Rejection[];
}

export interface IngestOptions {
  /** The run's date, `YYYY-MM-DD`: publication dates after the next day are refused. Default: today (UTC). */
  runDate?: string;
  /** Which columns of an article export hold text, date, title, url and outlet (default: DEFAULT_FIELDS). */
  fields?: FieldMap;
}

export { articleId } from './id.ts';

// Code-unit order, not locale order: the same on every machine.
export const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

type Result = IngestedArticle | Rejection;

/** One article of a file, made ready (pure): what the duplicate checks need, and the article when it has text and an id. */
export interface PreparedDoc {
  path: string;
  id: string;
  sha256: string;
  /** Null when the clean text is empty (`noText`) or the id is. */
  article: IngestedArticle | null;
  noText: boolean;
  /** Days compared with the publication window (published.ts): what ties this result to its run date. */
  windowChecked: string[];
}

/**
 * What one file gives before the checks across files (duplicates, manifest rows used): a pure function of the file,
 * the export columns, the manifest's rows for it and the run date, so the CLI's article cache can keep it.
 */
export interface PreparedFile {
  path: string;
  format: string;
  runDate: string;
  docs: PreparedDoc[];
  rejected: Rejection[];
}

/**
 * Ingest one file at a time, in path order, holding only what duplicate checks need (hashes and ids, never the
 * contents of earlier files): the CLI streams a folder of any size through it. Of two duplicates (same bytes, or the
 * same article id) the first by path order is kept. A file gives one article, or one per row of an export.
 */
export class Ingest {
  private readonly pathBySha = new Map<string, string>();
  private readonly pathById = new Map<string, string>();
  private readonly manifest = new Map<string, ManifestEntry & { used?: boolean }>();
  private lastPath: string | null = null;
  private readonly runDate: string;
  private readonly context: ReadContext;

  constructor(options: IngestOptions = {}) {
    this.runDate = options.runDate ?? todayUtc();
    this.context = { fields: options.fields ?? DEFAULT_FIELDS };
  }

  /** Known metadata for the files a manifest describes; give every manifest before the files. Returns its bad rows. */
  addManifest(manifest: Manifest): Rejection[] {
    const rejected = [...manifest.rejected];
    for (const [path, entry] of manifest.entries) {
      const other = this.manifest.get(path);
      if (other) rejected.push({ path: entry.at, reason: `manifest row for ${path}, already described at ${other.at}` });
      else this.manifest.set(path, entry);
    }
    return rejected;
  }

  /** Manifest rows that named no file ingest saw: listed so that a typo in a path does not go unnoticed. */
  unusedManifestRows(): Rejection[] {
    return [...this.manifest].filter(([, e]) => !e.used).map(([path, e]) => ({ path: e.at, reason: `manifest row for ${path}: no such article file in the input folder` }));
  }

  /** Any file, in path order: its articles and rejections. */
  async read(file: InputFile): Promise<Result[]> {
    return this.admit(await this.prepare(file));
  }

  /** A file whose reader works synchronously (every format but PDF), in path order. */
  add(file: InputFile): Result[] {
    const reader = readerFor(file.path, file.bytes);
    const outcome = reader.read(file, this.context);
    if (outcome instanceof Promise) throw new Error(`ingest.add: ${reader.format} files are read asynchronously; use ingest.read`);
    return this.admit(this.prepared(file.path, reader.format, outcome));
  }

  /** A file read and its articles built, before the checks across files (`admit`); any order. */
  async prepare(file: InputFile): Promise<PreparedFile> {
    const reader = readerFor(file.path, file.bytes);
    return this.prepared(file.path, reader.format, await reader.read(file, this.context));
  }

  /**
   * Everything besides the file's bytes that `prepare` reads (the export columns, the manifest's rows for the file or
   * its rows), as text: with the bytes, a cache key. The run date is left out: see `reusable`.
   */
  preparedFrom(path: string): string {
    const rows = [...this.manifest].filter(([p]) => p === path || p.startsWith(`${path}:`)).map(([p, e]) => [p, e.meta]);
    return JSON.stringify({ path, fields: this.context.fields, manifest: rows });
  }

  /** Whether a file prepared on another day gives what it would give today (the publication window moved). */
  reusable(prepared: PreparedFile): boolean {
    return prepared.docs.every((d) => sameVerdicts(d.windowChecked, prepared.runDate, this.runDate));
  }

  /** The checks across files, in path order: duplicates by bytes and by id; the articles that pass and the rejections. */
  admit(prepared: PreparedFile): Result[] {
    // Which duplicate is kept depends on the order: out of order would make the output depend on the caller.
    if (this.lastPath !== null && prepared.path <= this.lastPath) throw new Error(`ingest: ${prepared.path} added out of path order`);
    this.lastPath = prepared.path;
    const results: Result[] = prepared.docs.map((doc) => {
      const result = this.check(doc);
      return 'reason' in result ? { path: doc.path, reason: result.reason } : result;
    });
    return [...results, ...prepared.rejected];
  }

  private prepared(path: string, format: string, outcome: ReadOutcome): PreparedFile {
    const docs = outcome.docs.map((doc) => this.prepareDoc(doc, format));
    return { path, format, runDate: this.runDate, docs, rejected: outcome.rejected };
  }

  private prepareDoc(doc: SourceDoc, format: string): PreparedDoc {
    const sha256 = createHash('sha256').update(doc.raw).digest('hex');
    const { text, removed } = removeBoilerplate(unwrapLines(doc.text));
    const base = { path: doc.path, id: doc.id, sha256 };
    const noText = text.trim() === '';
    if (noText || doc.id === '') return { ...base, article: null, noText, windowChecked: [] };
    // Known metadata beats inference; the manifest, written by the user about the file, beats what the file says.
    const meta = { ...doc.meta, ...this.manifest.get(doc.path)?.meta };
    const parts = { id: doc.id, path: doc.path, format, sha256, meta, text, removed: [...doc.removed, ...removed], runDate: this.runDate };
    const { article, windowChecked } = buildArticle(parts, doc.issues);
    return { ...base, article, noText, windowChecked };
  }

  private check(doc: PreparedDoc): IngestedArticle | { reason: string } {
    const twin = this.pathBySha.get(doc.sha256);
    if (twin !== undefined) return { reason: `exact duplicate of ${twin}` };
    this.pathBySha.set(doc.sha256, doc.path);
    if (doc.noText) return { reason: 'no article text' };
    if (doc.article === null) return { reason: 'no usable article id: the file name has no letter or digit (A-Z, a-z, 0-9)' };
    const other = this.pathById.get(doc.id);
    if (other !== undefined) return { reason: `duplicate article id '${doc.id}' (also ${other})` };
    this.pathById.set(doc.id, doc.path);
    const entry = this.manifest.get(doc.path);
    if (entry) entry.used = true;
    return doc.article;
  }
}

/** All files at once, in any order (sorted here): for tests and small inputs of the synchronous formats. */
export function ingestFiles(files: InputFile[], options: IngestOptions = {}): IngestResult {
  const ingest = new Ingest(options);
  const articles: IngestedArticle[] = [];
  const rejected: Rejection[] = [];
  for (const file of [...files].sort(byPath)) {
    for (const result of ingest.add(file)) {
      if ('reason' in result) rejected.push(result);
      else articles.push(result);
    }
  }
  return { articles, rejected };
}

interface ArticleParts {
  id: string;
  path: string;
  format: string;
  sha256: string;
  meta: KnownMeta;
  text: string;
  removed: IngestedArticle['removed'];
  runDate: string;
}

function buildArticle({ id, path, format, sha256, meta, text, removed, runDate }: ArticleParts, issues: string[]) {
  const sentences = splitSentences(text);
  const dating = { text, sentences, removed, known: meta.published, url: meta.url?.value, title: meta.title?.value, runDate };
  const { warnings: dateWarnings, windowChecked, ...published } = inferPublished(dating);
  const article: IngestedArticle = {
    article_id: id,
    title: meta.title?.value ?? pickTitle(text, sentences),
    ...published,
    // Outlet only where the input or the text states it (a wire dateline); photo credits name the photo agency, not the
    // publisher. A wire's dateline beats a stated site: "Baghdad, Oct 12, IRNA/SANA-" on a newspaper's page is the
    // agency's copy, which the newspaper only carries.
    outlet: wireAgency(text) || (meta.outlet?.value ?? ''),
    url: meta.url?.value ?? '',
    dateline_place: datelinePlace(text),
    dateline_end: datelineEnd(text),
    chars: text.length,
    sentences: sentences.length,
    removed_lines: removed.length,
    sha256,
    source_path: path,
    text_sha256: createHash('sha256').update(text).digest('hex'),
    warnings: [...issues, ...urlWarnings(meta.url), ...dateWarnings],
    format,
    metadata_evidence: (['title', 'outlet', 'url'] as const).filter((f) => meta[f]).map((f) => `${f}: ${meta[f]!.from}`),
    text,
    sentence_list: sentences,
    removed,
  };
  return { article, windowChecked };
}

/** A url is kept as written, but only http(s) addresses are links: anything else (javascript:, file:, a bare word) is flagged. */
function urlWarnings(url: KnownValue | undefined): string[] {
  if (url === undefined) return [];
  const protocol = URL.canParse(url.value) ? new URL(url.value).protocol : '';
  return protocol === 'http:' || protocol === 'https:' ? [] : [`${url.key}.url: not an http(s) address, kept as text and not linked`];
}
