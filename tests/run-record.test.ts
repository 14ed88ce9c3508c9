/**
 * The run record from the command line: a re-run whose input, corrections, options and code are those of the run
 * that wrote the set, on a set left as it was, writes nothing; any change (an article changed, added or removed, an
 * output file edited, a damaged or foreign record) makes it compute, and its outputs are then those of a clean run,
 * byte for byte.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../packages/cli/src/run-record.ts';
import { besideOut, besidesSummary, filesUnder, pipeline, pipelineWithEnv, snapshotSet } from './cli.ts';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `frontline-record-${name}-`));

// Articles written for this test, in three genres and two wars.
const ARTICLES: Record<string, string> = {
  'wire_kharkiv.txt': `Shelling forces families out of Kharkiv suburbs

KYIV, May 12, 2024 (AP) - More than 3,000 people have left villages north of Kharkiv since Friday, regional officials said on Sunday.
`,
  'sitrep_darfur.md': `---
title: Sudan flash update
published: 2024-04-20
---
# Situation overview

Fighting in El Fasher displaced an estimated 15,000 people between 10 and 18 April, according to IOM.
`,
  'monitor_note.txt': `Monitor update, 3 June 2024

At least 9 civilians were killed in drone strikes on Omdurman on Monday, the monitoring group said.
`,
};

const ADDED = `Aid convoy reaches Sumy

SUMY, June 2, 2024 (Reuters) - Some 1,200 residents fled border villages in Sumy region last week, the regional governor said.
`;

function writeInput(dir: string, files: Record<string, string>) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/** Every file of the set (the cache and its record included) with its inode and modification time: a write shows. */
const fileIdentities = (out: string) =>
  Object.fromEntries(filesUnder(out).map((f) => [f, `${statSync(join(out, f)).ino} ${statSync(join(out, f)).mtimeMs}`]));

/** The published set (no cache), as a clean run without a cache writes it from the same input. */
function cleanSet(input: string): Record<string, string> {
  const out = join(fresh('clean'), 'out');
  const run = pipeline('all', '--input', input, '--out', out, '--no-cache', '--quiet');
  expect(run.status, run.stderr).toBe(0);
  return snapshotSet(out);
}

const published = (out: string) => Object.fromEntries(Object.entries(snapshotSet(out)).filter(([f]) => !f.startsWith('cache')));

const UNCHANGED = /^summary: unchanged: .*nothing computed or written \([\d.]+ s\)$/m;

describe('a re-run of an unchanged folder', () => {
  const input = join(fresh('in'), 'articles');
  const out = join(fresh('out'), 'out');
  let first: ReturnType<typeof pipeline>;
  beforeAll(() => {
    writeInput(input, ARTICLES);
    first = pipeline('all', '--input', input, '--out', out);
    expect(first.status, first.stderr).toBe(0);
  }, 200_000);

  it('writes nothing, prints the same counts and says so; the set keeps its bytes', () => {
    const before = fileIdentities(out);
    const bytes = snapshotSet(out);
    const again = pipeline('all', '--input', input, '--out', out);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(again.stderr).toMatch(UNCHANGED);
    expect(besidesSummary(again.stderr)).toBe('');
    expect(fileIdentities(out)).toEqual(before);
    expect(snapshotSet(out)).toEqual(bytes);
    expect(besideOut(out)).toEqual([]);
    // A touched article fails the cheap check (its stat) but not the fingerprint (its bytes): still nothing to do.
    utimesSync(join(input, 'monitor_note.txt'), new Date(0), new Date(0));
    const touched = pipeline('all', '--input', input, '--out', out);
    expect(touched.stderr).toMatch(UNCHANGED);
    expect(fileIdentities(out)).toEqual(before);
  }, 200_000);

  it('computes again when an article is changed, added or removed, and writes what a clean run writes', () => {
    const steps: [string, Record<string, string>][] = [
      ['changed', { ...ARTICLES, 'wire_kharkiv.txt': ARTICLES['wire_kharkiv.txt']!.replace('3,000', '4,500') }],
      ['added', { ...ARTICLES, 'wire_kharkiv.txt': ARTICLES['wire_kharkiv.txt']!.replace('3,000', '4,500'), 'wire_sumy.txt': ADDED }],
      ['removed', { 'wire_sumy.txt': ADDED, 'monitor_note.txt': ARTICLES['monitor_note.txt']! }],
    ];
    for (const [step, files] of steps) {
      writeInput(input, files);
      const run = pipeline('all', '--input', input, '--out', out);
      expect(run.status, `${step}: ${run.stderr}`).toBe(0);
      expect(run.stderr, step).not.toMatch(UNCHANGED);
      expect(published(out), step).toEqual(cleanSet(input));
    }
    writeInput(input, ARTICLES); // as the other tests expect it
    expect(pipeline('all', '--input', input, '--out', out, '--quiet').status).toBe(0);
  }, 600_000);

  it('computes again when an output file was edited or touched, and restores the bytes of a clean run', () => {
    const clean = cleanSet(input);
    writeFileSync(join(out, 'facts.csv'), 'edited by hand\n');
    const edited = pipeline('all', '--input', input, '--out', out);
    expect(edited.stderr).toMatch(/^summary: the output folder or the cache changed since the previous run; computing$/m);
    expect(published(out)).toEqual(clean);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(out, 'events.csv'), later, later);
    const touched = pipeline('all', '--input', input, '--out', out);
    expect(touched.stderr).not.toMatch(UNCHANGED);
    expect(published(out)).toEqual(clean);
    expect(pipeline('all', '--input', input, '--out', out).stderr).toMatch(UNCHANGED);
  }, 600_000);

  it('does not trust a damaged or foreign record: the run computes and writes a new one', () => {
    const record = join(out, 'cache', 'run.json');
    const damage: Record<string, () => void> = {
      damaged: () => writeFileSync(record, readFileSync(record, 'utf8').replace(/"fingerprint":"(.)/, (_m, c: string) => `"fingerprint":"${c === '0' ? '1' : '0'}`)),
      'not a record of this version': () => writeFileSync(record, '{"format":"someone-else","version":1}\n'),
      // the check is right, but for other files: a copied set's times are not those recorded
      copied: () => {
        const copy = join(fresh('copy'), 'out');
        cpSync(out, copy, { recursive: true });
        rmSync(out, { recursive: true });
        cpSync(copy, out, { recursive: true });
      },
    };
    for (const [kind, spoil] of Object.entries(damage)) {
      spoil();
      // datapackage.json is written by every run that computes (a table that did not change is linked from the old set)
      const packageBefore = statSync(join(out, 'datapackage.json')).ino;
      const run = pipeline('all', '--input', input, '--out', out);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr, kind).not.toMatch(UNCHANGED);
      if (kind !== 'copied') expect(run.stderr).toContain(`summary: the record of the previous run was not used: ${kind}; computing`);
      expect(statSync(join(out, 'datapackage.json')).ino, kind).not.toBe(packageBefore); // a new set was switched in
      expect(pipeline('all', '--input', input, '--out', out).stderr, kind).toMatch(UNCHANGED);
    }
  }, 600_000);
});

describe('a re-run on another day (the clock set by FRONTLINE_TODAY)', () => {
  // The latest publication date of ARTICLES is 3 June 2024 (the monitor's note). On 1 June it is refused as after the
  // day after the run; from 2 June on it is accepted, and every other date is accepted on all these days.
  const on = (day: string, ...args: string[]) => pipelineWithEnv({ FRONTLINE_TODAY: day }, ...args);
  const input = join(fresh('days-in'), 'articles');
  const out = join(fresh('days-out'), 'out');
  const cleanOn = (day: string) => {
    const clean = join(fresh('days-clean'), 'out');
    expect(on(day, 'all', '--input', input, '--out', clean, '--no-cache', '--quiet').status).toBe(0);
    return published(clean);
  };
  beforeAll(() => writeInput(input, ARTICLES));

  it('writes nothing on a later day while every date checked against the day keeps its verdict', () => {
    expect(on('2024-06-10', 'all', '--input', input, '--out', out).status).toBe(0);
    const before = fileIdentities(out);
    for (const day of ['2024-06-11', '2025-03-01', '2024-06-02']) {
      const again = on(day, 'all', '--input', input, '--out', out);
      expect(again.stderr, day).toMatch(UNCHANGED);
      expect(fileIdentities(out), day).toEqual(before);
    }
  }, 300_000);

  it('computes again on a day that changes a verdict, and writes what a clean run of that day writes', () => {
    const refused = on('2024-06-01', 'all', '--input', input, '--out', out);
    expect(refused.stderr).toMatch(/^summary: a publication date the previous run checked against its day gets another verdict on 2024-06-01; computing$/m);
    const june1 = cleanOn('2024-06-01');
    expect(published(out)).toEqual(june1);
    expect(readFileSync(join(out, 'articles.csv'), 'utf8')).toMatch(/after the day after the run \(2024-06-02\)/);
    expect(on('2024-06-01', 'all', '--input', input, '--out', out).stderr).toMatch(UNCHANGED);
    // The next day accepts the date: the run computes and matches its clean run, which differs from 1 June's.
    expect(on('2024-06-02', 'all', '--input', input, '--out', out).stderr).not.toMatch(UNCHANGED);
    expect(published(out)).toEqual(cleanOn('2024-06-02'));
    expect(published(out)).not.toEqual(june1);
    // From then on every verdict holds: the set kept on a later day is what a clean run of that day writes.
    expect(on('2024-06-03', 'all', '--input', input, '--out', out).stderr).toMatch(UNCHANGED);
    expect(published(out)).toEqual(cleanOn('2024-06-03'));
  }, 600_000);

  it('refuses a clock that is not a day', () => {
    const run = on('June 1', 'all', '--input', input, '--out', join(fresh('days-bad'), 'out'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('FRONTLINE_TODAY="June 1": expected a day as YYYY-MM-DD');
  }, 60_000);
});

describe('the fingerprint of a run', () => {
  it('changes with the input, the corrections and the options, and only with them', () => {
    const root = fresh('print');
    const input = join(root, 'in');
    const corrections = join(root, 'corrections');
    writeInput(input, ARTICLES);
    writeInput(corrections, { 'reject.csv': 'fact_key,who,when,why\n' });
    const base = { stages: ['ingest', 'extract', 'normalize', 'aggregate'], input, corrections, options: { region: undefined } };
    const print = fingerprint(base)!;
    expect(print).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint(base)).toBe(print);
    utimesSync(join(input, 'wire_kharkiv.txt'), new Date(0), new Date(0)); // a touch without a change of content
    expect(fingerprint(base)).toBe(print);
    const changes: Record<string, () => void> = {
      'an article edited': () => writeFileSync(join(input, 'wire_kharkiv.txt'), `${ARTICLES['wire_kharkiv.txt']} `),
      'an article added': () => writeFileSync(join(input, 'new.txt'), ADDED),
      'a hidden file added': () => writeFileSync(join(input, '.notes'), 'x'),
      'a correction added': () => writeFileSync(join(corrections, 'reject.csv'), 'fact_key,who,when,why\nabc,me,2024-06-01,wrong\n'),
    };
    const seen = new Set([print]);
    for (const [change, make] of Object.entries(changes)) {
      make();
      const now = fingerprint(base)!;
      expect(seen.has(now), change).toBe(false);
      seen.add(now);
    }
    expect(fingerprint({ ...base, options: { region: 'syria' } })).not.toBe(fingerprint(base));
    expect(fingerprint({ ...base, corrections: '' })).not.toBe(fingerprint(base));
    expect(fingerprint({ ...base, input: join(root, 'absent') })).toBeNull();
  });
});
