import { readDataText, type DataHome } from '@frontline/schema';

const HOME: DataHome = { from: import.meta.url, dir: '../data/', pkg: '@frontline/extract' };

/**
 * The text of one of extract's data tables (`packages/extract/data/*.csv`): beside the sources, or through the
 * package's `./data/*` export when a bundler has moved this module.
 */
export function readDataFile(file: string): string {
  return readDataText(HOME, file);
}
