import { sveltekit } from '@sveltejs/kit/vite';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { copyDataFiles, resolveDataDir } from './scripts/data-files.ts';
import { pageDataDir as pageDataIn, readyKey, runPageDataStep } from './scripts/page-data-step.ts';
import { publishStaticPages } from './scripts/static-pages.ts';

// The pipeline's output folder: FRONTLINE_DATA (relative to the working directory) or the repo's data/.
const dataDir = resolveDataDir(import.meta.dirname);
// The prerender step reads the tables through this variable; it runs in this process or a child of it.
process.env.FRONTLINE_DATA_DIR = dataDir;
process.env.FRONTLINE_REPO_ROOT = resolve(import.meta.dirname, '../..');
// The pages read what the data step wrote here (src/lib/server/page-data.ts); the tables stay out of this process.
const pageDataDir = pageDataIn(import.meta.dirname);
process.env.FRONTLINE_PAGE_DATA_DIR = pageDataDir;
// The published files are checked first (a refused data folder stops the build with its own message).
const dataFiles = copyDataFiles(dataDir, `${import.meta.dirname}/static/data`);
// scripts/build.js (the app's `build`) runs the step before Vite starts; `vite build` alone runs it here. SvelteKit's
// client build loads this file again in the same process: the step runs once per process and folder.
const stepKey = `${process.pid}:${dataDir}`;
const ready = process.env.FRONTLINE_PAGE_DATA_READY === readyKey(dataDir, pageDataDir);
if (!ready && process.env.FRONTLINE_PAGE_DATA_OF !== stepKey) {
  runPageDataStep(dataDir, pageDataDir);
  process.env.FRONTLINE_PAGE_DATA_OF = stepKey;
}

/**
 * After the adapter has written the site (SvelteKit's own closeBundle, in the server build), the article pages and
 * detail files the data step wrote go into it (scripts/static-pages.ts). Same folder as the adapter's `pages`.
 */
function staticPages(): Plugin {
  let ssr = false;
  return {
    name: 'frontline-static-pages',
    apply: 'build',
    configResolved: (config) => void (ssr = Boolean(config.build.ssr)),
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (!ssr) return;
        const out = resolve(process.env.FRONTLINE_DASHBOARD_OUT ?? 'build');
        publishStaticPages(pageDataDir, out, resolve(import.meta.dirname, '.svelte-kit'));
      },
    },
  };
}

export default defineConfig({
  plugins: [dataFiles, sveltekit(), staticPages()],
  // LayerChart's class helper merges Tailwind classes; the dashboard has none, so a join does (src/lib/shims/tailwind-merge.ts).
  resolve: { alias: { 'tailwind-merge': `${import.meta.dirname}/src/lib/shims/tailwind-merge.ts` } },
  build: { chunkSizeWarningLimit: 800 },
});
