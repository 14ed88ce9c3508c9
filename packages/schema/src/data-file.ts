/**
 * The one finder of a package's data files (`packages/<name>/data/*`), for every package that keeps tables there.
 * At dev time and in tests a file lies beside the sources, at `dir` from the reading module; when a bundler has moved
 * that module (the dashboard's server build), the file is found through the package's `./data/*` export instead,
 * resolved from the reading module (its package, not this one, depends on the package that owns the file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Where a package's data files are, seen from the module that reads them. */
export interface DataHome {
  /** The reading module's `import.meta.url`. */
  from: string;
  /** The data folder relative to that module ("../data/", "../../data/"). */
  dir: string;
  /** The owning package's name, whose `./data/*` export holds the files. */
  pkg: string;
}

/** The path of one data file of a package. */
export function dataFilePath(home: DataHome, file: string): string {
  const local = fileURLToPath(new URL(`${home.dir}${file}`, home.from));
  return existsSync(local) ? local : createRequire(home.from).resolve(`${home.pkg}/data/${file}`);
}

/** The text of one data file of a package. */
export function readDataText(home: DataHome, file: string): string {
  return readFileSync(dataFilePath(home, file), 'utf8');
}
