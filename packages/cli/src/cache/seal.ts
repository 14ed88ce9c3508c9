/**
 * A stage cache file's seal: beside `<stage>.cache`, `<stage>.cache.seal` records the file's identity as the run
 * that wrote it left it (device, inode, size, modification time to the nanosecond). When the file read still has that
 * identity, it is the file the cache wrote, whose every entry was checked or computed by that run, so a re-run takes
 * its entries without hashing each one again (at 2,000 articles the three stages' checks cost about 1.1 s of a +20
 * re-run). When it does not (a hand edit, a truncation, an appended line, a copy, a seal missing or of another file),
 * every entry is checked by its SHA-256 as before.
 *
 * Safe because every write changes the identity: a write sets the modification time, a replacement (an editor's save,
 * a copy) gives a new inode. A hard link (the next output set's cache) keeps it, as it keeps the bytes. What a seal
 * does not guard against is a deliberate edit that puts the nanosecond time back; and on a file system that keeps
 * whole seconds only, an edit in the second of the write could keep it, so a time without its nanoseconds is never
 * trusted (always checked).
 */
import { fstatSync, readFileSync, statSync } from 'node:fs';
import { fileIdentity as identity, writeFileAtomic } from '@frontline/io/atomic';

export const sealPath = (cacheFile: string) => `${cacheFile}.seal`;


/** Seals the cache file as it is now (called once it is written or linked). */
export function writeSeal(cacheFile: string): void {
  const stat = statSync(cacheFile, { bigint: true });
  writeFileAtomic(sealPath(cacheFile), `${JSON.stringify({ identity: identity(stat) })}\n`);
}

/** Whether the open cache file (`fd`, of `cacheFile`) is the one its seal describes. */
export function sealHolds(fd: number, cacheFile: string): boolean {
  const stat = fstatSync(fd, { bigint: true });
  if (stat.mtimeNs % 1_000_000_000n === 0n) return false; // a coarse clock: see above
  try {
    const seal = JSON.parse(readFileSync(sealPath(cacheFile), 'utf8')) as { identity?: unknown };
    return seal.identity === identity(stat);
  } catch {
    return false; // no seal, or not one
  }
}
