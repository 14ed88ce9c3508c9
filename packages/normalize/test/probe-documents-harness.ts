/**
 * The document probe harness (issue 9): a whole short text runs through ingest, extract and normalize as `frontline
 * all` runs them (dated-text.ts), and the probe lists the facts a careful analyst would record from it. Each wanted
 * fact is found once (category or kind, count, a place as written, a reporter, the period's end, the side); a wanted
 * fact marked optional may be missing (background, restatements), and any other casualty, displacement or territory
 * fact fails the probe, as an unmatched fact costs precision on the corpus. A probe with a reason is skipped: a known
 * gap; `documentPasses` still counts it, so a file can assert its score.
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
  /** A part of one of the reporters. */
  reporter?: string;
  /** The period's end; '' for a fact the text leaves unanchored. */
  end?: string;
  /** A part of actor, actor_name or actor_text: the side that gained ground, or the perpetrator. */
  side?: string;
  /** Background or a restatement: finding it is no error, and neither is missing it. */
  optional?: boolean;
}
export type DocProbe = [genre: string, war: string, text: string, wants: DocWant[], skip?: string];

const has = (list: string[], part: string) => list.some((s) => s.toLowerCase().includes(part.toLowerCase()));

function fits(f: Fact, w: DocWant): boolean {
  return (f.category === w.category || f.kind === w.category) && (w.value === undefined || f.count_best === w.value) &&
    (w.place === undefined || has(f.place_mentions, w.place)) && (w.reporter === undefined || has(f.reported_by, w.reporter)) &&
    (w.end === undefined || f.period_end === w.end) && (w.side === undefined || has([`${f.actor} ${f.actor_name} ${f.actor_text}`], w.side));
}

const view = (f: Fact) => `${f.category} ${f.count_best} ${f.unit} [${f.place_mentions.join('; ')}] by [${f.reported_by.join('; ')}] ` +
  `${f.period_start}..${f.period_end} ${f.actor} «${f.count_phrase}»`;

/** What is wrong with a document's facts: wanted facts not found, and facts nobody wanted. Empty when it passes. */
export function documentErrors(text: string, wants: DocWant[]): string[] {
  const left = facts(text).filter((f) => f.kind === 'casualty' || f.kind === 'displacement' || f.kind === 'territory');
  const errors: string[] = [];
  // Required wants first, so an optional one never takes the fact a required one needs.
  for (const w of [...wants].sort((a, b) => Number(a.optional ?? false) - Number(b.optional ?? false))) {
    const i = left.findIndex((f) => fits(f, w));
    if (i >= 0) left.splice(i, 1);
    else if (!w.optional) errors.push(`missing ${JSON.stringify(w)}`);
  }
  return [...errors, ...left.map((f) => `unwanted ${view(f)}`)];
}

export function documentProbe([genre, war, text, wants, skip]: DocProbe) {
  const run = () => expect(documentErrors(text, wants)).toEqual([]);
  const name = `${genre} (${war}): ${text.replace(/\n+/g, ' / ').slice(0, 140)}`;
  if (skip && !process.env.PROBE_ALL) it.skip(`${name} [gap: ${skip}]`, run);
  else it(name, run);
}

export const documentPasses = ([, , text, wants]: DocProbe) => documentErrors(text, wants).length === 0;
