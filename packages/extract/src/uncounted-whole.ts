/**
 * A breakdown by place after a whole the text does not count: "The shelling killed civilians in several towns,
 * including 12 in Kherson and 5 in Beryslav". The parts are figures by place; the whole they belong to is the clause
 * before "including", whose noun of people has no figure of its own. This module finds that noun, so the frame
 * finder can read the clause's predicate for it as it would for a counted one.
 */
import type { Group, Unit } from '@frontline/schema';
import type { Token } from '@frontline/nlp';
import { readHead } from './nouns.ts';
import { findQuantities } from './numbers.ts';
import type { QuantityHit } from './numbers.ts';

/** ", including " or ", among them " right before a part's figure. */
const OPENS_PARTS = /,\s*(?:including|among\s+them)\s+$/iu;
/** What a whole of people counts: persons, or the families and households displacement counts ("villages" are none). */
const PEOPLE = new Set<Unit>(['persons', 'families', 'households']);

export interface UncountedNoun {
  /** The noun's token, the head a figure would have had. */
  token: Token;
  group: Group | '';
  unit: Unit;
  /** End of its noun phrase. */
  end: number;
}

/**
 * The noun of people (persons, families, households) without a figure in the clause that a part at `partStart` breaks down, or null: the part must
 * follow ", including", and the clause before the comma must count no people.
 */
export function uncountedNoun(s: string, tokens: Token[], partStart: number): UncountedNoun | null {
  const open = OPENS_PARTS.exec(s.slice(0, partStart));
  if (!open) return null;
  const comma = open.index;
  const first = clauseStart(tokens, comma);
  // "killed 30 people in several towns": a counted whole of persons is read as such ("several towns" counts none).
  const from = tokens[first]?.start ?? 0;
  if (findQuantities(s).some((q) => q.start >= from && q.end <= comma && PEOPLE.has(readHead(s, q)?.unit ?? 'km'))) return null;
  // The nearest noun of people before the comma: "killed civilians in several towns" counts the civilians.
  for (let k = tokens.findIndex((t) => t.start >= comma) - 1; k >= first; k--) {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN' || !/\s$/u.test(s.slice(0, t.start))) continue;
    const head = readHead(s, blankAt(t.start - 1));
    if (head && PEOPLE.has(head.unit) && head.end >= t.end) return { token: t, group: head.group, unit: head.unit, end: head.end };
  }
  return null;
}

/** The first token of the clause that holds the token before `at`: after the last ".", ";" or ":" before it. */
function clauseStart(tokens: Token[], at: number): number {
  let k = tokens.findIndex((t) => t.start >= at);
  if (k < 0) k = tokens.length;
  while (k > 0 && !/^[.;:]$/.test(tokens[k - 1]!.text)) k--;
  return k;
}

/** An empty figure at `at`, for the noun reader to read the noun after it. */
function blankAt(at: number): QuantityHit {
  return { start: at, end: at, phrase: '', numStart: at, numEnd: at, value: null, vague_word: '', modifier: 'exact' };
}
