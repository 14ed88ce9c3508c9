/**
 * What the run record's check costs as the input grows: an unchanged re-run starts the process, stamps (stat) the
 * code, the packs and every input file, and compares the set's files with the record (a few dozen files whatever the
 * number of articles); a touched input is fingerprinted instead (code, packs and input read and hashed). This prints
 * the stamp's and the fingerprint's times on N generated articles, so
 * the re-run of a folder too large to build in the time at hand can be estimated from a measured smaller one
 * (bench-rerun.ts). Usage: pnpm exec tsx scripts/bench-record.ts [N=10000 ...]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVersion } from '../packages/cli/src/cache/version.ts';
import { fingerprint, stamp } from '../packages/cli/src/run-record.ts';
import { writeSeedCopies } from './bench-corpus.ts';

const sizes = process.argv.slice(2).map(Number);
const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const value = f();
  return [value, (performance.now() - t0) / 1000];
};

const [, code] = time(() => runVersion());
console.log(`code and packs hashed: ${code.toFixed(2)} s (once per process); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const n of sizes.length ? sizes : [10_000]) {
  const input = mkdtempSync(join(tmpdir(), 'frontline-record-bench-'));
  try {
    const bytes = writeSeedCopies(input, n);
    const base = { stages: ['ingest', 'extract', 'normalize', 'aggregate'], input, corrections: '', options: {} };
    fingerprint(base); // the code's hash is then memoised: what remains is the input's
    const [, seconds] = time(() => fingerprint(base));
    const [, stamped] = time(() => stamp(base)); // the check of an unchanged re-run: stat calls on the code, packs and input
    console.log(`${n} articles (${(bytes / 1e6).toFixed(1)} MB): input fingerprinted (read and hashed) in ${seconds.toFixed(2)} s; code, packs and input stamped (stat only) in ${stamped.toFixed(2)} s; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}
