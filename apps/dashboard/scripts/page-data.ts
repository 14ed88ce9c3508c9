/**
 * The dashboard's data step: reads the pipeline's output folder and writes, into a page data folder, one JSON file
 * per page (what its load function returns), and the static part of the site (SITE_FOLDER): one HTML page per article
 * and one JSON file per article's sentence details, and an index of their slugs. It runs in processes of its own before `vite build` (page-data-step.ts), so the corpus-wide
 * tables are never in the process that bundles and prerenders, and in three parts, one process each (the build's
 * runs the chart part in its own process, prepare.ts), so that each holds only the tables its pages need (tables()
 * reads a table on first use).
 *
 * `node --import tsx apps/dashboard/scripts/page-data.ts DATA_DIR OUT_DIR [PART]`: PART alone writes that part's
 * files into OUT_DIR; without it every part, then the index, in this process.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PAGE_CONTENT } from '../src/lib/server/page-content.ts';
import type { PageDataIndex, PageName } from '../src/lib/server/page-data.ts';
import { SITE_FOLDER, staging, type PartName } from './page-data-step.ts';
import { articleHtml } from '../src/lib/server/article-html.ts';
import { detailFiles } from '../src/lib/server/detail.ts';
import { eachArticlePage } from '../src/lib/server/pages.ts';
import { tables } from '../src/lib/server/tables.ts';

const write = (dir: string, path: string, value: unknown) => writeFileSync(join(dir, path), JSON.stringify(value));

const pages = (names: PageName[]) => (dir: string) => {
  for (const name of names) write(dir, `${name}.json`, PAGE_CONTENT[name]());
};

/** The parts, each with the tables it reads: the chart pages and the detail files (facts, timelines, places)... */
export const PARTS: Record<PartName, (dir: string) => void> = {
  charts: (dir: string) => {
    pages(['layout', 'overview', 'displacement', 'casualties', 'territory'])(dir);
    mkdirSync(join(dir, SITE_FOLDER, 'detail'), { recursive: true });
    for (const [slug, file] of detailFiles()) write(dir, `${SITE_FOLDER}/detail/${slug}.json`, file);
  },
  // ...the lists (facts, articles, unresolved places, events)...
  lists: pages(['sources', 'data', 'review']),
  // ...and the article pages, as the HTML the site serves (articles, the facts' figure offsets, one text at a time).
  articles: (dir: string) => {
    const title = tables().datapackage.title ?? 'Frontline';
    eachArticlePage((page) => {
      const folder = join(dir, SITE_FOLDER, 'articles', page.slug);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.html'), articleHtml(page, title));
    });
  },
};

/** Points the tables at `dataDir`; the map's outlines and the annotations are found from the repository's root. */
export function useData(dataDir: string): void {
  process.env.FRONTLINE_DATA_DIR = dataDir;
  process.env.FRONTLINE_REPO_ROOT ??= resolve(import.meta.dirname, '../../..');
}

/** Every part of the page data of `dataDir`, in this process, into `outDir` (tests; the build uses a process each). */
export function writePageData(dataDir: string, outDir: string): PageDataIndex {
  useData(dataDir);
  const stage = staging(outDir);
  for (const part of Object.values(PARTS)) part(stage.dir);
  return stage.finish();
}

if (process.argv[1] === import.meta.filename) {
  const [dataDir, outDir, part] = process.argv.slice(2);
  if (!dataDir || !outDir || (part && !(part in PARTS))) throw new Error('usage: page-data.ts DATA_DIR OUT_DIR [charts|lists|articles]');
  if (part) {
    useData(resolve(dataDir));
    PARTS[part as PartName](resolve(outDir));
  } else writePageData(resolve(dataDir), resolve(outDir));
}
