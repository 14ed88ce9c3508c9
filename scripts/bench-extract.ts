/**
 * `extractArticle` alone, in one thread, over ingested articles (a stage's `stages/ingested.jsonl`): CPU time (user +
 * system) per round, articles a second by CPU, and a hash of the facts, so that two versions of the code can be run
 * interleaved on the same input and their outputs compared. The first round pays for loading the model and compiling
 * the regular expressions; later rounds are the steady state. Wall time is printed too: on a shared machine only CPU
 * time compares runs.
 * Usage: pnpm exec tsx scripts/bench-extract.ts INGESTED.jsonl [ROUNDS=3] [--write FILE]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { IngestedArticle } from '@frontline/schema';
import { extractArticle } from '../packages/extract/src/index.ts';

const [file, roundsArg] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--write');
const writeTo = process.argv.includes('--write') ? process.argv[process.argv.indexOf('--write') + 1] : undefined;
const articles = readFileSync(file!, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as IngestedArticle);
const rounds = Number(roundsArg ?? 3);
for (let r = 0; r < rounds; r++) {
  const [c0, t0] = [process.cpuUsage(), performance.now()];
  const facts = articles.map((a) => extractArticle(a));
  const [cpu, wall] = [process.cpuUsage(c0), performance.now() - t0];
  const ms = (cpu.user + cpu.system) / 1000;
  const out = facts.map((f) => JSON.stringify(f)).join('\n');
  const hash = createHash('sha256').update(out).digest('hex').slice(0, 16);
  const rate = (t: number) => ((articles.length / t) * 1000).toFixed(1);
  console.log(`round ${r}: ${articles.length} articles, CPU ${ms.toFixed(0)} ms, ${rate(ms)} articles/s of CPU, wall ${wall.toFixed(0)} ms, ${rate(wall)} articles/s, facts ${hash}`);
  if (writeTo && r === 0) writeFileSync(writeTo, `${out}\n`);
}
