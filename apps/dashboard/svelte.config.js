import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fully prerendered static site; the output folder can be moved for tests (FRONTLINE_DASHBOARD_OUT). In a build the
 * adapter writes into the staging folder vite.config.ts names beside it (FRONTLINE_SITE_STAGING), which replaces the
 * site once the article pages and tables are in it (scripts/static-pages.ts).
 */
const out = process.env.FRONTLINE_SITE_STAGING ?? process.env.FRONTLINE_DASHBOARD_OUT ?? 'build';

/**
 * The app version names the data, not the clock (SvelteKit's default is a timestamp, which made two builds of
 * the same data differ in every chunk). vite.config.ts sets FRONTLINE_DATA_DIR before this file is read; without
 * it (svelte-kit sync for the typecheck) no data is involved.
 */
function versionName() {
  const pkg = process.env.FRONTLINE_DATA_DIR ? join(process.env.FRONTLINE_DATA_DIR, 'datapackage.json') : '';
  if (!pkg || !existsSync(pkg)) return 'no-data';
  return createHash('sha256').update(readFileSync(pkg)).digest('hex').slice(0, 16);
}

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
    // Every page is a route without parameters, so '*' names them all; the crawler is off because the links it would
    // follow are to the article pages, which the data step writes as static files after the prerender
    // (scripts/static-pages.ts checks those links instead).
    prerender: { entries: ['*'], crawl: false, handleHttpError: 'fail', handleMissingId: 'warn' },
    version: { name: versionName() },
  },
};
