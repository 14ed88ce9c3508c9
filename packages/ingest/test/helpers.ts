import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../src/index.ts';
import { findDateline } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

export const SEEDS_DIR = join(import.meta.dirname, '../../../seeds');

export const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
export const file = (path: string, text: string | Uint8Array): InputFile => ({
  path,
  bytes: typeof text === 'string' ? enc(text) : text,
});

export function seedFiles(): InputFile[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: f, bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, f))) }));
}

/** The day of a text's dateline as YYYY-MM-DD, or undefined when it has none (or a date without its day). */
export function datelineDay(text: string): string | undefined {
  const d = findDateline(text)?.date;
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : undefined;
}

/** The publication date ingest infers for a text with no metadata, its sentences split as ingest splits them. */
export const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });
