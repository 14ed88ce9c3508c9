/**
 * The worker pool of extract and normalize gives the same bytes as one thread: 48 articles run through the stages
 * with one worker and with two (the pool's minimum lowered so that both stages use it), the two workers kept across
 * batches of 16 articles read from the hand-over file (so results of several batches are put back in order).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runAggregate, runExtract, runIngest, runNormalize } from '../packages/cli/src/stages.ts';
import { poolMinimum } from '../packages/cli/src/pool.ts';
import { snapshotSet } from './cli.ts';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `frontline-pool-${name}-`));
const PLACES = ['Saraqib', 'Ariha', 'Kherson', 'Bakhmut', 'El Fasher', 'Goma', 'Mosul', 'Afrin'];
const GENRES = [
  (n: number, p: string) => `Fighting near ${p}\n\nBEIRUT, March ${1 + (n % 27)}, 2018 (Reuters) - Shelling displaced more than ${n * 100 + 40} people from villages around ${p} this week, the United Nations said on Saturday.\n`,
  (n: number, p: string) => `Situation report ${n}\n\nSince 1 February, an estimated ${n * 250} people have fled ${p}. At least ${n + 3} civilians were killed on ${1 + (n % 20)} February, according to local health officials.\n`,
  (n: number, p: string) => `Monitor: ${p}\n\nThe monitor documented ${n + 12} deaths in ${p} on Monday, including ${n % 5 + 1} children. Government forces captured ${p} on Tuesday, the group said.\n`,
];

const input = fresh('in');
for (let i = 0; i < 48; i++) writeFileSync(join(input, `a${String(i).padStart(2, '0')}.txt`), GENRES[i % 3]!(i + 1, PLACES[i % PLACES.length]!));
const saved = { workers: process.env.FRONTLINE_WORKERS, minimum: process.env.FRONTLINE_POOL_MIN, batch: process.env.FRONTLINE_BATCH };
process.env.FRONTLINE_POOL_MIN = '40';
afterAll(() => {
  for (const [name, value] of [['FRONTLINE_WORKERS', saved.workers], ['FRONTLINE_POOL_MIN', saved.minimum], ['FRONTLINE_BATCH', saved.batch]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** The set the stages write with `workers` threads, and what extract and normalize report (their stdout summaries). */
async function runStages(workers: string, batch = '') {
  process.env.FRONTLINE_WORKERS = workers;
  process.env.FRONTLINE_BATCH = batch;
  const out = fresh(`out${workers}`);
  await runIngest({ input, out });
  const extract: Record<string, unknown> = await runExtract({ input, out });
  const normalize: Record<string, unknown> = await runNormalize({ input, out });
  await runAggregate({ input, out });
  return { set: snapshotSet(out), extract, normalize };
}

const runWith = async (workers: string, batch = '') => (await runStages(workers, batch)).set;

it('writes the same bytes with two workers as with one', async () => {
  expect(48).toBeGreaterThanOrEqual(Math.max(poolMinimum('extract'), poolMinimum('normalize')));
  const one = await runWith('1');
  const two = await runWith('2', '16');
  expect(Object.keys(two)).toEqual(Object.keys(one));
  expect(two).toEqual(one);
  expect(Buffer.from(one['facts.csv']!, 'base64').toString().trim().split('\n').length).toBeGreaterThan(48); // the articles gave facts
}, 600_000);

it('writes the same bytes when every worker runs out of heap: their articles are computed in the stage thread', async () => {
  const one = await runWith('1');
  process.env.FRONTLINE_WORKER_HEAP_MB = '8'; // too small to load a task: each worker dies with an article in flight
  try {
    const { set, extract, normalize } = await runStages('2', '16');
    expect(set).toEqual(one);
    // The run says so: both workers of each stage were dropped (the summary's line reads these counts).
    expect([extract.workers_out_of_heap, normalize.workers_out_of_heap]).toEqual([2, 2]);
  } finally {
    delete process.env.FRONTLINE_WORKER_HEAP_MB;
  }
}, 600_000);
