/**
 * Which figures of a sentence an attribution covers, when a sentence quotes more than one source: "Six died in
 * Izium, the governor said, as Moscow announced it had taken Synkivka" gives the deaths to the governor and the
 * village to Moscow. An attribution placed after its clause (", the governor said", "according to X" at the end)
 * covers the figures before it; one placed before ("X said that", "According to X,") covers the figures after it;
 * "citing Y" goes with the attribution it follows (a fronted "Citing Y," with the one after it); the rest ("recorded by X", "X's figures") cover the sentence.
 */
import type { ReporterBasis } from '@frontline/schema';
import { findQuantities } from './numbers.ts';

export type Scope = 'before' | 'after' | 'all' | 'companion';

export interface Scoped {
  /** Where the construction stands in the sentence (the verb, "according", "citing"). */
  at: number;
  scope: Scope;
  names: string[];
  /** How the construction names them ("according to X": stated; "X said": quoted; "it added": carried...). */
  basis: ReporterBasis;
  /**
   * The first offset a 'before' attribution reaches back to: an infobox's bracketed note ("(SOHR claim)") is the note
   * of the figure right before it, never of a figure before an earlier bracket ("120 killed (18 Sep.) 300 killed
   * (Syrian claim)"). 0 when it reaches the sentence's start.
   */
  reach?: number;
  /** An infobox's claim note or label ("(SOHR claim)", "Russian claim:"): it sources its own line's figures only. */
  note?: boolean;
}

/**
 * "X said" is placed after its clause when nothing reported follows the verb ("..., the governor said on Monday.");
 * a colon after its own clause ("said during a press conference: “...”") opens what it reports, and so does a short
 * clause with a finite verb of its own ("while the army said a soldier was killed, raising the toll to 20") or a count
 * in words ("reported nine new deaths").
 */
export function sayScope(s: string, verbEnd: number): Scope {
  const clause = /^([^,;.:]*)([,;.:]?)/.exec(s.slice(verbEnd))!;
  const rest = clause[1]!;
  if (clause[2] === ':' || REPORTED_CLAUSE.test(rest)) return 'after';
  // "while rebels claimed to have recaptured Hish": an infinitive after the verb is what it reports.
  if (/^\s+to\s+(?:have|be)\b/.test(rest)) return 'after';
  // "The army said it had retaken Sinja", "officials said their forces entered Krynky": a clause with "that" left out.
  if (PRONOUN_CLAUSE.test(rest)) return 'after';
  // "reported nine new deaths": a count written in words is reported as much as one in figures.
  return /\bthat\b|\d/.test(rest) || findQuantities(rest).length > 0 || rest.trim().split(/\s+/).length > 6 ? 'after' : 'before';
}
/** A pronoun opening a clause ("said it had"); at module level: tsx rebuilds a \p{...} literal at each call (text.ts). */
const PRONOUN_CLAUSE = /^\s+(?:it|they|he|she|we|its|their|his|her|our)\s+\p{L}/u;
/** A subject of up to three words, then a finite auxiliary: the clause X said, without "that". */
const REPORTED_CLAUSE = /^\s+(?:[\p{L}'’-]+\s+){1,3}(?:was|were|is|are|has|have|had)\s+\p{Ll}/u;

/** "According to X, ..." opens its sentence (after a date or a connective at most); elsewhere it closes its clause. */
export function accordingScope(s: string, at: number): Scope {
  return /^[\s"“]*(?:(?:\p{L}+\s+){0,4}\p{L}+,\s*)?$/u.test(s.slice(0, at)) ? 'after' : 'before';
}

/**
 * The attributions covering a figure at `p`: the nearest placed after its clause that follows the figure, or the
 * nearest placed before that precedes it (the closer of the two), with their companions and every sentence-wide
 * one; all of the sentence's when no scoped attribution reaches the figure (but a bracketed note that reaches back
 * no further than a later figure). In sentence order.
 */
export function covering(found: Scoped[], p: number): Scoped[] {
  const sorted = [...found].sort((a, b) => a.at - b.at);
  const closing = sorted.find((f) => f.scope === 'before' && f.at > p && (f.reach ?? 0) <= p);
  const opening = [...sorted].reverse().find((f) => f.scope === 'after' && f.at < p);
  const chosen = closing && (!opening || closing.at - p <= p - opening.at) ? closing : opening;
  // No note of another figure speaks for this one, even sentence-wide: not one after a later figure ("(Syrian claim)"
  // closing "120 killed (18 Sep.) 300 killed"), nor one closing an earlier figure ("900 killed (Army claim) 60 killed").
  if (!chosen) return sorted.filter((f) => f.scope !== 'before' || f.reach === undefined || (f.reach <= p && f.at > p));
  const at = sorted.indexOf(chosen);
  // "Citing local activists, Radio Dabanga reported ...": a companion no attribution precedes goes with the first after it.
  const leading = sorted.slice(0, at).every((f) => f.scope === 'companion') ? sorted.slice(0, at) : [];
  const companions = [...leading];
  for (let i = at + 1; i < sorted.length && sorted[i]!.scope === 'companion'; i++) companions.push(sorted[i]!);
  const wide = sorted.filter((f) => f.scope === 'all');
  return [chosen, ...companions, ...wide].sort((a, b) => a.at - b.at);
}

/** The names covering a figure at `p` (see `covering`), each once. */
export function namesFor(found: Scoped[], p: number): string[] {
  return [...new Set(covering(found, p).flatMap((f) => f.names))];
}

/** How the first reporter of a figure at `p` was found: the basis of the first attribution covering it. */
export function basisFor(found: Scoped[], p: number): ReporterBasis {
  return covering(found, p).find((f) => f.names.length)?.basis ?? '';
}
