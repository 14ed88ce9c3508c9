import { sveltekit } from '@sveltejs/kit/vite';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { copyDataFiles, resolveDataDir } from './scripts/data-files.ts';
import { pageDataDir as pageDataIn, readyKey, runPageDataStep } from './scripts/page-data-step.ts';
import { publishStaticPages, siteStaging, switchSiteIn } from './scripts/static-pages.ts';

// The pipeline's output folder: FRONTLINE_DATA (relative to the working directory) or the repo's data/.
const dataDir = resolveDataDir(import.meta.dirname);
// The prerender step reads the tables through this variable; it runs in this process or a child of it.
process.env.FRONTLINE_DATA_DIR = dataDir;
process.env.FRONTLINE_REPO_ROOT = resolve(import.meta.dirname, '../..');
// The pages read what the data step wrote here (src/lib/server/page-data.ts); the tables stay out of this process.
const pageDataDir = pageDataIn(import.meta.dirname);
process.env.FRONTLINE_PAGE_DATA_DIR = pageDataDir;
// Where the dev server serves the published tables from (SvelteKit's static folder); a build does not use it.
const staticData = `${import.meta.dirname}/static/data`;
// The site's folder, as svelte.config.js names it to the adapter.
const site = resolve(process.env.FRONTLINE_DASHBOARD_OUT ?? 'build');
// scripts/build.js (the app's `build`) runs the step before Vite starts; `vite build` alone runs it here (the step
// checks and publishes the tables first: a refused data folder stops the build with its own message). SvelteKit's
// client build loads this file again in the same process: the step runs once per process and folder.
const stepKey = `${process.pid}:${dataDir}`;
const ready = process.env.FRONTLINE_PAGE_DATA_READY === readyKey(dataDir, pageDataDir);
if (!ready && process.env.FRONTLINE_PAGE_DATA_OF !== stepKey) {
  runPageDataStep(dataDir, pageDataDir);
  process.env.FRONTLINE_PAGE_DATA_OF = stepKey;
}

/**
 * Before a build: the tables a dev server published into static/ are removed (Vite would copy them into the site,
 * files the package no longer lists included; the build links the page data's own copy in after the adapter), and the
 * adapter is given a staging folder (FRONTLINE_SITE_STAGING, read by svelte.config.js, which SvelteKit loads after this).
 */
function prepareBuild(): void {
  rmSync(staticData, { recursive: true, force: true });
  process.env.FRONTLINE_SITE_STAGING = siteStaging(site);
}

/**
 * After the adapter has written the site into its staging folder (SvelteKit's own closeBundle, in the server build),
 * the article pages, detail files and tables the data step wrote go into it (scripts/static-pages.ts), and the
 * whole site takes the place of the previous one.
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
        const staging = process.env.FRONTLINE_SITE_STAGING!;
        publishStaticPages(pageDataDir, staging, resolve(import.meta.dirname, '.svelte-kit'));
        switchSiteIn(staging, site);
      },
    },
  };
}

export default defineConfig(({ command, isPreview }) => {
  if (command === 'build') prepareBuild();
  // The dev server serves the tables from static/data; `vite preview` serves the built site, which has them.
  const devData = command === 'serve' && !isPreview ? [copyDataFiles(dataDir, staticData)] : [];
  return {
    plugins: [...devData, sveltekit(), staticPages()],
    // LayerChart's class helper merges Tailwind classes; the dashboard has none, so a join does (src/lib/shims/tailwind-merge.ts).
    resolve: { alias: { 'tailwind-merge': `${import.meta.dirname}/src/lib/shims/tailwind-merge.ts` } },
    build: {
      chunkSizeWarningLimit: 800,
      reportCompressedSize: false,
      // `layerchart/svg` re-exports about 60 components and the charts use 10: without this every one is loaded and
      // compiled, for the server and the client, then tree-shaken (about a quarter of vite build's CPU at 10,000
      // articles). LayerChart declares no side effects but its CSS, so Rolldown loads only what is imported. The site
      // is equivalent, not byte-identical: chunk names and the order of LayerChart's rules differ (README, build17).
      rolldownOptions: { experimental: { lazyBarrel: true } },
    },
  };
});
