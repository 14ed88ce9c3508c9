import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The text of one of extract's data tables (`packages/extract/data/*.csv`): beside the sources, or through the
 * package's `./data/*` export when a bundler has moved this module.
 */
export function readDataFile(file: string): string {
  const local = fileURLToPath(new URL(`../data/${file}`, import.meta.url));
  const path = existsSync(local) ? local : createRequire(import.meta.url).resolve(`@frontline/extract/data/${file}`);
  return readFileSync(path, 'utf8');
}
