/**
 * A re-run from the cache with a correction that moves a fact to a world place by id ("gn:2457163", Gao in Mali)
 * writes the bytes of a clean run. The world pack is read lazily: in a clean run the article's own mention of Gao
 * brings its row in, while a cached article is not resolved again, so the correction must find the place by id.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACTS } from '@frontline/schema';
import { readCsv } from '@frontline/io';
import { runAggregate, runExtract, runIngest, runNormalize } from '../packages/cli/src/stages.ts';
import { RunCache } from '../packages/cli/src/cache/store.ts';
import { CACHED_STAGES } from '../packages/cli/src/cache/version.ts';
import { filesUnder } from './cli.ts';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `frontline-world-fix-${name}-`));
const outputs = (out: string) =>
  Object.fromEntries(filesUnder(out).filter((f) => !f.startsWith('cache')).map((f) => [f, readFileSync(join(out, f)).toString('base64')]));

const WIRE = `Militants seize town in northern Mali

BAMAKO, May 6, 2024 (AFP) - Jihadist fighters seized the town of Ber near Timbuktu on Sunday, local officials said. Two soldiers were killed in Gao on Saturday, the army said.
`;
const GAO = 'gn:2457163';

async function run(input: string, corrections: string, previous?: string) {
  const out = fresh('out');
  const cache = previous === undefined ? undefined : new RunCache({ read: previous, write: join(out, 'cache') });
  for (const stage of [runIngest, runExtract, runNormalize, runAggregate]) await stage({ input, out, cache, corrections });
  cache?.carryOver(CACHED_STAGES);
  return { out, hits: cache?.stages.get('normalize')?.counts.hits ?? 0 };
}

describe('a correction naming a world place by id, on a re-run from the cache', () => {
  const input = fresh('in');
  const corrections = fresh('corrections');
  let key = '';
  beforeAll(async () => {
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, 'mali.txt'), WIRE);
    const plain = await run(input, '');
    const capture = readCsv(FACTS, join(plain.out, 'facts.csv')).find((f) => f.kind === 'territory')!;
    key = capture.fact_key as string;
    writeFileSync(join(corrections, 'change.csv'), `id,fact_key,field,value,who,when,why\nc-gao,${key},place,${GAO},A. Analyst,2026-12-04,the capture was in Gao\n`);
  }, 300_000);

  it('writes the same bytes as a clean run, with the fact moved to the world place', async () => {
    const clean = await run(input, corrections);
    const moved = readCsv(FACTS, join(clean.out, 'facts.csv')).find((f) => f.fact_key === key)!;
    expect(moved).toMatchObject({ place_ids: [GAO], corrected_by: ['c-gao'] });
    const cold = await run(input, corrections, join(fresh('none'), 'cache'));
    const warm = await run(input, corrections, join(cold.out, 'cache'));
    expect(warm.hits).toBe(1); // the premise: the article came from the cache
    expect(outputs(warm.out)).toEqual(outputs(clean.out));
  }, 300_000);
});
