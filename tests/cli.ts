import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTICLES, FACTS } from '@frontline/schema';
import { readCsv } from '@frontline/io';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = fileURLToPath(new URL('../packages/cli/src/main.ts', import.meta.url));
const NODE_ARGS = ['--import', 'tsx', MAIN];

/** Runs `pnpm pipeline ...` as a user would (without pnpm's banner): node with tsx, from the repository root. */
export function pipeline(...args: string[]) {
  return pipelineWithEnv({}, ...args);
}

/** The same with extra environment variables. */
export function pipelineWithEnv(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(process.execPath, [...NODE_ARGS, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * What a run wrote to stderr besides its progress lines (`extract: 1/5 articles (20%), ...`, printed when a stage runs
 * ten seconds, as on a loaded machine) and its closing summary (lines starting `summary: `): '' for a run with nothing
 * to report.
 */
export const besidesSummary = (stderr: string) =>
  stderr
    .split('\n')
    .filter((line) => !line.startsWith('summary: ') && !/^(?:ingest|extract|normalize): [\d,]+\/[\d,]+ (?:files|articles) \(/.test(line))
    .join('\n');

export interface Ended {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts a command in the background (the pipeline by default); `ended` resolves when it exits. */
export function start(args: string[], options: { env?: Record<string, string>; command?: string } = {}) {
  const child: ChildProcess = spawn(options.command ?? process.execPath, options.command ? args : [...NODE_ARGS, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const ended = new Promise<Ended>((resolve) => child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })));
  return { child, ended };
}

/** Waits until `test()` holds, checking every 20 ms, for at most `ms`. */
export async function until(test: () => boolean, ms = 30_000): Promise<void> {
  const stop = Date.now() + ms;
  while (!test()) {
    if (Date.now() > stop) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Every file under `dir`, relative and sorted. */
export function filesUnder(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, join(under, e.name)) : [join(under, e.name)]))
    .sort();
}

/**
 * Every file of an output folder with its bytes (base64), for comparing whole sets. The run record
 * (cache/run.json) is left out: it holds the files' modification times, which no two runs share.
 */
export function snapshotSet(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).filter((f) => !fileSystemState(f)).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

/**
 * Files of the cache that record the file system's state rather than content (the run record's stats, each cache
 * file's seal: inode and nanosecond time), so two runs that write the same bytes write them differently.
 */
const fileSystemState = (f: string) => f === join('cache', 'run.json') || (f.startsWith(`cache${sep}`) && f.endsWith('.cache.seal'));

/** What a crashed or stopped run may leave beside `out`: its staging or old folder, its lock. */
export function besideOut(out: string): string[] {
  return readdirSync(dirname(out)).filter((name) => name.startsWith(`.${basename(out)}.`));
}

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/**
 * The problems of an output set, empty when it is whole: datapackage.json describes exactly the files present
 * (sizes and hashes), and every fact cites an article of articles.csv.
 */
export function setProblems(out: string): string[] {
  if (!existsSync(join(out, 'datapackage.json'))) return ['no datapackage.json'];
  const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
  const described = [...pkg.resources, ...(pkg['x-other-files'] ?? [])] as { path: string; bytes: number; hash: string }[];
  const problems: string[] = [];
  for (const { path, bytes, hash } of described) {
    const file = join(out, path);
    if (!existsSync(file)) problems.push(`${path} described but absent`);
    else if (statSync(file).size !== bytes || sha256(readFileSync(file)) !== hash) problems.push(`${path} differs from its description`);
  }
  const paths = new Set(described.map((d) => d.path));
  // The article cache (cache/) is the run's working memory, not part of the published set: the datapackage leaves it out.
  const published = filesUnder(out).filter((file) => !file.startsWith('cache/'));
  for (const file of published) if (file !== 'datapackage.json' && !paths.has(file)) problems.push(`${file} not described`);
  if (existsSync(join(out, 'facts.csv'))) {
    const articles = new Set(readCsv(ARTICLES, join(out, 'articles.csv')).map((a) => a.article_id));
    for (const fact of readCsv(FACTS, join(out, 'facts.csv'))) {
      if (!articles.has(fact.article_id)) problems.push(`fact ${fact.fact_id} cites absent article ${fact.article_id}`);
    }
  }
  return problems;
}
