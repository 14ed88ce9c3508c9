/**
 * Test helpers for dating written texts as the pipeline does: ingest (the publication date in front matter, as a
 * page's metadata), extract and normalize, then the period of one fact.
 */
import { expect } from 'vitest';
import type { Fact } from '@frontline/schema';
import { extractArticle } from '@frontline/extract';
import { ingestFiles } from '@frontline/ingest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';

const gazetteer = loadGazetteer();

/** A text published on `day`. */
export const on = (day: string, body: string) => `---\npublished: ${day}\n---\n${body}`;

/** The facts of a text, through ingest, extract and normalize. */
export function facts(text: string): Fact[] {
  const { articles, rejected } = ingestFiles([{ path: 'story.txt', bytes: new TextEncoder().encode(text) }], { runDate: '2026-12-01' });
  expect(rejected).toEqual([]);
  const { text: body, sentence_list: _s, removed: _r, ...record } = articles[0]!;
  return normalizeArticle(extractArticle(articles[0]!), record, gazetteer, { text: body }).facts;
}

/** The admin1 of the one fact of that count among `all`. */
export function admin1Of(all: Fact[], value: number): string[] {
  const f = all.filter((x) => x.count_best === value);
  expect(f.map((x) => x.quote)).toHaveLength(1);
  return f[0]!.admin1;
}

/** The places and admin1 of the one fact whose place mentions include `mention`. */
export function placed(text: string, mention: string): [string[], string[]] {
  const got = facts(text).filter((f: Fact) => f.place_mentions.includes(mention));
  expect(got.map((f) => f.quote)).toHaveLength(1);
  return [got[0]!.places, got[0]!.admin1];
}

/** The period [start, end] of the one fact of that category and count. */
export function periodOf(text: string, category: string, value: number): [string, string] {
  const got = facts(text);
  const f = got.filter((x) => x.category === category && x.count_best === value);
  expect(f, JSON.stringify(got.map((x) => [x.category, x.count_best, x.time_phrase, x.period_start, x.period_end]))).toHaveLength(1);
  return [f[0]!.period_start, f[0]!.period_end];
}

/** A named text, the category and count of one of its facts, and that fact's expected period. */
export type Case = [name: string, text: string, category: string, value: number, period: [string, string]];

/** The period [start, end] of the first fact of that count, or null when there is none. */
export function periodOfCount(text: string, count: number): [string, string] | null {
  const f = facts(text).find((x) => x.count_best === count);
  return f ? [f.period_start, f.period_end] : null;
}
