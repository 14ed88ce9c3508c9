/**
 * A ranking of places by a count whose noun the ranking states once: "Garissa had the highest number of fatalities,
 * with at least 14, followed by Mandera with eight", "Sagaing saw the most displacements, with 31,000". The bare
 * figure after "with" counts the noun of "the highest number of ..." / "the most ..." before it in the sentence.
 */
import type { Token } from '@frontline/nlp';

/** The ranking's words right before its noun: "the highest number of", "the largest toll of", "the most". */
const RANKING_BEFORE_NOUN = /\bthe\s+(?:(?:highest|largest|greatest|biggest)\s+(?:number|count|toll|share)\s+of|most)\s+$/i;
/** The words right before a bare ranked figure: "with", "with at least" (the quantity reader keeps "at least"). */
const WITH_BEFORE = /\bwith\s+$/i;

/**
 * The ranking's words and the noun phrase they rank, up to a bare figure's "with": "the highest number of [IDPs], with",
 * "the most [displaced people], with". Group 1 is the ranking's words.
 */
const RANKED_PHRASE = /(\bthe\s+(?:(?:highest|largest|greatest|biggest)\s+(?:number|count|toll|share)\s+of|most))\s[^,;()\d]{1,50}?,?\s+with\s+$/i;
/** "..., followed by Aleppo with 800,000": a follower's figure counts the same phrase, stated earlier in the sentence. */
const FOLLOWER = /\bfollowed\s+by\s+[^;()\d]{1,60}?\s+with\s+$/i;
const RANKED_EARLIER = new RegExp(RANKED_PHRASE.source.replace(/\$$/, ''), 'i');

/**
 * Where the noun phrase a bare figure's ranking states begins ("had the highest number of| IDPs, with 1.2 million"),
 * for the noun reader to read it as the figure's own ("1.2 million IDPs"); -1 when the figure is no ranked one.
 */
export function rankedPhraseStart(s: string, figureStart: number): number {
  const before = s.slice(0, figureStart);
  if (!WITH_BEFORE.test(before)) return -1;
  const m = RANKED_PHRASE.exec(before) ?? (FOLLOWER.test(before) ? RANKED_EARLIER.exec(before) : null);
  return m ? m.index + m[1]!.length : -1;
}

/**
 * The noun of the ranking that a bare figure at `figureStart` counts, or null: the first noun after the ranking
 * words, its modifiers skipped ("the highest number of civilian deaths" -> "deaths").
 */
export function rankingHead(s: string, tokens: Token[], figureStart: number): Token | null {
  if (!WITH_BEFORE.test(s.slice(0, figureStart))) return null;
  let head: Token | null = null;
  for (const t of tokens) {
    if (t.start >= figureStart) break;
    if (!RANKING_BEFORE_NOUN.test(s.slice(0, t.start))) continue;
    head = nounFrom(tokens, t.i);
  }
  return head;
}

/** The noun that heads the phrase at token `i`: past adjectives and noun modifiers, the last noun of the run. */
function nounFrom(tokens: Token[], i: number): Token | null {
  let noun: Token | null = null;
  for (let j = i; j < tokens.length && j < i + 4; j++) {
    const t = tokens[j]!;
    if (t.pos === 'NOUN') noun = t;
    else if (t.pos !== 'ADJ' && !(t.pos === 'VERB' && /ed$/i.test(t.text))) break;
  }
  return noun;
}
