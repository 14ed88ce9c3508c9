/**
 * "An output folder is always whole" (docs/data-contract.md): one run at a time, a run switches in a complete set or
 * nothing, a crash at any point leaves the old or the new set and the next run cleans up, signals stop the work,
 * dangerous folders are refused, and CSV cells never start a spreadsheet formula.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES, FACTS } from '@frontline/schema';
import { readArrow, readCsv } from '@frontline/io';
import { besideOut, filesUnder, pipeline, pipelineWithEnv, ROOT, setProblems, snapshotSet, start, until } from './cli.ts';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `frontline-set-${name}-`));
const lockOf = (out: string) => join(dirname(out), `.${basename(out)}.lock`);
const oneLine = (stderr: string) => expect(stderr.trim().split('\n'), stderr).toHaveLength(1);
const articleIds = (out: string) => readCsv(ARTICLES, join(out, 'articles.csv')).map((a) => a.article_id).sort();

/** A small input of its own (one seed article under another name), so a re-run's set differs from the seeds' set. */
function smallInput(): string {
  const dir = fresh('small-in');
  cpSync(join(ROOT, 'seeds/003_6c79dcc6d6c20d5a.txt'), join(dir, 'other.txt'));
  return dir;
}

/** The processes whose command line mentions `text` (Linux /proc). */
function processesMentioning(text: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(text);
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
}

let OLD_DIR: string; // `all` on the seeds: the set a re-run replaces
let OLD: Record<string, string>;
let NEW: Record<string, string>; // `all` on the small input over OLD: the set a re-run switches in
let SMALL: string;

/** A copy of the seeds' set in a fresh parent folder (the parent holds the lock and the staging folder). */
function oldSet(): string {
  const out = join(fresh('parent'), 'data');
  cpSync(OLD_DIR, out, { recursive: true });
  return out;
}

beforeAll(() => {
  SMALL = smallInput();
  OLD_DIR = join(fresh('old'), 'data');
  expect(pipeline('all', '--input', 'seeds', '--out', OLD_DIR).status).toBe(0);
  OLD = snapshotSet(OLD_DIR);
  const out = oldSet();
  expect(pipeline('all', '--input', SMALL, '--out', out).status).toBe(0);
  NEW = snapshotSet(out);
  expect(NEW).not.toEqual(OLD);
});

describe('a whole set', () => {
  it('is described exactly by its datapackage.json, hand-over files included, and its facts cite its articles', () => {
    expect(setProblems(OLD_DIR)).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(OLD_DIR, 'datapackage.json'), 'utf8'));
    expect(pkg['x-other-files'].map((f: { path: string }) => f.path)).toContain('stages/normalized.jsonl');
  });
});

describe('one run at a time on an --out', () => {
  it('refuses a second run with a one-line reason while the first runs; the first completes a whole set', async () => {
    const out = oldSet();
    const first = start(['all', '--input', SMALL, '--out', out]);
    await until(() => existsSync(lockOf(out)));
    const second = pipeline('all', '--input', 'seeds', '--out', out);
    expect(second.status).toBe(1);
    oneLine(second.stderr);
    expect(second.stderr).toMatch(/^another run \(pid \d+, started [0-9T:.-]+Z\) is writing .*; run again when it ends, or pass --wait/);
    const ended = await first.ended;
    expect(ended.status, ended.stderr).toBe(0);
    expect(setProblems(out)).toEqual([]);
    expect(snapshotSet(out)).toEqual(NEW);
    expect(besideOut(out)).toEqual([]);
  });

  it('with --wait, the second run waits for the first, then switches in its own whole set', async () => {
    const out = oldSet();
    const first = start(['all', '--input', SMALL, '--out', out]);
    await until(() => existsSync(lockOf(out)));
    const second = start(['all', '--input', 'seeds', '--out', out, '--wait']);
    const [a, b] = await Promise.all([first.ended, second.ended]);
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(snapshotSet(out)).toEqual(OLD); // the seeds' set, written last
    expect(besideOut(out)).toEqual([]);
  });

  it('takes over the lock of a run that died', () => {
    const out = oldSet();
    writeFileSync(lockOf(out), JSON.stringify({ pid: 2 ** 22 + 1, started: '2026-01-01T00:00:00.000Z', host: hostname() }));
    const run = pipeline('aggregate', '--out', out);
    expect(run.status, run.stderr).toBe(0);
    expect(besideOut(out)).toEqual([]);
  });
});

describe('dangerous folders are refused with a one-line reason, before anything is written', () => {
  it('--out inside --input (a re-run would read its own outputs as articles), or equal to it', () => {
    const input = smallInput();
    for (const out of [join(input, 'out'), input]) {
      const run = pipeline('all', '--input', input, '--out', out);
      expect(run.status).toBe(1);
      oneLine(run.stderr);
      expect(run.stderr).toMatch(/^refusing --out .*: it is inside --input/);
    }
    expect(readdirSync(input)).toEqual(['other.txt']);
  });

  it('--input inside --out, --out at the root folder or at the home folder', () => {
    const out = fresh('holder');
    mkdirSync(join(out, 'articles'));
    cpSync(join(SMALL, 'other.txt'), join(out, 'articles/other.txt'));
    const cases: [string[], RegExp, Record<string, string>][] = [
      [['all', '--input', join(out, 'articles'), '--out', out], /^refusing --input .*: it is inside --out/, {}],
      [['aggregate', '--out', '/'], /^refusing --out \/: it is the root folder/, {}],
      [['aggregate', '--out', join(out, '..', basename(out))], /^refusing --out .*: it is the home folder/, { HOME: out }],
    ];
    for (const [args, reason, env] of cases) {
      const run = pipelineWithEnv(env, ...args);
      expect(run.status, args.join(' ')).toBe(1);
      oneLine(run.stderr);
      expect(run.stderr).toMatch(reason);
    }
    expect(filesUnder(out)).toEqual(['articles/other.txt']);
  });
});

describe('a stage run on its own starts from the current set and leaves a whole set', () => {
  it('a fresh ingest drops the later stages’ files; aggregate then refuses; the stages in turn complete the set', () => {
    const out = oldSet();
    expect(pipeline('ingest', '--input', SMALL, '--out', out).status).toBe(0);
    expect(setProblems(out)).toEqual([]);
    expect(existsSync(join(out, 'facts.csv'))).toBe(false);
    expect(filesUnder(join(out, 'stages'))).toEqual(['ingested.jsonl', 'rejected.jsonl']);
    expect(articleIds(out)).toEqual(['other']);

    const ingested = snapshotSet(out);
    const aggregate = pipeline('aggregate', '--out', out);
    expect(aggregate.status).toBe(1);
    oneLine(aggregate.stderr);
    expect(aggregate.stderr).toMatch(/^aggregate: .*normalized\.jsonl not found; run `pnpm pipeline normalize` with the same --out first/);
    expect(aggregate.stderr).toContain(join(out, 'stages')); // the folder the user named, not the staging folder
    expect(snapshotSet(out)).toEqual(ingested);

    for (const stage of ['extract', 'normalize', 'aggregate']) {
      expect(pipeline(stage, '--out', out).status, stage).toBe(0);
      expect(setProblems(out), stage).toEqual([]);
    }
    expect(snapshotSet(out)).toEqual(NEW);
  }, 180_000);
});

/** After a crash: `out` holds the old or the new set, or is absent in the moment between the switch's renames. */
function expectOldOrNew(out: string) {
  if (!existsSync(out)) {
    expect(besideOut(out).some((n) => n.includes('.old-'))).toBe(true);
    return;
  }
  expect([OLD, NEW]).toContainEqual(snapshotSet(out));
}

/** The next run (aggregate alone: it rebuilds the same bytes) repairs and cleans up; the set is the old or the new. */
function expectNextRunCleansUp(out: string, deadPid: number) {
  if (existsSync(out)) writeFileSync(join(out, `.facts.csv.${deadPid}.tmp`), 'half a file'); // as an older version left them
  const next = pipeline('aggregate', '--out', out);
  expect(next.status, next.stderr).toBe(0);
  expect(besideOut(out)).toEqual([]);
  expect(filesUnder(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  expect(setProblems(out)).toEqual([]);
  const set = snapshotSet(out);
  expect([OLD, NEW]).toContainEqual(set);
  return set;
}

describe('a crash at any point of a re-run leaves the old or the new set, and the next run cleans up', () => {
  const points: [string, 'old' | 'new'][] = [
    ['write facts.csv', 'old'], // a stage's file half written in the staging folder
    ['staged', 'old'], // the staging folder complete and on disk, not switched in
    ['between-renames', 'new'], // the old set moved aside, the new not yet in place
    ['switched', 'new'], // the new set in place, the old not yet removed
  ];
  it.each(points)('killed at "%s": afterwards the %s set', async (point, expected) => {
    const out = oldSet();
    const run = start(['all', '--input', SMALL, '--out', out], { env: { FRONTLINE_CRASH_AT: point } });
    const ended = await run.ended;
    expect(ended.signal).toBe('SIGKILL');
    expectOldOrNew(out);
    expect(besideOut(out).length).toBeGreaterThan(0); // the dead run's lock and folders
    expect(expectNextRunCleansUp(out, run.child.pid!)).toEqual(expected === 'old' ? OLD : NEW);
  });

  it.each([900, 2200])('killed after %i ms', async (ms) => {
    const out = oldSet();
    const run = start(['all', '--input', SMALL, '--out', out]);
    await new Promise((r) => setTimeout(r, ms));
    run.child.kill('SIGKILL');
    await run.ended;
    expectOldOrNew(out);
    expectNextRunCleansUp(out, run.child.pid!);
  });
});

/** Mounts a small file system on `dir`; only root with the right to mount can (elsewhere these cases are skipped). */
const mountSmall = (dir: string, bytes: number) => spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir]).status === 0;
const canMount = (() => {
  const dir = fresh('can-mount');
  return process.getuid?.() === 0 && mountSmall(dir, 65536) && spawnSync('umount', [dir]).status === 0;
})();

describe.runIf(canMount)('a mounted file system', () => {
  it('as --out is refused: a mount point cannot be renamed', () => {
    const disk = fresh('mounted');
    expect(mountSmall(disk, 1 << 20)).toBe(true);
    try {
      const run = pipeline('aggregate', '--out', disk);
      expect(run.status).toBe(1);
      oneLine(run.stderr);
      expect(run.stderr).toMatch(/^refusing --out .*: it is a mount point/);
    } finally {
      spawnSync('umount', [disk]);
    }
  });

  it('filling up during a re-run: the run fails with a one-line reason and leaves the old set whole', () => {
    const disk = fresh('disk');
    const pages = Object.values(OLD).reduce((n, b64) => n + Math.ceil(Buffer.from(b64, 'base64').length / 4096) * 4096, 0);
    // Room for the old set and less than half of a new one.
    expect(mountSmall(disk, Math.ceil((pages * 1.4) / 4096) * 4096)).toBe(true);
    try {
      const out = join(disk, 'data');
      cpSync(OLD_DIR, out, { recursive: true });
      const run = pipeline('all', '--input', 'seeds', '--out', out);
      expect(run.status).toBe(1);
      oneLine(run.stderr);
      expect(run.stderr).toMatch(/ENOSPC/);
      expect(snapshotSet(out)).toEqual(OLD);
      expect(besideOut(out)).toEqual([]);
    } finally {
      spawnSync('umount', [disk]);
    }
  });
});

describe('stopping the command stops the work', () => {
  it('SIGINT: exit 130, the staging folder removed, the lock released, the old set untouched', async () => {
    const out = oldSet();
    const run = start(['all', '--input', 'seeds', '--out', out]);
    await until(() => besideOut(out).some((n) => n.includes('.staging-')));
    run.child.kill('SIGINT');
    const ended = await run.ended;
    expect(ended.status).toBe(130);
    expect(besideOut(out)).toEqual([]);
    expect(snapshotSet(out)).toEqual(OLD);
  });

  // pnpm passes no signal on to a script (`pnpm pipeline`) nor to a bin (`pnpm frontline`): the run sees its end.
  it.each(['pipeline', 'frontline'])('SIGTERM to the `pnpm %s` process leaves no process working and the old set whole', async (command) => {
    const out = oldSet();
    // The seeds and one more article: a run that went on to the end would leave a set unlike the old one.
    const input = fresh('seeds-and-one');
    cpSync(join(ROOT, 'seeds'), input, { recursive: true });
    cpSync(join(ROOT, 'seeds/003_6c79dcc6d6c20d5a.txt'), join(input, 'one-more.txt'));
    const run = start([command, 'all', '--input', input, '--out', out], { command: 'pnpm' });
    await until(() => besideOut(out).some((n) => n.includes('.staging-')));
    expect(processesMentioning(out).length).toBeGreaterThan(0);
    run.child.kill('SIGTERM');
    await run.ended;
    await until(() => processesMentioning(out).length === 0, 5_000);
    await until(() => besideOut(out).length === 0, 2_000);
    expect(snapshotSet(out)).toEqual(OLD);
  });
});

describe('CSV cells never start a spreadsheet formula', () => {
  it('quote, title and outlet beginning with =, -, @ are made inert in CSV and HXL CSV, raw in Arrow and JSON Lines', () => {
    const input = fresh('formula-in');
    writeFileSync(
      join(input, 'formula.txt'),
      '---\ntitle: "=HYPERLINK(\\"http://evil.example\\",\\"Click\\")"\noutlet: "@SUM(1+1)"\npublished: 2024-12-02\n---\n' +
        '-Some 3,000 families fled Saraqib last week, according to OCHA.\n',
    );
    const out = join(fresh('formula'), 'data');
    expect(pipeline('all', '--input', input, '--out', out).status).toBe(0);
    for (const file of filesUnder(out).filter((f) => f.endsWith('.csv'))) {
      const cells = (parse(readFileSync(join(out, file), 'utf8')) as string[][]).flat();
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && Number.isNaN(Number(c))), file).toEqual([]);
    }
    const [article] = readCsv(ARTICLES, join(out, 'articles.csv'));
    expect([article.title, article.outlet]).toEqual(['=HYPERLINK("http://evil.example","Click")', '@SUM(1+1)']);
    expect(readFileSync(join(out, 'articles.csv'), 'utf8')).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    const quote = '-Some 3,000 families fled Saraqib last week, according to OCHA.';
    expect(readCsv(FACTS, join(out, 'facts.csv')).map((f) => f.quote)).toEqual([quote]);
    expect(readArrow(join(out, 'facts.arrow')).map((f) => f.quote)).toEqual([quote]);
    expect(readFileSync(join(out, 'stages/normalized.jsonl'), 'utf8')).toContain(`"quote":"${quote}"`);
  });
});
