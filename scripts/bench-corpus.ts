/** The benchmarks' generated corpus: copies of the seeds, each made unique so that ingest does not reject it as a duplicate. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes articles `from` to `from + n - 1` into `input`; returns their size in bytes. */
export function writeSeedCopies(input: string, n: number, from = 0): number {
  const seeds = readdirSync('seeds').sort().map((f) => readFileSync(join('seeds', f), 'utf8'));
  let bytes = 0;
  for (let i = from; i < from + n; i++) {
    const text = `${seeds[i % seeds.length]}\n\nCopy ${i} of a seed article, made for the benchmark.\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(input, `bench_${String(i).padStart(5, '0')}.txt`), text);
  }
  return bytes;
}
