/**
 * Input files known by their stat: the cache part `files` keeps, under a file's path and identity (device, inode,
 * size, modification and change times to the nanosecond), the SHA-256 of the bytes it had when a run read it. Ingest
 * keys a file's result by that SHA-256, so an unchanged file of a large folder costs a stat, not a read and a hash
 * (at 2,000 articles every re-run read and hashed 6.6 MB in 2,000 files).
 *
 * The bytes stay the truth: a file whose identity differs in anything (written, touched, replaced, copied, its mode
 * changed: each sets the change time, which no program can set back) is read and hashed again, and a file touched but
 * unchanged then finds its ingest entry under the same hash. What a stat cannot see is a write that leaves size, inode
 * and both times to the nanosecond as they were: the trade the run record's stamp makes (run-record.ts), documented
 * in docs/data-contract.md. A file system whose times have no sub-second part is never trusted (every file is read).
 */
import { createHash } from 'node:crypto';
import { statSync, type BigIntStats } from 'node:fs';
import type { InputEntry } from '../read-input.ts';
import { cacheKey, type StageCache } from './store.ts';

/** What a stat of the file says of it: its identity, '' when it cannot vouch for the bytes (a coarse clock, an error). */
export function fileStamp(abs: string): string {
  let stat: BigIntStats;
  try {
    stat = statSync(abs, { bigint: true });
  } catch {
    return ''; // read as usual: the read reports why it fails
  }
  if (!stat.isFile() || (stat.mtimeNs % 1_000_000_000n === 0n && stat.ctimeNs % 1_000_000_000n === 0n)) return '';
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** One run's look-ups of files' digests by stamp, and what it learns by reading (kept for the next run). */
export class FileDigests {
  constructor(private readonly cached: { cache: StageCache; version: string } | null) {}

  private key(entry: InputEntry, stamp: string): string {
    return cacheKey(this.cached!.version, [entry.path, stamp]);
  }

  /** The SHA-256 of the file's bytes when a run read it with this stamp; undefined when unknown. */
  known(entry: InputEntry, stamp: string): string | undefined {
    if (this.cached === null || stamp === '') return undefined;
    return this.cached.cache.get<string>(this.key(entry, stamp), (sha) => typeof sha === 'string');
  }

  /** The digest of bytes just read: kept only when the file's stamp is the same after the read as before it. */
  learn(entry: InputEntry, before: string, sha: string): void {
    if (this.cached === null || before === '' || fileStamp(entry.abs) !== before) return;
    this.cached.cache.put(this.key(entry, before), sha);
  }

  finish(): void {
    this.cached?.cache.finish();
  }
}
