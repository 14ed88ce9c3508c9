import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Rejection } from '@frontline/schema';
import type { InputFile } from '@frontline/ingest';

export class UsageError extends Error {}

/** Every regular, non-hidden file under `dir`, recursively, sorted by relative path; unreadable ones are rejections. */
export function readInputFolder(dir: string): { files: InputFile[]; rejected: Rejection[] } {
  if (!existsSync(dir)) throw new UsageError(`input folder not found: ${dir}`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`input is not a folder: ${dir}`);
  const files: InputFile[] = [];
  const rejected: Rejection[] = [];
  for (const path of listFiles(dir)) {
    const rel = relative(dir, path).split(sep).join('/');
    try {
      files.push({ path: rel, bytes: new Uint8Array(readFileSync(path)) });
    } catch (err) {
      rejected.push({ path: rel, reason: `unreadable: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
    }
  }
  return { files, rejected };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}
