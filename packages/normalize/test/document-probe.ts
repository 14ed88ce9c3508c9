/**
 * The whole-document probe harness (issue 9): a short text, written for a probe file, runs through ingest, extract
 * and normalize (dated-text.ts, as `frontline all` runs them), and names the facts a careful analyst would record from
 * it. Each wanted fact is matched once, in any order: its category (or kind), count, a place as written, the reporter
 * (a part of `reported_by`; '' for none), the side (a part of actor, actor_name or actor_text) and the period's end
 * ('' when the text gives no anchor) and, where a probe is about the span, its start. A wanted fact marked optional (background, a restatement) may be missing.
 * A file of recall probes ignores facts nobody listed; an exhaustive file (`{ exhaustive: true }`) also fails a probe
 * on any other casualty, displacement or territory fact, as an unmatched fact costs precision on the corpus.
 * A probe with a reason is skipped, a known gap; `docPasses` still counts it so a file can assert its score.
 */
import { expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { facts } from './dated-text.ts';

export interface DocWant {
  /** The fact's category, or its kind. */
  category: string;
  value?: number;
  /** A part of one of the places as written. */
  place?: string;
  /** A part of reported_by; '' for a figure the text attributes to nobody. */
  reporter?: string;
  /** A part of actor, actor_name or actor_text: the side that gained ground, or the perpetrator. */
  side?: string;
  /** period_end; '' when the text gives no anchor. */
  end?: string;
  /** period_start, for a probe about the period's span. */
  start?: string;
  /** Background or a restatement: finding it is no error, and neither is missing it. */
  optional?: boolean;
}
export type DocProbe = [genre: string, war: string, text: string, wants: DocWant[], skip?: string];
export interface DocOptions {
  /** Facts of the three kinds that no want takes fail the probe. */
  exhaustive?: boolean;
}

const fold = (s: string) => s.toLowerCase();
const KINDS = new Set(['casualty', 'displacement', 'territory']);

/** Why the fact does not fit the wanted one, or '' when it fits. */
function misfit(f: Fact, w: DocWant): string {
  if (f.category !== w.category && f.kind !== w.category) return 'category';
  if (w.value !== undefined && f.count_best !== w.value) return 'value';
  if (w.place !== undefined && !f.place_mentions.some((m) => fold(m).includes(fold(w.place!)))) return 'place';
  const by = f.reported_by.join(';');
  if (w.reporter !== undefined && (w.reporter ? !f.reported_by.some((r) => fold(r).includes(fold(w.reporter!))) : by !== '')) return 'reporter';
  if (w.side !== undefined && !fold(`${f.actor} ${f.actor_name} ${f.actor_text}`).includes(fold(w.side))) return 'side';
  if (w.end !== undefined && f.period_end !== w.end) return 'end';
  if (w.start !== undefined && f.period_start !== w.start) return 'start';
  return '';
}

const view = (f: Fact) => ({
  category: f.category, value: f.count_best, places: f.place_mentions, by: f.reported_by.join(';'), side: `${f.actor}|${f.actor_name}`,
  period: [f.period_start, f.period_end], phrase: f.time_phrase, count_phrase: f.count_phrase,
});

/** What is wrong with a document's facts: wanted facts not found (with the nearest facts and what was wrong with them),
 *  and, when exhaustive, facts nobody wanted. Empty when the probe passes. */
export function documentErrors(text: string, wants: DocWant[], { exhaustive = false }: DocOptions = {}): string[] {
  const left = facts(text).filter((f) => !exhaustive || KINDS.has(f.kind));
  const errors: string[] = [];
  // Required wants first, so an optional one never takes the fact a required one needs.
  for (const w of [...wants].sort((a, b) => Number(a.optional ?? false) - Number(b.optional ?? false))) {
    const i = left.findIndex((f) => misfit(f, w) === '');
    if (i >= 0) { left.splice(i, 1); continue; }
    if (w.optional) continue;
    const near = left.filter((f) => misfit(f, w) !== 'category' && misfit(f, w) !== 'value');
    errors.push(`missing ${JSON.stringify(w)}: ${near.length ? near.map((f) => `${misfit(f, w)} in ${JSON.stringify(view(f))}`).join(' / ') : 'no such fact'}`);
  }
  return exhaustive ? [...errors, ...left.map((f) => `unwanted ${JSON.stringify(view(f))}`)] : errors;
}

export function docProbe([genre, war, text, wants, skip]: DocProbe, options: DocOptions = {}) {
  const run = () => expect(documentErrors(text, wants, options)).toEqual([]);
  const name = `${genre} (${war}): ${text.replace(/\n+/g, ' / ').slice(0, 140)}`;
  if (skip && !process.env.PROBE_ALL) it.skip(`${name} [gap: ${skip}]`, run);
  else it(name, run);
}

/** Whether a probe passes, skipped or not, so a file can assert how many of its probes pass. */
export const docPasses = ([, , text, wants]: DocProbe, options: DocOptions = {}) => documentErrors(text, wants, options).length === 0;
