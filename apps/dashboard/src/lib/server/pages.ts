import type { Row } from '@frontline/io';
import { articleSlug } from './slug.ts';
import { eachIngested, tables, type DatapackageResource, type IngestedArticle } from './tables.ts';

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

export interface ArticleSummary {
  article_id: string;
  /** The article page's path segment (see slug.ts); '' when the article has no page. */
  slug: string;
  title: string;
  outlet: string;
  url: string;
  published: string;
  published_precision: string;
  published_evidence: string;
  facts: number;
}

export function articleSummaries(): ArticleSummary[] {
  const t = tables();
  const counts = new Map<string, number>();
  for (const fact of t.facts) counts.set(str(fact.article_id), (counts.get(str(fact.article_id)) ?? 0) + 1);
  return t.articles.map((a) => ({
    article_id: str(a.article_id),
    slug: pageSlug(str(a.article_id)),
    title: str(a.title) || str(a.article_id),
    outlet: str(a.outlet),
    url: str(a.url),
    published: str(a.published),
    published_precision: str(a.published_precision),
    published_evidence: str(a.published_evidence),
    facts: counts.get(str(a.article_id)) ?? 0,
  }));
}

const plain = <K extends string>(rows: Row[], keys: K[]) =>
  rows.map((r) => Object.fromEntries(keys.map((k) => [k, str(r[k])])) as Record<K, string>);

export function rejectedInputs() {
  return plain(tables().rejected, ['path', 'reason']);
}

export function unresolvedPlaces() {
  return plain(tables().unresolved, ['mention', 'reason', 'article_id', 'quote']).map((u) => ({
    ...u,
    slug: pageSlug(u.article_id),
  }));
}

/** A downloadable table: its formats (CSV, Arrow, HXL CSV) grouped under the CSV resource. */
export interface Download {
  name: string;
  title: string;
  description: string;
  rows: number | null;
  files: { label: string; path: string; bytes: number | null }[];
  fields: { name: string; type: string; description: string }[];
}

const FORMAT_SUFFIX = /-(arrow|hxl)$/;

function formatLabel(resource: DatapackageResource): string {
  if (resource.path.endsWith('.hxl.csv')) return 'HXL CSV';
  if (resource.format === 'arrow' || resource.path.endsWith('.arrow')) return 'Arrow';
  return resource.format?.toUpperCase() ?? 'file';
}

export function downloads(): Download[] {
  const groups = new Map<string, Download>();
  for (const resource of tables().datapackage.resources) {
    const name = resource.name.replace(FORMAT_SUFFIX, '');
    const group = groups.get(name) ?? {
      name,
      title: resource.title ?? name,
      description: resource.description ?? '',
      rows: resource['x-rows'] ?? null,
      files: [],
      fields: (resource.schema?.fields ?? []).map((f) => ({ name: f.name, type: f.type, description: f.description ?? '' })),
    };
    group.files.push({ label: formatLabel(resource), path: resource.path, bytes: resource.bytes ?? null });
    groups.set(name, group);
  }
  return [...groups.values()];
}

export interface ArticleText {
  article_id: string;
  slug: string;
  title: string;
  published: string;
  outlet: string;
  url: string;
  /** The clean text as runs: plain text between sentences, and sentences with their figures marked. */
  runs: { sentence: number | null; parts: { text: string; figure: boolean }[] }[];
}

/** Splits a sentence's text at the figures found in it (offsets in the article's clean text). */
function sentenceParts(text: string, start: number, figures: [number, number][]) {
  const parts: { text: string; figure: boolean }[] = [];
  let at = start;
  for (const [from, to] of figures.toSorted((a, b) => a[0] - b[0])) {
    if (from < at || to > start + text.length) continue;
    if (from > at) parts.push({ text: text.slice(at - start, from - start), figure: false });
    parts.push({ text: text.slice(from - start, to - start), figure: true });
    at = to;
  }
  if (at < start + text.length) parts.push({ text: text.slice(at - start), figure: false });
  return parts;
}

let articleIndex: { tables: ReturnType<typeof tables>; meta: Map<string, Row>; figures: Map<string, [number, number][]> } | undefined;

/** Each article's metadata and figure offsets by id: built once per loaded tables, not scanned per page. */
function byArticle() {
  const t = tables();
  if (articleIndex?.tables !== t) {
    const figures = new Map<string, [number, number][]>();
    for (const f of t.facts) {
      if (typeof f.figure_start !== 'number' || typeof f.figure_end !== 'number') continue;
      const list = figures.get(str(f.article_id)) ?? [];
      list.push([f.figure_start, f.figure_end]);
      figures.set(str(f.article_id), list);
    }
    articleIndex = { tables: t, meta: new Map(t.articles.map((a) => [str(a.article_id), a])), figures };
  }
  return articleIndex;
}

/** An article page's content: its clean text as runs of sentences with their figures marked. */
export function articleText(ingested: IngestedArticle): ArticleText | null {
  const id = ingested.article_id;
  const index = byArticle();
  const meta = index.meta.get(id);
  if (!meta) return null;
  const figures = index.figures.get(id) ?? [];
  const runs: ArticleText['runs'] = [];
  let at = 0;
  for (const s of ingested.sentence_list.toSorted((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    if (s.start > at) runs.push({ sentence: null, parts: [{ text: ingested.text.slice(at, s.start), figure: false }] });
    const text = ingested.text.slice(s.start, s.end);
    const inside = figures.filter(([from, to]) => from >= s.start && to <= s.end);
    runs.push({ sentence: s.index, parts: sentenceParts(text, s.start, inside) });
    at = s.end;
  }
  if (at < ingested.text.length) runs.push({ sentence: null, parts: [{ text: ingested.text.slice(at), figure: false }] });
  return { article_id: id, slug: articleSlug(id), title: str(meta.title) || id, published: str(meta.published), outlet: str(meta.outlet), url: str(meta.url), runs };
}

/** Articles that have a page: listed in articles.csv and with their text in the ingest hand-over file. */
export function articleIds(): string[] {
  const t = tables();
  const ingested = new Set(t.ingestedIds);
  return t.articles.map((a) => str(a.article_id)).filter((id) => ingested.has(id));
}

let pageIndex: { articles: Row[]; slugs: Map<string, string>; ids: Map<string, string> } | undefined;

/** Article id <-> page slug, for the articles that have a page; built once per loaded tables, not once per page. */
function pages() {
  const t = tables();
  if (pageIndex?.articles !== t.articles) {
    const pairs = articleIds().map((id) => [id, articleSlug(id)] as const);
    pageIndex = { articles: t.articles, slugs: new Map(pairs), ids: new Map(pairs.map(([id, slug]) => [slug, id])) };
  }
  return pageIndex;
}

/** The path segment of every article page, for the prerender entries. */
export function articleSlugs(): string[] {
  return [...pages().slugs.values()];
}

/**
 * Where a link to an article goes: its page's slug, or '' when it has no page (no text in the ingest hand-over
 * file), so that no link leads to a missing page and the prerender, which fails on one, never meets one.
 */
export function pageSlug(id: string): string {
  return pages().slugs.get(id) ?? '';
}

/** Every article page's content, one article at a time, as the ingest hand-over file holds them. */
export function eachArticlePage(each: (page: ArticleText) => void): void {
  const slugs = pages().slugs;
  eachIngested((article) => {
    const page = slugs.has(article.article_id) ? articleText(article) : null;
    if (page) each(page);
  });
}
