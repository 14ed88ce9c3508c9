/**
 * The last part of the build: the site's static files that SvelteKit does not prerender (the article pages, the
 * sentence detail files and the published tables, written by the data step into its SITE_FOLDER) go into the built
 * site, and the article pages get the layout's stylesheet. At 10,000 articles these are 20,000 of the site's 20,010
 * pages and 300 MB of tables; prerendering the pages was most of the build's time and of the `vite build` process's
 * memory, and the tables were copied twice by Vite and the adapter; linking them in is a few seconds.
 *
 * The adapter writes the site into a staging folder beside its place (siteStaging, through svelte.config.js), and
 * the finished site replaces the previous one by rename (switchSiteIn): a build that fails or is killed half-way
 * leaves the previous site whole, never a site without its article pages or tables.
 *
 * Runs from vite.config.ts's `frontline-static-pages` plugin once the adapter has written the site, so that the
 * build script and `vite build` alone give the same site. Plain Node (no workspace packages): Vite loads the config.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ARTICLE_STYLESHEET } from '../src/lib/server/article-html.ts';
import { SITE_FOLDER } from './page-data-step.ts';

/**
 * The stylesheets of the root layout, as SvelteKit's server manifest lists them for its node 0 (the root layout is
 * always node 0). The article pages are drawn in that layout's markup, so they read the same rules.
 */
export function layoutStylesheets(svelteKitDir: string): string[] {
  const node = join(svelteKitDir, 'output', 'server', 'nodes', '0.js');
  const listed = /export const stylesheets = (\[[^\]]*\]);/.exec(readFileSync(node, 'utf8'));
  if (!listed) throw new Error(`dashboard build: no stylesheet list in ${node}`);
  return JSON.parse(listed[1]!) as string[];
}

/** A hard link where the two folders share a file system (no bytes copied), else a copy. */
function place(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

function placeTree(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  let files = 0;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) files += placeTree(join(from, entry.name), join(to, entry.name));
    else {
      place(join(from, entry.name), join(to, entry.name));
      files += 1;
    }
  }
  return files;
}

/** A link to an article page in prerendered HTML, relative (`../articles/<slug>/`) or from the root. */
const ARTICLE_HREF = /href="(?:\.\.?\/|\/)*articles\/([^/"#?]+)\//g;

/** The article slugs the prerendered pages (the root and each top folder's index.html) link to, by page. */
function linkedArticles(outDir: string): [string, string][] {
  const pages = ['', ...readdirSync(outDir).filter((name) => name !== 'articles')];
  return pages.flatMap((page) => {
    const html = join(outDir, page, 'index.html');
    if (!existsSync(html)) return [];
    return [...readFileSync(html, 'utf8').matchAll(ARTICLE_HREF)].map((m): [string, string] => [page, m[1]!]);
  });
}

/**
 * The check SvelteKit's crawler made when it prerendered the article pages: every article page a prerendered page
 * or the sources list links to exists. The sources list (page data `sources.json`) names every article's slug.
 */
export function checkArticleLinks(pageDataDir: string, outDir: string): void {
  const sources = JSON.parse(readFileSync(join(pageDataDir, 'sources.json'), 'utf8')) as { articles: { slug: string }[] };
  const listed = sources.articles.map((a): [string, string] => ['sources', a.slug]).filter(([, slug]) => slug);
  for (const [page, slug] of [...listed, ...linkedArticles(outDir)]) {
    if (!existsSync(join(outDir, 'articles', slug, 'index.html'))) throw new Error(`dashboard build: /${page}${page ? '/' : ''} links to /articles/${slug}/, which has no page`);
  }
}

/**
 * Puts the page data's static files into the built site `outDir` and writes ARTICLE_STYLESHEET there from the
 * layout's stylesheets (already in `outDir`, where the adapter put the client's assets). Returns the files placed.
 */
export function publishStaticPages(pageDataDir: string, outDir: string, svelteKitDir: string): number {
  const site = join(pageDataDir, SITE_FOLDER);
  if (!existsSync(site)) throw new Error(`dashboard build: no static pages in ${site}; run the data step first`);
  const css = layoutStylesheets(svelteKitDir).map((path) => readFileSync(join(outDir, path), 'utf8'));
  writeFileSync(join(outDir, ARTICLE_STYLESHEET), css.join('\n'));
  const files = placeTree(site, outDir);
  checkArticleLinks(pageDataDir, outDir);
  return files;
}

/** What a build of the site `out` writes beside it: the site being written, then the previous one on its way out. */
const STAGING = '.staging-';
const PREVIOUS = '.previous-';

/**
 * The folder the adapter writes the site `out` into, beside it (same file system, so that it can be renamed in).
 * A killed build's folders are removed first, not this process's own: Vite loads its config once per bundle.
 */
export function siteStaging(out: string): string {
  const mine = `${out}${STAGING}${process.pid}`;
  const leftovers = [STAGING, PREVIOUS].map((kind) => `${basename(out)}${kind}`);
  if (existsSync(dirname(out))) {
    for (const name of readdirSync(dirname(out))) {
      const path = join(dirname(out), name);
      if (path !== mine && leftovers.some((prefix) => name.startsWith(prefix))) rmSync(path, { recursive: true, force: true });
    }
  }
  return mine;
}

/** Puts the finished site `staging` in the place of `out`: the previous site moves aside whole, then is removed. */
export function switchSiteIn(staging: string, out: string): void {
  const previous = `${out}${PREVIOUS}${process.pid}`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
}
