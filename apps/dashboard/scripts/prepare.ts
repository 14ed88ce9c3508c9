/**
 * `node --import tsx scripts/prepare.ts` (run by scripts/build.js, the app's `build`): the dashboard build's first
 * process. It runs the data step (page-data-step.ts: the pipeline's published files checked and copied once into the
 * page data, then each part: the chart part, the largest, last and in this process, the others each in a child
 * process of its own), then ends, before `vite build` starts: the build's peak memory is then the larger of the two
 * steps, each beside the launcher alone (plain Node, about half of a Node with tsx's loader).
 *
 * When it has run the step it writes, on file descriptor 3 (a pipe the launcher opens), the value the launcher sets
 * FRONTLINE_PAGE_DATA_READY to for `vite build`, so that vite.config.ts does not run the step again.
 */
import { writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveDataDir } from './data-files.ts';
import { PARTS, useData } from './page-data.ts';
import { pageDataDir, readyKey, runPageDataStep } from './page-data-step.ts';

const APP = resolve(import.meta.dirname, '..');

/** Writes the page data (the published files with it); returns the key that says so to `vite build`. */
export function prepare(): string {
  const dataDir = resolveDataDir(APP);
  const out = pageDataDir(APP);
  // The chart part, the step's largest, runs last in this process rather than in a child beside it (PartHere).
  runPageDataStep(dataDir, out, { part: 'charts', run: (dir) => (useData(dataDir), PARTS.charts(dir)) });
  return readyKey(dataDir, out);
}

if (process.argv[1] === import.meta.filename) writeSync(3, prepare());
