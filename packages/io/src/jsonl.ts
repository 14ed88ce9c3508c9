import { existsSync, readFileSync } from 'node:fs';
import { writeLinesAtomic } from './atomic.ts';

/** JSON Lines: one record a line, so a person can open, grep and diff a stage's output. */
export function writeJsonl(path: string, records: readonly unknown[]): void {
  writeLinesAtomic(path, jsonLines(records));
}

function* jsonLines(records: readonly unknown[]): Generator<string> {
  for (const r of records) yield JSON.stringify(r);
}

export function readJsonl<T>(path: string): T[] {
  if (!existsSync(path)) throw new MissingInputError(path);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`${path}:${i + 1}: not valid JSON`);
      }
    });
}

/** A stage's input file is missing: the earlier stage has not run (or ran with another --out). */
export class MissingInputError extends Error {
  constructor(readonly path: string) {
    super(`${path} not found`);
  }
}
