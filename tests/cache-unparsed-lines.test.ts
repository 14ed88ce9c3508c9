/**
 * An article the cache has is keyed by its line of the ingested file as written, and that line is not parsed:
 * extract parses no ingested line of a cached article, normalize only the one pass that reads every article's record
 * (corroboration compares across the corpus). The outputs are those of a run without the cache (cache.test.ts).
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runExtract, runIngest, runNormalize, type StageOptions } from '../packages/cli/src/stages.ts';
import { RunCache } from '../packages/cli/src/cache/store.ts';
import { comparedByCorroboration } from '../packages/normalize/src/index.ts';
import { ROOT } from './cli.ts';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `frontline-unparsed-${name}-`));

/** Ingest into a new folder, with the cache `previous` wrote (the caller runs the later stages). */
async function run(input: string, previous: string) {
  const out = fresh('out');
  const cache = new RunCache({ read: join(previous, 'cache'), write: join(out, 'cache') });
  const options: StageOptions = { input, out, cache };
  await runIngest(options);
  return { out, options, cache };
}

/** The results a cache file holds, as their JSON texts (each line is key, check, payload). */
const payloadsOf = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').map((l) => l.split('\t')[2]!);

/** How many calls of JSON.parse were given one of these lines while `work` ran. */
async function parsesOf(lines: string[], work: () => Promise<unknown>): Promise<number> {
  return (await parsesByGroup([lines], work))[0]!;
}

/** For each group of lines, how many calls of JSON.parse were given one of them while `work` ran. */
async function parsesByGroup(groups: string[][], work: () => Promise<unknown>): Promise<number[]> {
  const wanted = groups.map((lines) => new Set(lines));
  const counts = groups.map(() => 0);
  const parse = JSON.parse;
  const spy = vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    wanted.forEach((set, i) => (counts[i]! += set.has(text) ? 1 : 0));
    return parse(text, reviver);
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return counts;
}

describe('a cached article is keyed by its hand-over line, unparsed', () => {
  const input = fresh('in');
  const seeds = readdirSync(join(ROOT, 'seeds')).sort().slice(0, 3);
  let cold: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    for (const f of seeds) copyFileSync(join(ROOT, 'seeds', f), join(input, f));
    cold = await run(input, fresh('none'));
    await runExtract(cold.options);
    await runNormalize(cold.options);
  });
  afterEach(() => vi.restoreAllMocks());

  it('extract parses no ingested line of a cached article, normalize each once (for its record)', async () => {
    const warm = await run(input, cold.out);
    const lines = readFileSync(join(warm.out, 'stages', 'ingested.jsonl'), 'utf8').split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(seeds.length);
    // extract copies its cached facts into its hand-over file as the cache holds them: no payload is parsed
    const payloads = payloadsOf(join(cold.out, 'cache', 'extract.cache'));
    expect(payloads).toHaveLength(seeds.length);
    expect(await parsesOf([...lines, ...payloads], () => runExtract(warm.options))).toBe(0);
    // normalize reads each fact's line once, for the outline (captures again, when corroboration reads them back)
    const facts = readFileSync(join(warm.out, 'stages', 'extracted.jsonl'), 'utf8').split('\n').filter((l) => l !== '');
    const others = facts.filter((l) => !comparedByCorroboration(JSON.parse(l)));
    expect(others.length).toBeGreaterThan(0);
    // and its cached results are copied as their text too (no corrections hold them)
    const results = payloadsOf(join(cold.out, 'cache', 'normalize.cache'));
    expect(await parsesByGroup([lines, others, results], () => runNormalize(warm.options))).toEqual([seeds.length, others.length, 0]);
    expect(warm.cache.stage('extract').counts).toEqual({ hits: seeds.length, misses: 0, dropped: 0 });
    expect(warm.cache.stage('normalize').counts).toEqual({ hits: seeds.length, misses: 0, dropped: 0 });
    for (const f of ['extracted.jsonl', 'normalized.jsonl', 'articles.jsonl', 'place_mentions.jsonl']) {
      expect(readFileSync(join(warm.out, 'stages', f), 'utf8'), f).toBe(readFileSync(join(cold.out, 'stages', f), 'utf8'));
    }
  });

  it('parses the line of an article the cache does not have', async () => {
    const warm = await run(input, fresh('empty'));
    const lines = readFileSync(join(warm.out, 'stages', 'ingested.jsonl'), 'utf8').split('\n').filter((l) => l !== '');
    expect(await parsesOf(lines, () => runExtract(warm.options))).toBe(seeds.length);
    expect(readFileSync(join(warm.out, 'stages', 'extracted.jsonl'), 'utf8')).toBe(readFileSync(join(cold.out, 'stages', 'extracted.jsonl'), 'utf8'));
  });
});
