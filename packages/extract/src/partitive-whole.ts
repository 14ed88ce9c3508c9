/**
 * A part taken of a counted whole: "Two of the 12 passengers were killed", "Seven of the 30 people killed were
 * children". The whole is one of two things:
 * - a stated whole: its own words say what befell it ("the 30 people killed", "the 2,300 displaced", "the 45
 *   deaths", "the 12 passengers who were killed"). It is a fact of its own; the part is a subgroup of it.
 * - a population: a set of people counted for its size only ("the 12 passengers", "the 40 soldiers at the base",
 *   "the 12,000 residents"). The clause's verb befalls the part, never the whole: the whole is no figure of the war,
 *   and the part is the count, of the whole's noun ("Two of the 12 passengers" counts two passengers).
 * Which words say what befell a whole is the frames table's (data/frames.csv): a verb or noun of harm or movement.
 */
import { tokenize } from '@frontline/nlp';
import type { Frame } from './frames.ts';
import { frames } from './frames.ts';
import { readHead } from './nouns.ts';
import type { QuantityHit } from './numbers.ts';
import { findQuantities, PERCENT_AFTER } from './numbers.ts';

/** The categories whose word after a whole makes it a stated toll. */
const BEFALLS = new Set<string>(['killed', 'injured', 'displaced', 'returned', 'idps_stock']);
/** "of the", "of its", "out of the", "percent of the": what joins a part (or a share) to its whole. */
const PART_OF = /^(?:\s*%|\s+per\s*cent|\s+percent)?\s+(?:out\s+)?of\s+(?:the|its|their|these|those)\s+$/i;
/** A cheap gate before looking for the part: the words right before a whole. */
const PART_OF_END = /\bof\s+(?:the|its|their|these|those)\s+$/i;
/** "who were", "that had been", "reportedly": words that may stand between a whole's noun and its participle. */
const BEFORE_PARTICIPLE = /^\s+(?:(?:who|that)\s+(?:were|was|had\s+been|have\s+been|are)\s+)?(?:\p{Ll}+ly\s+)?(\p{L}+)/u;

let befallWords: Map<string, Frame[]> | null = null;

/**
 * The frames table's rows of harm and movement for a word (its lemma or a listed form). Right after a whole's noun
 * only a passive participle says what befell it ("the 30 people killed were"); an intransitive verb there is the
 * clause's own ("the 40 soldiers died"), and so is any verb after "who were" only when it is a participle.
 */
function befalls(word: string, participle: boolean): boolean {
  if (!befallWords) {
    befallWords = new Map();
    for (const f of frames().filter((x) => BEFALLS.has(x.category))) {
      for (const w of [f.lemma, ...f.forms]) befallWords.set(w, [...(befallWords.get(w) ?? []), f]);
    }
  }
  const w = word.toLowerCase();
  const lemma = tokenize(word)[0]?.lemma ?? w;
  const rows = [...(befallWords.get(w) ?? []), ...(lemma === w ? [] : befallWords.get(lemma) ?? [])];
  if (!participle) return rows.length > 0;
  return /(?:ed|en|wn)$/.test(w) && rows.some((f) => f.pos === 'VERB' && f.voice === 'passive');
}

/** True when the whole's own words say what befell it: a participle or noun of harm or movement. */
export function isStatedWhole(s: string, whole: QuantityHit): boolean {
  const head = readHead(s, whole);
  if (head?.internalCue) return true; // "the 2,300 displaced people", "the 30 dead"
  const after = BEFORE_PARTICIPLE.exec(s.slice(head ? head.end : whole.end));
  // "the 45 deaths", "the 12 victims": a noun of harm is a stated whole; so is a participle after the whole's noun.
  // With no noun, the word after the whole is its noun or its participle ("the 20 deaths", "the 300 displaced").
  return (!!head && befalls(head.noun, false)) || (!!after && befalls(after[1]!, !!head));
}

/** The whole a part is taken of ("Two of the 12 passengers": the 12), or null. */
export function wholeAfter(s: string, part: QuantityHit): QuantityHit | null {
  const whole = findQuantities(s.slice(part.end, part.end + 60)).find((w) => PART_OF.test(s.slice(part.end, part.end + w.start)));
  return whole ? { ...whole, start: whole.start + part.end, end: whole.end + part.end } : null;
}

/** The part a whole is taken of is counted ("Two of the 12 passengers": is 12 a whole?), or null. */
function partBefore(s: string, whole: QuantityHit): QuantityHit | null {
  const before = s.slice(Math.max(0, whole.start - 60), whole.start);
  const offset = Math.max(0, whole.start - 60);
  const part = findQuantities(before).filter((q) => PART_OF.test(before.slice(q.end))).pop();
  return part && part.value !== null ? { ...part, start: part.start + offset, end: part.end + offset } : null;
}

/** A whole of persons counted for its size: "the 12 passengers" after "Two of". */
export function isPopulationWhole(s: string, whole: QuantityHit): boolean {
  if (!PART_OF_END.test(s.slice(Math.max(0, whole.start - 24), whole.start)) || !partBefore(s, whole)) return false;
  // "three of the 60 were shot": a whole with no noun is a set named before, counted for its size as a noun's is.
  const head = readHead(s, whole);
  return (!head || head.unit === 'persons') && !isStatedWhole(s, whole);
}

/** The population a part counts ("Two of the 12 passengers": the 12), so its noun is the part's; null otherwise. */
export function populationOf(s: string, part: QuantityHit): QuantityHit | null {
  // "70 percent of the 12,000 residents": a share is no count of its own.
  if (part.value === null || part.vague_word || PERCENT_AFTER.test(s.slice(part.end))) return null;
  const whole = wholeAfter(s, part);
  return whole && isPopulationWhole(s, whole) ? whole : null;
}
