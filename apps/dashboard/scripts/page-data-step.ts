import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { publishDataFiles } from './data-files.ts';

/** The data step's parts (page-data.ts), one process each, in this order. */
export const PART_NAMES = ['charts', 'lists', 'articles'] as const;
export type PartName = (typeof PART_NAMES)[number];

/** Where the data step writes for the app in `appDir`: FRONTLINE_PAGE_DATA, else the app's .page-data. */
export function pageDataDir(appDir: string): string {
  return resolve(process.env.FRONTLINE_PAGE_DATA ?? `${appDir}/.page-data`);
}

/**
 * What a runner that has just run the step (scripts/prepare.ts, for build.js) sets FRONTLINE_PAGE_DATA_READY to for `vite build`,
 * so that vite.config.ts does not run it again: the data folder and the page data folder it was run for.
 */
export const readyKey = (dataDir: string, outDir: string) => `${dataDir}\n${outDir}`;

/**
 * The folder of the page data that holds static files of the site as they are published: one HTML page per article
 * (`articles/<slug>/index.html`), one detail file per article (`detail/<slug>.json`) and the tables (DATA_FOLDER). SvelteKit prerenders only
 * the pages with charts and lists; the build copies this folder into the site after Vite (static-pages.ts).
 */
export const SITE_FOLDER = 'site';

/**
 * The folder of SITE_FOLDER that holds the published tables (datapackage.json and the files it lists): the site's
 * /data/, beside the Data page SvelteKit prerenders there (data-files.ts reserves its two file names).
 */
export const DATA_FOLDER = 'data';

/** The index of what the parts wrote into `dir`: the slugs of the article pages and the detail files, sorted. */
export function writeIndex(dir: string): { articles: string[]; details: string[] } {
  const site = join(dir, SITE_FOLDER);
  const articles = readdirSync(join(site, 'articles')).sort();
  const details = readdirSync(join(site, 'detail'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  const index = { articles, details };
  writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
  return index;
}

/** A staging folder beside `outDir`, emptied; `finish` switches it in by rename, so the folder is always whole. */
export function staging(outDir: string): { dir: string; finish: () => { articles: string[]; details: string[] } } {
  const dir = `${outDir}.staging-${process.pid}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, SITE_FOLDER, 'articles'), { recursive: true });
  mkdirSync(join(dir, SITE_FOLDER, 'detail'));
  return {
    dir,
    finish: () => {
      const index = writeIndex(dir);
      rmSync(outDir, { recursive: true, force: true });
      mkdirSync(dirname(outDir), { recursive: true });
      renameSync(dir, outDir);
      return index;
    },
  };
}

/**
 * Runs the dashboard's data step (page-data.ts), each part in a child process of its own (or `here`'s part, last, in
 * this one), one after the other, after
 * publishing the tables (DATA_FOLDER), into a staging folder switched in when all have passed; the build cannot start without its files. Apart from
 * page-data.ts so that vite.config.ts, which Vite bundles and loads as plain JavaScript, does not import the
 * TypeScript workspace packages the step uses (tsx runs those in the child). The step's output goes to this
 * process's terminal; a failure stops the build with the step's own message.
 */
export function runPageDataStep(dataDir: string, outDir: string, here?: PartHere): void {
  const stage = staging(outDir);
  try {
    // The published tables first, checked against their hashes: a refused data folder stops the build with its own
    // message before any part reads it. They go into the site after Vite with the article pages (static-pages.ts),
    // not through static/: from there Vite copied them into .svelte-kit/output/client and the adapter again into the
    // site (about 300 MB each at 10,000 articles), and the prerender reads none of them (its pages read this folder).
    publishDataFiles(dataDir, join(stage.dir, SITE_FOLDER, DATA_FOLDER));
    for (const part of PART_NAMES) if (part !== here?.part) runPart(dataDir, stage.dir, part);
    if (here) runHere(here, stage.dir);
  } catch (error) {
    rmSync(stage.dir, { recursive: true, force: true });
    throw error;
  }
  stage.finish();
}

/**
 * A part the runner runs in its own process, after the others, instead of in a child: the runner (prepare.ts) would
 * otherwise wait beside that child, and for the chart part, the largest, the two were the build's peak (README,
 * "Dashboard at scale", dash18). Only a runner that loads TypeScript passes one; vite.config.ts does not.
 */
export interface PartHere {
  part: PartName;
  run: (dir: string) => void;
}

function runHere(here: PartHere, dir: string): void {
  try {
    here.run(dir);
  } catch (error) {
    // The same message as a child's failure (runPart), with the error's own first line.
    const reason = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
    throw new Error(`dashboard data step failed: ${reason}`, { cause: error });
  }
}

function runPart(dataDir: string, dir: string, part: PartName): void {
  const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'page-data.ts'), dataDir, dir, part], {
    cwd: resolve(import.meta.dirname, '../../..'),
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    env: process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.stderr) process.stderr.write(run.stderr);
  if (run.status !== 0) {
    const reason = run.stderr.trim().split('\n').find((line) => /Error:/.test(line)) ?? `exit status ${run.status}`;
    throw new Error(`dashboard data step failed: ${reason}`);
  }
}
