/**
 * The version of a per-article stage, for the article cache's keys: a hash of everything that decides what the stage
 * makes of one article besides the article itself. That is the sources and data files of the stage's package and of
 * every workspace package it depends on (so a lexicon in packages/extract/data or a registry in packages/schema/data
 * counts), the lockfile (versions of chrono-node, the wink model...), the Node version, and the reference data the
 * stage reads at run time (the region and world packs). Computed once per run from the files' contents, not their
 * dates: a file touched but unchanged keeps the cache, any changed byte drops it. Hashing the 30 MB of packs takes
 * about a tenth of a second.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The stages whose per-article results are cached; aggregate works across articles and always runs. */
export const CACHED_STAGES = ['ingest', 'extract', 'normalize'] as const;
export type CachedStage = (typeof CACHED_STAGES)[number];
/**
 * Every file of the cache: the stages' and corroboration's (each article's captures with their places resolved,
 * which normalize reads for every article before it dates any: normalize's code and data make them), and the input
 * files' digests by their stat (file-digests.ts), which ingest reads before it reads a file.
 */
export const CACHE_PARTS = [...CACHED_STAGES, 'corroborate', 'files'] as const;
export type CachePart = (typeof CACHE_PARTS)[number];
/** The workspace package whose code makes each part. */
const MADE_BY: Record<CachePart, string> = { ingest: 'ingest', extract: 'extract', normalize: 'normalize', corroborate: 'normalize', files: 'ingest' };

/** Where the code and the reference data are: the repository and its packs, or a test's copies. */
export interface Sources {
  root: string;
  packs: string;
}

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
// The packs beside the packages, as @frontline/schema's packsDir() finds them when nothing has moved the sources
// (the CLI runs from the repository): not imported, so that the main thread checks a run without loading the schemas.
const REPOSITORY: Sources = { root: ROOT, packs: join(ROOT, 'packs') };

/** What each stage reads at run time outside its packages' folders. Ingest reads no pack; extract and normalize do. */
const REFERENCE_DATA: Record<CachePart, (s: Sources) => string[]> = {
  ingest: () => [],
  extract: (s) => [s.packs],
  normalize: (s) => [s.packs],
  corroborate: (s) => [s.packs],
  files: () => [],
};

/** Never part of what a stage runs: tests, documentation, installed modules. */
const SKIPPED = (name: string) => name === 'node_modules' || name === 'test' || name.startsWith('.') || /\.(?:test\.ts|md)$/.test(name);

/** The workspace packages `name` needs, itself first, each once (folder names under packages/). */
export function packageClosure(name: string, root = REPOSITORY.root, seen = new Set<string>()): string[] {
  if (seen.has(name)) return [];
  seen.add(name);
  const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const local = Object.entries(manifest.dependencies ?? {})
    .filter(([, version]) => version.startsWith('workspace:'))
    .map(([dep]) => dep.replace(/^@frontline\//, ''));
  return [name, ...local.flatMap((dep) => packageClosure(dep, root, seen))];
}

/** Every file under `dir` in a fixed order, by path relative to `label` and content. */
function hashTree(hash: Hash, dir: string, label: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (SKIPPED(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, path, `${label}/${entry.name}`);
    else if (entry.isFile()) hash.update(`${label}/${entry.name}\0`).update(readFileSync(path)).update('\0');
  }
}

/** One folder's hash; `memo` keeps it for the run (the packs are shared by extract and normalize). */
export function treeHash(dir: string, memo: Map<string, string> = new Map()): string {
  let known = memo.get(dir);
  if (known === undefined) {
    const hash = createHash('sha256');
    if (existsSync(dir)) hashTree(hash, dir, '');
    memo.set(dir, (known = hash.digest('hex')));
  }
  return known;
}

/** The repository's folders are hashed once per process: a run is one process, and its files do not change under it. */
const REPOSITORY_HASHES = new Map<string, string>();

/** A hash of the lockfile, Node, the workspace packages `pkg` needs and the data folders, labelled. */
function versionOf(label: string, pkg: string, data: readonly string[], sources: Sources): string {
  const memo = sources === REPOSITORY ? REPOSITORY_HASHES : new Map<string, string>();
  const hash = createHash('sha256').update(`${label}\0node ${process.version}\0`);
  const lockfile = join(sources.root, 'pnpm-lock.yaml');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  for (const name of packageClosure(pkg, sources.root)) hash.update(`package ${name}\0${treeHash(join(sources.root, 'packages', name), memo)}\0`);
  for (const dir of data) hash.update(`data\0${treeHash(dir, memo)}\0`);
  return hash.digest('hex');
}

/** The stage's version: equal on two runs exactly when its code, its dependencies and its reference data are. */
export const stageVersion = (stage: CachePart, sources: Sources = REPOSITORY): string =>
  versionOf(stage, MADE_BY[stage], REFERENCE_DATA[stage](sources), sources);

/** The version of the table writers (packages/io and what it needs, the lockfile, Node): for table-reuse's digests. */
export const tablesVersion = (sources: Sources = REPOSITORY): string => versionOf('tables', 'io', [], sources);

/**
 * The version of a whole run: every workspace package the command loads (the CLI's closure is all of them, the
 * aggregate stage's code included), the lockfile, Node and the packs.
 */
export const runVersion = (sources: Sources = REPOSITORY): string => versionOf('run', 'cli', [sources.packs], sources);

/** The files and folders runVersion reads: for a cheap check (by size and time) that none of them changed. */
export const runSources = (sources: Sources = REPOSITORY): string[] => [
  join(sources.root, 'pnpm-lock.yaml'),
  ...packageClosure('cli', sources.root).map((name) => join(sources.root, 'packages', name)),
  sources.packs,
];
