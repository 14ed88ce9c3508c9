import { sveltekit } from '@sveltejs/kit/vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { copyDataFiles, resolveDataDir } from './scripts/data-files.ts';

// The pipeline's output folder: FRONTLINE_DATA (relative to the working directory) or the repo's data/.
const dataDir = resolveDataDir(import.meta.dirname);
// The prerender step reads the tables through this variable; it runs in this process or a child of it.
process.env.FRONTLINE_DATA_DIR = dataDir;
process.env.FRONTLINE_REPO_ROOT = resolve(import.meta.dirname, '../..');

export default defineConfig({
  plugins: [copyDataFiles(dataDir, `${import.meta.dirname}/static/data`), sveltekit()],
  // LayerChart's class helper merges Tailwind classes; the dashboard has none, so a join does (src/lib/shims/tailwind-merge.ts).
  resolve: { alias: { 'tailwind-merge': `${import.meta.dirname}/src/lib/shims/tailwind-merge.ts` } },
  build: { chunkSizeWarningLimit: 800 },
});
