/**
 * `node --import tsx scripts/prepare.ts` (run by scripts/build.js, the app's `build`): the dashboard build's first
 * process. It publishes the pipeline's files (static/data) and runs the data step (page-data-step.ts: each part in a
 * process of its own), then ends, before `vite build` starts: the build's peak memory is then the larger of the two
 * steps, each beside the launcher alone (plain Node, about half of a Node with tsx's loader).
 *
 * When it has run the step it writes, on file descriptor 3 (a pipe the launcher opens), the value the launcher sets
 * FRONTLINE_PAGE_DATA_READY to for `vite build`, so that vite.config.ts does not run the step again.
 */
import { writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publishDataFiles, resolveDataDir } from './data-files.ts';
import { pageDataDir, readyKey, runPageDataStep } from './page-data-step.ts';

const APP = resolve(import.meta.dirname, '..');

/** Publishes the data files and writes the page data; returns the key that says so to `vite build`. */
export function prepare(): string {
  const dataDir = resolveDataDir(APP);
  const out = pageDataDir(APP);
  // The published files are checked before the step reads them: a refused data folder stops with its own message.
  publishDataFiles(dataDir, join(APP, 'static', 'data'));
  runPageDataStep(dataDir, out);
  return readyKey(dataDir, out);
}

if (process.argv[1] === import.meta.filename) writeSync(3, prepare());
