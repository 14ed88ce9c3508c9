/**
 * Pipeline benchmark: prints time, throughput and peak memory of each stage on several inputs, each scenario run in
 * a child process (a stall is reported rather than waited for) and each stage in a child of its own, so that a
 * stage's peak memory is its own and not the largest of the stages before it. Throughput is given by
 * wall time and by CPU time (user + system, worker threads included): on a shared, loaded machine only the latter
 * compares runs.
 * - corpus: N articles built from the seeds (each copy made unique so that ingest does not reject it as a duplicate);
 * - long-sentence: the seeds plus one 2 MB file that is a single sentence full of figures. Extraction must stay
 *   linear in sentence length, so this must finish (processed or rejected) within seconds;
 * - many-sentences: the seeds plus one 2 MB file of short sentences, each with a date, a weekday and a relative
 *   date ("two days later"): publication-date inference must stay linear in their number;
 * - huge-files: the seeds plus five sparse 1 GB files. They must be refused from their size, unread: peak memory
 *   stays that of the seeds.
 * The stages run without the article cache (each computes every article); scripts/bench-rerun.ts measures re-runs.
 * Usage: pnpm exec tsx scripts/bench-pipeline.ts [N=500] [corpus|long-sentence|many-sentences|huge-files]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAggregate, runExtract, runIngest, runNormalize } from '../packages/cli/src/stages.ts';
import { writeSeedCopies } from './bench-corpus.ts';

const SCENARIO_TIMEOUT_MS = 120_000;
const n = Number(process.argv[2] ?? 500);
const scenario = process.argv[3];

function corpus(input: string): string {
  return `${n} articles, ${(writeSeedCopies(input, n) / 1e6).toFixed(2)} MB`;
}

/** One 2 MB line of clauses joined by commas and "and", never a full stop: a figure every few dozen characters. */
function longSentence(input: string): string {
  for (const f of readdirSync('seeds')) copyFileSync(join('seeds', f), join(input, f));
  const clauses = [
    'shelling displaced 1,200 people from Saraqib',
    'nearly 340 families fled Ariha on Monday',
    'at least 15 civilians were killed in Maarat al-Numan',
    'government forces captured 4 villages near Abu al-Duhur',
  ];
  const parts: string[] = ['Fighting went on'];
  let size = parts[0]!.length;
  for (let i = 0; size < 2_000_000; i++) {
    const clause = `${i % 7 === 6 ? ' and' : ','} ${clauses[i % clauses.length]}`;
    parts.push(clause);
    size += clause.length;
  }
  writeFileSync(join(input, 'long_sentence.txt'), `${parts.join('')}.\n`);
  return `the seeds plus one single-sentence file of ${(size / 1e6).toFixed(2)} MB`;
}

function manySentences(input: string): string {
  for (const f of readdirSync('seeds')) copyFileSync(join('seeds', f), join(input, f));
  const sentence = 'On 5 January 2018 fighting resumed near the town and two days later on Sunday it stopped. ';
  const text = `Fighting in the north\n\n${sentence.repeat(Math.ceil(2_000_000 / sentence.length))}\n`;
  writeFileSync(join(input, 'many_sentences.txt'), text);
  return `the seeds plus one file of ${Math.ceil(2_000_000 / sentence.length)} short dated sentences, ${(text.length / 1e6).toFixed(2)} MB`;
}

function hugeFiles(input: string): string {
  for (const f of readdirSync('seeds')) copyFileSync(join('seeds', f), join(input, f));
  for (let i = 0; i < 5; i++) {
    writeFileSync(join(input, `huge${i}.txt`), '');
    truncateSync(join(input, `huge${i}.txt`), 1024 ** 3); // sparse: no disk used
  }
  return 'the seeds plus five sparse 1 GB files';
}

const STAGES = { ingest: runIngest, extract: runExtract, normalize: runNormalize, aggregate: runAggregate };
type Stage = keyof typeof STAGES;
interface StageFigures {
  ms: number;
  cpuMs: number;
  peakMb: number;
  result: object;
}

/** One stage in this process (started for it alone by runStage): its figures as one JSON line on stdout. */
async function stageHere(stage: Stage, input: string, out: string) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await STAGES[stage]({ input, out }); // ingest is asynchronous (PDF reading)
  const cpu = process.cpuUsage(c0); // the whole process (worker threads too): fair under load, unlike wall time
  const figures: StageFigures = { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, peakMb: process.resourceUsage().maxRSS / 1024, result };
  console.log(JSON.stringify(figures));
}

/** A stage in a child process of its own, so that its peak memory is its own, not the stages' before it. */
function runStage(stage: Stage, input: string, out: string): StageFigures {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--stage', stage, input, out];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`${stage}: exit ${child.status ?? child.signal}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as StageFigures;
}

async function run(name: string, build: (input: string) => string, articles: () => number) {
  const input = mkdtempSync(join(tmpdir(), 'frontline-bench-in-'));
  const out = mkdtempSync(join(tmpdir(), 'frontline-bench-out-'));
  console.log(`${name}: ${build(input)}`);
  let total = 0;
  let totalCpu = 0;
  let peak = 0;
  for (const stage of Object.keys(STAGES) as Stage[]) {
    const { ms, cpuMs, peakMb, result } = runStage(stage, input, out);
    total += ms;
    totalCpu += cpuMs;
    peak = Math.max(peak, peakMb);
    const rate = (per: number) => ((articles() / per) * 1000).toFixed(0).padStart(6);
    console.log(`${stage.padEnd(9)} ${ms.toFixed(0).padStart(7)} ms ${rate(ms)} articles/s  CPU ${cpuMs.toFixed(0).padStart(7)} ms ${rate(cpuMs)} articles/s  peak RSS ${peakMb.toFixed(0).padStart(5)} MB  ${JSON.stringify(result)}`);
  }
  const rejected = readFileSync(join(out, 'rejected.csv'), 'utf8').trim().split('\n').slice(1);
  if (rejected.length > 0) console.log(`rejected: ${rejected.join(' | ')}`);
  console.log(`total     ${total.toFixed(0).padStart(7)} ms  CPU ${totalCpu.toFixed(0)} ms  peak RSS ${peak.toFixed(0)} MB (the largest stage's)`);
}

const SCENARIOS: Record<string, () => Promise<void>> = {
  corpus: () => run('corpus', corpus, () => n),
  'long-sentence': () => run('long-sentence', longSentence, () => 6),
  'many-sentences': () => run('many-sentences', manySentences, () => 6),
  'huge-files': () => run('huge-files', hugeFiles, () => 10),
};

if (process.argv[2] === '--stage') {
  await stageHere(process.argv[3] as Stage, process.argv[4]!, process.argv[5]!);
} else if (scenario) {
  await SCENARIOS[scenario]!();
} else {
  // Each scenario in its own process: its own peak memory, and a stalled one is killed and reported.
  for (const name of Object.keys(SCENARIOS)) {
    const args = ['--import', 'tsx', fileURLToPath(import.meta.url), String(n), name];
    const child = spawnSync(process.execPath, args, { stdio: 'inherit', timeout: SCENARIO_TIMEOUT_MS, killSignal: 'SIGKILL' });
    if (child.error || child.signal) console.log(`${name}: did not finish within ${SCENARIO_TIMEOUT_MS / 1000} s (${child.signal ?? child.error})`);
    else if (child.status !== 0) console.log(`${name}: failed with exit status ${child.status}`);
  }
}
