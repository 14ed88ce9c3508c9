/**
 * The probe harness (issue 9): a probe is a written sentence and the facts of one kind it must give, matched in any
 * order. Places are a subset check (the sentence may name more), reporters a check that each named source is in one
 * reporter text ("UNHCR spokesperson Jane Doe" names UNHCR; "it was" names nobody) and that there are no more of them.
 * A probe with a reason is skipped: it is a known gap, kept so the next person sees it. PROBE_ALL=1 runs the skipped
 * ones too, to count how many of a set pass (as when a set is first measured on main).
 */
import { expect, it } from 'vitest';
import type { ExtractedFact } from '@frontline/schema';
import { extract } from './helpers.ts';
import type { Genre } from './rule.ts';

export type Want = {
  category: string; value: number | null; unit?: string; modifier?: string; vague?: string; places?: string[];
  time?: string; reporters?: string[];
  /** Optional checks: the group, a word of the side's text ('' for none), a running total, hedged or stated; a part of
   * the fact's time phrase or of its time context (a paragraph's date). */
  group?: string; actor?: string; cumulative?: boolean; certainty?: 'stated' | 'hedged'; when?: string;
};
export type Probe = [Genre, string, string, Want[], string?];

const fold = (s: string) => s.toLowerCase();

function matches(f: ExtractedFact, w: Want): boolean {
  if (f.category !== w.category || (f.quantity?.value ?? null) !== w.value) return false;
  if (w.unit !== undefined && f.unit !== w.unit) return false;
  if (w.modifier !== undefined && (f.quantity?.modifier ?? '') !== w.modifier) return false;
  if (w.vague !== undefined && (f.quantity?.vague_word ?? '') !== w.vague) return false;
  if (w.time !== undefined && f.time_phrase !== w.time) return false;
  if (w.group !== undefined && f.group !== w.group) return false;
  if (w.actor !== undefined && (w.actor ? !fold(f.actor_text ?? '').includes(fold(w.actor)) : (f.actor_text ?? '') !== '')) return false;
  if (w.cumulative !== undefined && f.cumulative !== w.cumulative) return false;
  if (w.certainty !== undefined && (f.certainty ?? 'stated') !== w.certainty) return false;
  if (w.when !== undefined && !fold(`${f.time_phrase} | ${f.time_context}`).includes(fold(w.when))) return false;
  const places = f.place_mentions.map((p) => fold(p.text));
  if (w.places && !w.places.every((p) => places.some((q) => q.includes(fold(p))))) return false;
  if (w.reporters === undefined) return true;
  const said = f.reporter_texts.map(fold);
  return said.length === w.reporters.length && w.reporters.every((r) => said.some((s) => s.includes(fold(r))));
}

const show = (f: ExtractedFact) => ({
  category: f.category, value: f.quantity?.value, unit: f.unit, modifier: f.quantity?.modifier, group: f.group,
  actor: f.actor_text, cumulative: f.cumulative, certainty: f.certainty ?? 'stated', places: f.place_mentions.map((p) => p.text),
  time: f.time_phrase, context: f.time_context, reporters: f.reporter_texts,
});

/** The facts of the kinds asked for, each expected one found once, and no others of those categories. */
export function probe(categories: string[], [genre, war, text, wants, skip]: Probe) {
  const run = () => {
    const got = extract(text).filter((f) => categories.includes(f.category));
    const left = [...got];
    for (const w of wants) {
      const i = left.findIndex((f) => matches(f, w));
      expect(i, `${JSON.stringify(w)}\n got ${JSON.stringify(got.map(show), null, 1)}`).toBeGreaterThanOrEqual(0);
      left.splice(i, 1);
    }
    expect(left.map(show), 'facts nobody expected').toEqual([]);
  };
  const name = `${genre} (${war}): ${text.replace(/\n/g, ' / ')}`;
  if (skip && !process.env.PROBE_ALL) it.skip(`${name} [gap: ${skip}]`, run);
  else it(name, run);
}

/** Whether a probe passes, skipped or not: a set's score is how many of its probes pass, so a file can assert it. */
export function passes(categories: string[], [, , text, wants]: Probe): boolean {
  const left = extract(text).filter((f) => categories.includes(f.category));
  for (const w of wants) {
    const i = left.findIndex((f) => matches(f, w));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return left.length === 0;
}
