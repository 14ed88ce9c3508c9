/**
 * The whole-document probe harness (issue 9): a short text, written for a probe file, runs through ingest, extract
 * and normalize (dated-text.ts, as `frontline all` runs them), and names the facts a careful analyst would record from
 * it. Each wanted fact is matched once, in any order: its category (or kind), count, a place as written, the reporter
 * (a part of `reported_by`, '' for none), the side (a part of actor, actor_name or actor_text) and the period's end
 * ('' when the text gives no anchor). Facts nobody listed are not counted against a probe: these are recall probes.
 * A probe with a reason is skipped, a known gap; `passes` still counts it so a file can assert its score.
 */
import { expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { facts } from './dated-text.ts';

export interface DocWant {
  category: string;
  value?: number;
  place?: string;
  /** A part of reported_by; '' for a figure the text attributes to nobody. */
  reporter?: string;
  /** A part of actor, actor_name or actor_text: the side that gained ground, or the perpetrator. */
  side?: string;
  /** period_end; '' when the text gives no anchor. */
  end: string;
}
export type DocProbe = [genre: string, war: string, text: string, wants: DocWant[], skip?: string];

const fold = (s: string) => s.toLowerCase();

/** Why the fact does not fit the wanted one, or '' when it fits. */
function misfit(f: Fact, w: DocWant): string {
  if (f.category !== w.category && f.kind !== w.category) return 'category';
  if (w.value !== undefined && f.count_best !== w.value) return 'value';
  if (w.place !== undefined && !f.place_mentions.some((m) => fold(m).includes(fold(w.place!)))) return 'place';
  const by = f.reported_by.join(';');
  if (w.reporter !== undefined && (w.reporter ? !fold(by).includes(fold(w.reporter)) : by !== '')) return 'reporter';
  if (w.side !== undefined && !fold(`${f.actor} ${f.actor_name} ${f.actor_text}`).includes(fold(w.side))) return 'side';
  if (f.period_end !== w.end) return 'end';
  return '';
}

const view = (f: Fact) => ({
  category: f.category, value: f.count_best, places: f.place_mentions, by: f.reported_by.join(';'), side: `${f.actor}|${f.actor_name}`,
  period: [f.period_start, f.period_end], phrase: f.time_phrase,
});

/** The wanted facts the text misses, each with the nearest fact and what was wrong with it. */
function misses(text: string, wants: DocWant[]): string[] {
  const left = facts(text);
  const out: string[] = [];
  for (const w of wants) {
    const i = left.findIndex((f) => misfit(f, w) === '');
    if (i >= 0) { left.splice(i, 1); continue; }
    const near = left.filter((f) => misfit(f, w) !== 'category' && misfit(f, w) !== 'value');
    out.push(`${JSON.stringify(w)}: ${near.length ? near.map((f) => `${misfit(f, w)} in ${JSON.stringify(view(f))}`).join(' / ') : 'no such fact'}`);
  }
  return out;
}

export function docProbe([genre, war, text, wants, skip]: DocProbe) {
  const run = () => expect(misses(text, wants), JSON.stringify(facts(text).map(view), null, 1)).toEqual([]);
  const name = `${genre} (${war}): ${text.replace(/\n+/g, ' / ').slice(0, 140)}`;
  if (skip && !process.env.PROBE_ALL) it.skip(`${name} [gap: ${skip}]`, run);
  else it(name, run);
}

/** Whether a probe passes, skipped or not, so a file can assert how many of its probes pass. */
export const docPasses = ([, , text, wants]: DocProbe) => misses(text, wants).length === 0;
