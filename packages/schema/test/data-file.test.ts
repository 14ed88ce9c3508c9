/**
 * The one finder of a package's data files: beside the reading module's sources, else through the owning package's
 * `./data/*` export resolved from the reading module (what a bundled module has left).
 */
import { existsSync, realpathSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataFilePath, readDataText, type DataHome } from '../src/data-file.ts';

// A module of the extract package, which depends on schema: its node_modules can resolve schema's export.
const EXTRACT_MODULE = new URL('../../extract/src/data.ts', import.meta.url).href;
const LOCAL: DataHome = { from: import.meta.url, dir: '../data/', pkg: '@frontline/schema' };

describe('data files of a package', () => {
  it('finds a file beside the sources, at the folder given from the reading module', () => {
    const path = dataFilePath(LOCAL, 'actors.csv');
    expect(path.endsWith('/packages/schema/data/actors.csv')).toBe(true);
    expect(existsSync(path)).toBe(true);
    expect(readDataText(LOCAL, 'actors.csv').split('\n')[0]).toContain('source');
  });

  it('falls back to the package export when the folder is not beside the module', () => {
    const moved: DataHome = { from: EXTRACT_MODULE, dir: '../no-such-folder/', pkg: '@frontline/schema' };
    expect(realpathSync(dataFilePath(moved, 'actors.csv'))).toBe(realpathSync(dataFilePath(LOCAL, 'actors.csv')));
  });

  it('throws when neither place holds the file', () => {
    expect(() => dataFilePath(LOCAL, 'no-such-file.csv')).toThrow();
  });
});
