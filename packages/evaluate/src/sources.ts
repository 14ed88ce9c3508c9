import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** One row of a corpus sources table (a corpus set's sources.csv): where a text comes from and what kind of text it is. */
export interface SourceRow {
  file: string;
  /** The article id: the file name without its extension, as ingest names it. */
  article: string;
  outlet: string;
  genre: string;
  conflict: string;
  country: string;
  region: string;
  url: string;
  published: string;
  published_evidence: string;
  /**
   * Where the publication date is known from: `text` (the text states it), `page` (the page's metadata, its URL or
   * date field, which the plain-text copy lost), `inferred` (by the annotator, from the content) or `none`.
   */
  published_from: PublishedFrom;
  excerpt: string;
  origin: string;
  notes: string;
}

export type PublishedFrom = 'text' | 'page' | 'inferred' | 'none';
const PUBLISHED_FROM: readonly string[] = ['text', 'page', 'inferred', 'none'];

const COLUMNS = ['file', 'outlet', 'genre', 'conflict', 'country', 'region', 'url', 'published', 'published_evidence', 'excerpt'];

export function readSources(path: string): SourceRow[] {
  const rows: Record<string, string>[] = parse(readFileSync(path, 'utf8'), { columns: true, bom: true });
  const missing = COLUMNS.filter((c) => rows.length && !(c in rows[0]));
  if (missing.length) throw new Error(`${path}: missing columns ${missing.join(', ')}`);
  const bad = rows.find((r) => r.published_from && !PUBLISHED_FROM.includes(r.published_from));
  if (bad) throw new Error(`${path}: ${bad.file}: published_from is one of ${PUBLISHED_FROM.join(', ')}, not ${bad.published_from}`);
  return rows.map((r) => ({
    origin: '', notes: '', ...r, published_from: r.published_from || 'text', article: r.file.replace(/\.[^.]+$/, ''),
  }) as SourceRow);
}

/**
 * The frozen split (corpus/README.md): within each genre, texts in file-name order; the 1st, 4th, 7th … are `test`,
 * the others `dev`. Every genre so gives at least a third of its texts to test, and a text added later (with a
 * higher number) never moves an existing text from one part to the other.
 */
/** Orders article ids by their leading number, then by name: a plain string sort puts "100_…" before "11_…",
 * which would move texts already in the corpus across the split when the numbering passes 99. */
function byNumber(a: string, b: string): number {
  const n = (id: string) => Number.parseInt(id, 10);
  const [na, nb] = [n(a), n(b)];
  if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function splitOf(rows: SourceRow[]): Map<string, 'dev' | 'test'> {
  const split = new Map<string, 'dev' | 'test'>();
  const genres = [...new Set(rows.map((r) => r.genre))];
  for (const genre of genres) {
    const files = rows.filter((r) => r.genre === genre).map((r) => r.article).sort(byNumber);
    files.forEach((article, i) => split.set(article, i % 3 === 0 ? 'test' : 'dev'));
  }
  return split;
}
