/**
 * The ingest stage: input files to clean articles with metadata, publication date and sentences, or to rejections
 * with a reason. Pure but for the run date: the CLI reads the folder and hands over the bytes, one file at a time.
 */
import { createHash } from 'node:crypto';
import type { IngestedArticle, Rejection } from '@frontline/schema';
import { removeBoilerplate } from './boilerplate.ts';
import { unwrapLines } from './unwrap.ts';
import { wireAgency } from './dateline.ts';
import { decodeArticle } from './decode.ts';
import { splitFrontMatter, type FrontMatter } from './frontmatter.ts';
import { inferPublished } from './published.ts';
import { splitSentences } from './sentences.ts';
import { pickTitle } from './title.ts';
import { todayUtc } from './window.ts';

/** A file handed to ingest: its path relative to the input folder and its raw bytes. */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
}

export interface IngestResult {
  articles: IngestedArticle[];
  rejected: Rejection[];
}

export interface IngestOptions {
  /** The run's date, `YYYY-MM-DD`: publication dates after the next day are refused. Default: today (UTC). */
  runDate?: string;
}

/**
 * Article id: the file name without its directory and last extension, made URL-safe by one rule: Unicode NFC, then
 * every run of characters outside [A-Za-z0-9._-] becomes one '-', runs of '-' collapse to one, and '-' and '.' are
 * trimmed from both ends (so no id is '.', '..' or hidden). '' when nothing is left: such a file is refused.
 */
export function articleId(path: string): string {
  const name = path.split(/[\\/]/).pop()!;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return stem
    .normalize('NFC')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

// Code-unit order, not locale order: the same on every machine.
export const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Ingest one file at a time, in path order, holding only what duplicate checks need (hashes and ids, never the
 * contents of earlier files): the CLI streams a folder of any size through it. Of two duplicates (same bytes, or the
 * same article id) the first by path order is kept.
 */
export class Ingest {
  private readonly pathBySha = new Map<string, string>();
  private readonly pathById = new Map<string, string>();
  private lastPath: string | null = null;
  private readonly runDate: string;

  constructor(options: IngestOptions = {}) {
    this.runDate = options.runDate ?? todayUtc();
  }

  add(file: InputFile): IngestedArticle | Rejection {
    // Which duplicate is kept depends on the order: out of order would make the output depend on the caller.
    if (this.lastPath !== null && file.path <= this.lastPath) throw new Error(`ingest: ${file.path} added out of path order`);
    this.lastPath = file.path;
    const result = this.check(file);
    return 'reason' in result ? { path: file.path, reason: result.reason } : result;
  }

  private check(file: InputFile): IngestedArticle | { reason: string } {
    const decoded = decodeArticle(file.bytes);
    if (!decoded.ok) return decoded;
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const twin = this.pathBySha.get(sha256);
    if (twin !== undefined) return { reason: `exact duplicate of ${twin}` };
    this.pathBySha.set(sha256, file.path);
    const split = splitFrontMatter(decoded.text);
    if (!split.ok) return split;
    const { text, removed } = removeBoilerplate(unwrapLines(split.body));
    if (text.trim() === '') return { reason: 'no article text' };
    const id = articleId(file.path);
    if (id === '') return { reason: 'no usable article id: the file name has no letter or digit (A-Z, a-z, 0-9)' };
    const other = this.pathById.get(id);
    if (other !== undefined) return { reason: `duplicate article id '${id}' (also ${other})` };
    this.pathById.set(id, file.path);
    const parts = { id, path: file.path, sha256, meta: split.meta, text, removed, runDate: this.runDate };
    return buildArticle(parts, split.issues);
  }
}

/** All files at once, in any order (sorted here): for tests and small inputs. */
export function ingestFiles(files: InputFile[], options: IngestOptions = {}): IngestResult {
  const ingest = new Ingest(options);
  const articles: IngestedArticle[] = [];
  const rejected: Rejection[] = [];
  for (const file of [...files].sort(byPath)) {
    const result = ingest.add(file);
    if ('reason' in result) rejected.push(result);
    else articles.push(result);
  }
  return { articles, rejected };
}

interface ArticleParts {
  id: string;
  path: string;
  sha256: string;
  meta: FrontMatter;
  text: string;
  removed: IngestedArticle['removed'];
  runDate: string;
}

function buildArticle({ id, path, sha256, meta, text, removed, runDate }: ArticleParts, issues: string[]): IngestedArticle {
  const sentences = splitSentences(text);
  const { warnings: dateWarnings, ...published } = inferPublished({ text, sentences, removed, frontMatter: meta.published, runDate });
  return {
    article_id: id,
    title: meta.title ?? pickTitle(text, sentences),
    ...published,
    // Outlet only where the text states it (a wire dateline); photo credits name the photo agency, not the publisher.
    outlet: meta.outlet ?? wireAgency(text),
    url: meta.url ?? '',
    chars: text.length,
    sentences: sentences.length,
    removed_lines: removed.length,
    sha256,
    source_path: path,
    text_sha256: createHash('sha256').update(text).digest('hex'),
    warnings: [...issues, ...urlWarnings(meta.url), ...dateWarnings],
    text,
    sentence_list: sentences,
    removed,
  };
}

/** A url is kept as written, but only http(s) addresses are links: anything else (javascript:, file:, a bare word) is flagged. */
function urlWarnings(url: string | undefined): string[] {
  if (url === undefined) return [];
  const protocol = URL.canParse(url) ? new URL(url).protocol : '';
  return protocol === 'http:' || protocol === 'https:' ? [] : ['front-matter.url: not an http(s) address, kept as text and not linked'];
}
