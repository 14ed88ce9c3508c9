import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * What the dashboard publishes from the pipeline's output folder: datapackage.json and exactly the files its
 * resources list, each checked against the sha256 the package records. Anything else lying in the folder (a stray
 * secrets.json, stage hand-over files) stays out; a file that does not match its hash stops the build.
 */
export class DataFilesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFilesError';
    // A refusal of the data, not a bug: Vite prints `stack`, and the reason alone is the useful line.
    this.stack = `${this.name}: ${message}`;
  }
}

const PACKAGE = 'datapackage.json';
const SHA256 = /^sha256:([0-9a-f]{64})$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Data formats only: an .html, .svg or .js resource would be served as active content from the dashboard's origin.
const DATA_FILE = /\.(csv|arrow|json|jsonl|parquet)$/i;
// SvelteKit writes the Data page as data/index.html and data/__data.json: a resource must not replace them.
const RESERVED = new Set(['index.html', '__data.json']);

export function resolveDataDir(appDir: string): string {
  const fromEnv = process.env.FRONTLINE_DATA;
  return fromEnv ? resolve(process.cwd(), fromEnv) : resolve(appDir, '../../data');
}

/** Why a resource path cannot be published, or null: only plain relative paths below the data folder are. */
export function unsafePath(path: unknown): string | null {
  if (typeof path !== 'string' || path === '') return 'path is not a file name';
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return 'path holds a control character or a backslash';
  if (path.startsWith('/') || SCHEME.test(path)) return 'path is absolute or a URL';
  if (path.split('/').some((part) => part === '' || part === '.' || part === '..')) return 'path has an empty, `.` or `..` part';
  if (!DATA_FILE.test(path) || RESERVED.has(path)) return 'not a data file name (csv, arrow, json, jsonl, parquet)';
  return null;
}

interface Listed {
  path: string;
  sha256: string;
}

function fail(dataDir: string, what: string): never {
  throw new DataFilesError(`dashboard: ${what} (data folder ${dataDir}); nothing was published`);
}

/** The resources datapackage.json lists, each with a safe path and a sha256. */
function listed(dataDir: string, text: string): Listed[] {
  let pkg: { resources?: unknown };
  try {
    pkg = JSON.parse(text) as { resources?: unknown };
  } catch (error) {
    return fail(dataDir, `${PACKAGE} is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(pkg?.resources)) return fail(dataDir, `${PACKAGE} has no resources list`);
  return pkg.resources.map((resource: { path?: unknown; hash?: unknown } | null, i) => {
    const path = resource?.path;
    const why = unsafePath(path);
    if (why) return fail(dataDir, `${PACKAGE} resource ${i + 1} (${JSON.stringify(path)}): ${why}`);
    const hash = SHA256.exec(typeof resource?.hash === 'string' ? resource.hash : '');
    if (!hash) return fail(dataDir, `${path as string} has no sha256 hash in ${PACKAGE}`);
    return { path: path as string, sha256: hash[1].toLowerCase() };
  });
}

/** A listed file's bytes, refused unless it is a regular file inside the folder whose sha256 matches. */
/**
 * A file's sha256, read a block at a time: at 10,000 articles the published tables are about 300 MB (facts.arrow
 * alone 56 MB), and reading each whole into memory, in the `vite build` process that publishes them again when its
 * config loads, raised that process's peak memory with the size of the data.
 */
function sha256Of(path: string): string {
  const hash = createHash('sha256');
  const block = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, block); n > 0; n = readSync(fd, block)) hash.update(block.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * Copies a listed file into `dest` (by the file system, not through this process's memory) and checks the copy:
 * a regular file inside the data folder whose bytes, as published, have the sha256 the package records.
 */
function copyVerified(dataDir: string, root: string, file: Listed, dest: string): void {
  const full = join(dataDir, file.path);
  if (!existsSync(full)) return fail(dataDir, `${file.path} is listed in ${PACKAGE} but missing`);
  if (!lstatSync(full).isFile() || !realpathSync(full).startsWith(root + sep)) {
    return fail(dataDir, `${file.path} is not a regular file inside the data folder`);
  }
  copyFileSync(full, dest);
  const actual = sha256Of(dest);
  if (actual !== file.sha256) {
    return fail(dataDir, `${file.path} does not match the sha256 in ${PACKAGE} (recorded ${file.sha256}, file has ${actual}): re-run the pipeline`);
  }
}

/**
 * Writes datapackage.json and the files it lists into `target`, byte for byte, after checking all of them: a
 * failure leaves `target` untouched. The bytes written are the bytes hashed. Each file is checked and written into
 * a staging folder before the next is read, so the build holds one file, not the whole data set (hundreds of MB at
 * 10,000 articles); the staging folder replaces `target` once every file has passed.
 */
export function publishDataFiles(dataDir: string, target: string): string[] {
  const pkgPath = join(dataDir, PACKAGE);
  if (!existsSync(pkgPath)) {
    throw new DataFilesError(`dashboard: ${pkgPath} not found: run \`pnpm pipeline all\` first or set FRONTLINE_DATA`);
  }
  const pkgBytes = readFileSync(pkgPath);
  const root = realpathSync(dataDir);
  const files = listed(dataDir, pkgBytes.toString('utf8'));
  // A staging folder left by a build that was killed would be published as a static file: remove any first.
  const stale = `${basename(target)}.staging-`;
  if (existsSync(dirname(target))) {
    for (const name of readdirSync(dirname(target))) if (name.startsWith(stale)) rmSync(join(dirname(target), name), { recursive: true, force: true });
  }
  const staging = `${target}.staging-${process.pid}`;
  const place = (path: string) => {
    mkdirSync(dirname(join(staging, path)), { recursive: true });
    return join(staging, path);
  };
  try {
    writeFileSync(place(PACKAGE), pkgBytes);
    for (const file of files) copyVerified(dataDir, root, file, place(file.path));
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  return [PACKAGE, ...files.map((file) => file.path)].sort();
}

/**
 * Publishes the pipeline's files into static/data for the dev server (a build publishes them with the page data,
 * page-data-step.ts, and links them into the site after Vite). Runs when the config loads (SvelteKit lists static
 * files early) and again at each build start; a refusal stops the server with its one-line reason.
 */
export function copyDataFiles(dataDir: string, target: string): Plugin {
  const copy = () => void publishDataFiles(dataDir, target);
  copy();
  return { name: 'frontline-data-files', buildStart: copy };
}
