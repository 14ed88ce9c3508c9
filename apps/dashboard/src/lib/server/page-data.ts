/**
 * The pages' side of the data step: each prerendered page reads the one JSON file the data step
 * (scripts/page-data.ts) wrote for it, instead of computing it from the pipeline's tables. The tables are read in
 * that step's own process, so the `vite build` process, which bundles and prerenders the chart and list pages, never
 * holds them. The article pages and detail files are not prerendered: the data step writes them as static files.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PAGE_CONTENT } from './page-content.ts';

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

// The layout's data is asked for by every page: read once per process.
let layout: PageContent<'layout'> | undefined;

export const layoutData = () => (layout ??= readJson<PageContent<'layout'>>('layout.json'));

/** A page's data (read when the page is prerendered, once per build). */
export function pageData<K extends Exclude<PageName, 'layout'>>(name: K): PageContent<K> {
  return readJson<PageContent<K>>(`${name}.json`);
}
