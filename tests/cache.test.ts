/**
 * The article cache end to end: a run with the cache writes the same bytes as a run without it, whatever the cache
 * holds (nothing, the same articles, older versions of some, damaged or foreign files), and computes only the
 * articles that are new or changed. The stages run in this process (as the worker runs them); the last tests go
 * through the command line.
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAggregate, runExtract, runIngest, runNormalize } from '../packages/cli/src/stages.ts';
import { RunCache, type CacheDirs } from '../packages/cli/src/cache/store.ts';
import { CACHED_STAGES } from '../packages/cli/src/cache/version.ts';
import { besidesSummary, filesUnder, pipeline, ROOT } from './cli.ts';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `frontline-cache-${name}-`));

/** Every output file but the cache, with its bytes. */
const outputs = (out: string) =>
  Object.fromEntries(filesUnder(out).filter((f) => !f.startsWith('cache')).map((f) => [f, readFileSync(join(out, f)).toString('base64')]));

/** All four stages into a new folder, with the cache read from `previous` (an output folder or a cache folder). */
async function run(input: string, cache?: { previous: string; into?: string }) {
  const out = fresh('out');
  const dirs: CacheDirs | undefined = cache && { read: cache.previous, write: cache.into ?? join(out, 'cache') };
  const runCache = dirs && new RunCache(dirs);
  const options = { input, out, cache: runCache };
  for (const stage of [runIngest, runExtract, runNormalize, runAggregate]) await stage(options);
  runCache?.carryOver(CACHED_STAGES);
  const counts = Object.fromEntries([...(runCache?.stages ?? [])].map(([stage, c]) => [stage, c.counts]));
  return { out, cacheDir: dirs?.write ?? '', counts, distrust: runCache?.distrust };
}

const seeds = readdirSync(join(ROOT, 'seeds')).sort();
const WIRE = `Thousands flee fighting near Afrin

BEIRUT, March 3, 2018 (Reuters) - Fighting displaced more than 4,000 people from villages near Afrin this week, the United Nations said on Saturday. At least 12 civilians were killed in shelling on Friday, a war monitor said.
`;

describe('a re-run with the article cache', () => {
  const input = fresh('in');
  let clean: Record<string, string>;
  let first: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    for (const f of seeds.slice(0, 3)) copyFileSync(join(ROOT, 'seeds', f), join(input, f));
    clean = outputs((await run(input)).out);
    first = await run(input, { previous: join(fresh('none'), 'cache') });
  });

  it('writes the same bytes as a run without the cache, first cold, then warm with every article from the cache', async () => {
    expect(outputs(first.out)).toEqual(clean);
    expect(first.counts.extract).toEqual({ hits: 0, misses: 3, dropped: 0 });
    const warm = await run(input, { previous: first.cacheDir });
    expect(outputs(warm.out)).toEqual(clean);
    for (const stage of CACHED_STAGES) expect(warm.counts[stage], stage).toEqual({ hits: 3, misses: 0, dropped: 0 });
    // and the cache itself is the same bytes as the cold run's
    for (const f of filesUnder(first.cacheDir)) expect(readFileSync(join(warm.cacheDir, f)), f).toEqual(readFileSync(join(first.cacheDir, f)));
  });

  it('computes only added and changed articles, and drops removed ones from outputs and cache', async () => {
    const changed = fresh('in-changed');
    for (const f of seeds.slice(0, 3)) copyFileSync(join(ROOT, 'seeds', f), join(changed, f));
    rmSync(join(changed, seeds[0]!));
    appendFileSync(join(changed, seeds[1]!), '\nLater on Tuesday, 300 more families fled the area, the local council said.\n');
    writeFileSync(join(changed, 'wire_afrin.txt'), WIRE);
    const warm = await run(changed, { previous: first.cacheDir });
    const expected = outputs((await run(changed)).out);
    expect(outputs(warm.out)).toEqual(expected);
    expect(warm.counts.ingest).toEqual({ hits: 1, misses: 2, dropped: 0 });
    expect(warm.counts.extract).toEqual({ hits: 1, misses: 2, dropped: 0 });
    const articles = readFileSync(join(warm.out, 'articles.csv'), 'utf8');
    expect(articles).not.toContain(seeds[0]!.replace(/\.txt$/, ''));
    expect(articles).toContain('wire_afrin');
    for (const stage of CACHED_STAGES) expect(readFileSync(join(warm.cacheDir, `${stage}.cache`), 'utf8').trim().split('\n'), stage).toHaveLength(3);
  });

  it('rebuilds a truncated cache, a hand-edited entry, an older format and a folder that is not a cache, never trusting them', async () => {
    const damage: Record<string, (dir: string) => void> = {
      truncated: (dir) => writeFileSync(join(dir, 'extract.cache'), readFileSync(join(dir, 'extract.cache')).subarray(0, 1000)),
      'hand-edited': (dir) => {
        const file = join(dir, 'normalize.cache');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/"count_best":(\d)/, (_m, d) => `"count_best":${(Number(d) + 1) % 10}`));
      },
      'older format': (dir) => writeFileSync(join(dir, 'cache.json'), '{"format":"frontline-article-cache","version":0}\n'),
      foreign: (dir) => {
        rmSync(join(dir, 'cache.json'));
        writeFileSync(join(dir, 'README'), 'the cache of another program');
      },
    };
    for (const [name, spoil] of Object.entries(damage)) {
      const previous = join(fresh(name), 'cache');
      mkdirSync(previous);
      for (const f of filesUnder(first.cacheDir)) copyFileSync(join(first.cacheDir, f), join(previous, f));
      spoil(previous);
      const rerun = await run(input, { previous });
      expect(outputs(rerun.out), name).toEqual(clean);
      const computed = CACHED_STAGES.reduce((n, s) => n + rerun.counts[s]!.misses, 0);
      if (name === 'truncated') expect(rerun.counts.extract!.dropped).toBeGreaterThan(0);
      if (name === 'hand-edited') expect(rerun.counts.normalize).toEqual({ hits: 2, misses: 1, dropped: 1 });
      if (name === 'older format' || name === 'foreign') expect([computed, rerun.distrust]).toEqual([9, name === 'foreign' ? 'not a Frontline cache' : 'an older cache format']);
      // the new cache is whole again: a run from it takes everything from it
      const next = await run(input, { previous: rerun.cacheDir });
      for (const stage of CACHED_STAGES) expect(next.counts[stage], `${name} ${stage}`).toEqual({ hits: 3, misses: 0, dropped: 0 });
    }
  }, 300_000);

  it('keeps a --cache folder across output folders', async () => {
    const shared = join(fresh('shared'), 'cache');
    await run(input, { previous: shared, into: shared });
    const again = await run(input, { previous: shared, into: shared });
    expect(outputs(again.out)).toEqual(clean);
    expect(existsSync(join(again.out, 'cache'))).toBe(false);
    for (const stage of CACHED_STAGES) expect(again.counts[stage]).toEqual({ hits: 3, misses: 0, dropped: 0 });
  });
});

describe('input files known by their stat', () => {
  const input = fresh('in-stat');
  const name = seeds[1]!;
  let first: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    for (const f of seeds.slice(0, 3)) copyFileSync(join(ROOT, 'seeds', f), join(input, f));
    first = await run(input, { previous: join(fresh('none'), 'cache') });
  });

  it('takes an unchanged file’s digest from its stat, without reading it', async () => {
    expect(first.counts.files).toEqual({ hits: 0, misses: 3, dropped: 0 });
    const warm = await run(input, { previous: first.cacheDir });
    expect(warm.counts.files).toEqual({ hits: 3, misses: 0, dropped: 0 });
    expect(warm.counts.ingest).toEqual({ hits: 3, misses: 0, dropped: 0 });
    expect(outputs(warm.out)).toEqual(outputs(first.out));
  });

  it('reads a file again when its stat changed: touched (same bytes, same ingest entry) or rewritten with the same size and time', async () => {
    const file = join(input, name);
    const original = readFileSync(file, 'utf8');
    const when = new Date(Date.now() - 3_600_000);
    utimesSync(file, when, when);
    const touched = await run(input, { previous: first.cacheDir });
    expect(touched.counts.files).toEqual({ hits: 2, misses: 1, dropped: 0 });
    expect(touched.counts.ingest).toEqual({ hits: 3, misses: 0, dropped: 0 });
    // Other bytes of the same length, and the modification time put back: the change time still tells.
    const digit = /\d/.exec(original)!;
    const other = `${original.slice(0, digit.index)}${(Number(digit[0]) + 1) % 10}${original.slice(digit.index + 1)}`;
    writeFileSync(file, other);
    utimesSync(file, when, when);
    const rewritten = await run(input, { previous: touched.cacheDir });
    expect(rewritten.counts.files).toEqual({ hits: 2, misses: 1, dropped: 0 });
    expect(rewritten.counts.ingest).toEqual({ hits: 2, misses: 1, dropped: 0 });
    expect(outputs(rewritten.out)).toEqual(outputs((await run(input)).out));
    writeFileSync(file, original);
  }, 120_000);
});

describe('the cache from the command line', () => {
  it('lives in the output folder, is used by the next run and says so in the summary; --no-cache leaves none', () => {
    const out = join(fresh('cli'), 'out');
    const first = pipeline('all', '--input', 'seeds', '--out', out);
    expect(first.status, first.stderr).toBe(0);
    // The summary counts what aggregate wrote (the seeds' count moves with the rules, so it is read, not fixed here).
    const written = /^aggregate: \{"facts":(\d+),/m.exec(first.stdout)?.[1];
    expect(Number(written)).toBeGreaterThan(0);
    expect(first.stderr).toMatch(new RegExp(`^summary: 5 articles read, 0 rejected; ${written} facts$`, 'm'));
    // A touched output defeats the run record (run-record.test.ts), so the second run goes through every stage.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(out, 'facts.csv'), later, later);
    const second = pipeline('all', '--input', 'seeds', '--out', out);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toMatch(/^summary: unchanged, from the cache: ingest 5 of 5 files, extract 5 of 5 articles, normalize 5 of 5 articles$/m);
    expect(second.stderr).toMatch(/^summary: time: ingest [\d.]+ s, extract [\d.]+ s, normalize [\d.]+ s, aggregate [\d.]+ s; total [\d.]+ s$/m);
    expect(besidesSummary(second.stderr)).toBe('');
    const none = pipeline('ingest', '--input', 'seeds', '--out', out, '--no-cache', '--quiet');
    expect([none.status, none.stderr]).toEqual([0, '']);
    expect(existsSync(join(out, 'cache'))).toBe(false);
  }, 400_000);

  it('refuses a --cache folder that holds files of another program, and one inside --out', () => {
    const foreign = fresh('foreign');
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    const out = join(fresh('cli-out'), 'out');
    const run = pipeline('ingest', '--input', 'seeds', '--out', out, '--cache', foreign);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^refusing --cache .*: it holds files that are not a Frontline article cache\n$/);
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('mine');
    const inside = pipeline('ingest', '--input', 'seeds', '--out', out, '--cache', join(out, 'mine'));
    expect(inside.stderr).toMatch(/^refusing --cache .*: it is inside --out/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
