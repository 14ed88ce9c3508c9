import { readDataText, type DataHome } from '@frontline/schema';

const HOME: DataHome = { from: import.meta.url, dir: '../data/', pkg: '@frontline/ingest' };

/**
 * The text of one of ingest's data tables (`packages/ingest/data/*.csv`): beside the sources, or through the
 * package's `./data/*` export when a bundler has moved this module.
 */
export function readDataFile(file: string): string {
  return readDataText(HOME, file);
}
