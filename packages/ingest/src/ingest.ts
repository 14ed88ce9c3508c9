/**
 * The ingest stage: input files to clean articles with metadata, publication date and sentences, or to rejections
 * with a reason. Pure: the CLI reads the folder and hands over the bytes.
 */
import { createHash } from 'node:crypto';
import type { IngestedArticle, Rejection } from '@frontline/schema';
import { removeBoilerplate } from './boilerplate.ts';
import { wireAgency } from './dateline.ts';
import { decodeArticle } from './decode.ts';
import { splitFrontMatter, type FrontMatter } from './frontmatter.ts';
import { inferPublished } from './published.ts';
import { splitSentences } from './sentences.ts';
import { pickTitle } from './title.ts';

/** A file handed to ingest: its path relative to the input folder and its raw bytes. */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
}

export interface IngestResult {
  articles: IngestedArticle[];
  rejected: Rejection[];
}

/** Article id: the file name without its directory and its last extension. */
export function articleId(path: string): string {
  const name = path.split(/[\\/]/).pop()!;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

// Code-unit order, not locale order: the same on every machine.
const byPath = (a: InputFile, b: InputFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export function ingestFiles(files: InputFile[]): IngestResult {
  const articles: IngestedArticle[] = [];
  const rejected: Rejection[] = [];
  const pathBySha = new Map<string, string>();
  const pathById = new Map<string, string>();
  for (const file of [...files].sort(byPath)) {
    const result = ingestFile(file, pathBySha, pathById);
    if ('reason' in result) rejected.push({ path: file.path, reason: result.reason });
    else articles.push(result);
  }
  return { articles, rejected };
}

/** One file, checked against the files before it (duplicates keep the first by path order). */
function ingestFile(file: InputFile, pathBySha: Map<string, string>, pathById: Map<string, string>): IngestedArticle | { reason: string } {
  const decoded = decodeArticle(file.bytes);
  if (!decoded.ok) return decoded;
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const twin = pathBySha.get(sha256);
  if (twin !== undefined) return { reason: `exact duplicate of ${twin}` };
  pathBySha.set(sha256, file.path);
  const split = splitFrontMatter(decoded.text);
  if (!split.ok) return split;
  const { text, removed } = removeBoilerplate(split.body);
  if (text.trim() === '') return { reason: 'no article text' };
  const id = articleId(file.path);
  const other = pathById.get(id);
  if (other !== undefined) return { reason: `duplicate article id '${id}' (also ${other})` };
  pathById.set(id, file.path);
  return buildArticle({ id, path: file.path, sha256, meta: split.meta, text, removed });
}

interface ArticleParts {
  id: string;
  path: string;
  sha256: string;
  meta: FrontMatter;
  text: string;
  removed: IngestedArticle['removed'];
}

function buildArticle({ id, path, sha256, meta, text, removed }: ArticleParts): IngestedArticle {
  const sentences = splitSentences(text);
  return {
    article_id: id,
    title: meta.title ?? pickTitle(text, sentences),
    ...inferPublished({ text, sentences, removed, frontMatter: meta.published }),
    // Outlet only where the text states it (a wire dateline); photo credits name the photo agency, not the publisher.
    outlet: meta.outlet ?? wireAgency(text),
    url: meta.url ?? '',
    chars: text.length,
    sentences: sentences.length,
    removed_lines: removed.length,
    sha256,
    source_path: path,
    text,
    sentence_list: sentences,
    removed,
  };
}
