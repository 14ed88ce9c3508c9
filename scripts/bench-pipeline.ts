/**
 * Pipeline benchmark: builds a corpus of N articles from the seeds (each copy made unique so that ingest does not
 * reject it as a duplicate), runs every stage in-process and prints time, throughput and peak memory per stage.
 * Usage: pnpm exec tsx scripts/bench-pipeline.ts [N=500]
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAggregate, runExtract, runIngest, runNormalize } from '../packages/cli/src/stages.ts';

const n = Number(process.argv[2] ?? 500);
const seeds = readdirSync('seeds').map((f) => readFileSync(join('seeds', f), 'utf8'));
const input = mkdtempSync(join(tmpdir(), 'frontline-bench-in-'));
const out = mkdtempSync(join(tmpdir(), 'frontline-bench-out-'));
mkdirSync(input, { recursive: true });
let bytes = 0;
for (let i = 0; i < n; i++) {
  const text = `${seeds[i % seeds.length]}\n\nCopy ${i} of a seed article, made for the benchmark.\n`;
  bytes += Buffer.byteLength(text);
  writeFileSync(join(input, `bench_${String(i).padStart(5, '0')}.txt`), text);
}

console.log(`corpus: ${n} articles, ${(bytes / 1e6).toFixed(2)} MB`);
const stages = { ingest: runIngest, extract: runExtract, normalize: runNormalize, aggregate: runAggregate };
let total = 0;
for (const [name, run] of Object.entries(stages)) {
  const t0 = performance.now();
  const result = run({ input, out });
  const ms = performance.now() - t0;
  total += ms;
  console.log(
    `${name.padEnd(9)} ${ms.toFixed(0).padStart(7)} ms  ${((n / ms) * 1000).toFixed(0).padStart(6)} articles/s  ${JSON.stringify(result)}`,
  );
}
console.log(`total     ${total.toFixed(0).padStart(7)} ms  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
