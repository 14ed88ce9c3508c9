/**
 * The pages' side of the data step: each prerendered page reads the one JSON file the data step
 * (scripts/page-data.ts) wrote for it, instead of computing it from the pipeline's tables. The tables are read in
 * that step's own process, so the `vite build` process, which bundles and then prerenders thousands of pages,
 * holds one page's data at a time and its memory no longer grows with the corpus.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleText } from './pages.ts';
import type { PAGE_CONTENT } from './page-content.ts';
import type { DetailFile } from '../types.ts';

/** Where the data step wrote (vite.config.ts sets it for the build; the default is the app's .page-data). */
export function pageDataDir(): string {
  return process.env.FRONTLINE_PAGE_DATA_DIR ?? resolve(process.cwd(), '.page-data');
}

/** What the data step writes besides the pages' files: the slugs that have an article page and a detail file. */
export interface PageDataIndex {
  articles: string[];
  details: string[];
}

export type PageName = keyof typeof PAGE_CONTENT;
export type PageContent<K extends PageName> = ReturnType<(typeof PAGE_CONTENT)[K]>;

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(pageDataDir(), path), 'utf8')) as T;

// The layout's data and the index are asked for by every one of thousands of pages: read once per process.
let layout: PageContent<'layout'> | undefined;
let index: { articles: Set<string>; details: Set<string>; listed: PageDataIndex } | undefined;

export const layoutData = () => (layout ??= readJson<PageContent<'layout'>>('layout.json'));

export function pageIndex(): PageDataIndex {
  return slugSets().listed;
}

function slugSets() {
  if (!index) {
    const listed = readJson<PageDataIndex>('index.json');
    index = { articles: new Set(listed.articles), details: new Set(listed.details), listed };
  }
  return index;
}

/** A page's data (read when the page is prerendered, once per build). */
export function pageData<K extends Exclude<PageName, 'layout'>>(name: K): PageContent<K> {
  return readJson<PageContent<K>>(`${name}.json`);
}

/** Slugs are checked against the index before a file is read, so a slug never names a path outside the folder. */
export function articlePageData(slug: string): ArticleText | null {
  return slugSets().articles.has(slug) ? readJson<ArticleText>(`articles/${slug}.json`) : null;
}

export function detailData(slug: string): DetailFile | null {
  return slugSets().details.has(slug) ? readJson<DetailFile>(`detail/${slug}.json`) : null;
}
