/**
 * Where a run keeps its article cache. By default in the output folder, `<out>/cache/`: read from the current set
 * and written into the new one, so it follows the set through the switch (a failed or stopped run leaves it as it
 * was). `--cache DIR` keeps it in a folder of the user's instead (shared by several output folders, or kept when the
 * output folder is deleted); `--no-cache` computes every article and leaves no cache in the set.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { realPath, within } from '../paths.ts';
import { UsageError } from '../errors.ts';
import { cacheFolderState, type CacheDirs } from './store.ts';

/** `--cache DIR` (a string), `--no-cache` (false), or neither (undefined). */
export type CacheOption = string | false | undefined;

/**
 * Checks `--cache DIR` before anything is written; one-line refusals. A folder of another program is never written
 * into (its files are not ours to replace); a cache of an older format is ours, and is rebuilt.
 */
export function checkCacheFolder(cache: CacheOption, input: string, out: string, readsInput: boolean): void {
  if (typeof cache !== 'string') return;
  const real = realPath(cache);
  if (existsSync(real) && !statSync(real).isDirectory()) throw new UsageError(`refusing --cache ${cache}: it is a file, not a folder`);
  if (within(real, out)) throw new UsageError(`refusing --cache ${cache}: it is inside --out ${out}, which a run replaces (leave --cache out to keep the cache there)`);
  if (readsInput && existsSync(input) && within(real, realPath(input))) {
    throw new UsageError(`refusing --cache ${cache}: it is inside --input ${input}, so a run would read the cache as articles`);
  }
  if (cacheFolderState(real) === 'foreign') throw new UsageError(`refusing --cache ${cache}: it holds files that are not a Frontline article cache`);
}

/** The folders the run reads the cache from and writes it to, or undefined for none. */
export function cacheDirs(cache: CacheOption, out: string, staging: string): CacheDirs | undefined {
  if (cache === false) return undefined;
  if (typeof cache === 'string') return { read: realPath(cache), write: realPath(cache) };
  return { read: join(out, 'cache'), write: join(staging, 'cache') };
}
