/**
 * A ranking of places by a count whose noun the ranking states once: "Garissa had the highest number of fatalities,
 * with at least 14, followed by Mandera with eight", "Sagaing saw the most displacements, with 31,000". The bare
 * figure after "with" counts the noun of "the highest number of ..." / "the most ..." before it in the sentence.
 */
import type { Token } from '@frontline/nlp';

/** The ranking's words: "the highest number of", "the largest toll of", "the most". */
const RANKING = String.raw`\bthe\s+(?:(?:highest|largest|greatest|biggest)\s+(?:number|count|toll|share)\s+of|most)`;
/** The ranking's words and the space before its noun, each time the sentence states them. */
const RANKING_BEFORE_NOUN = new RegExp(String.raw`${RANKING}\s+`, 'gi');
/** The words right before a bare ranked figure: "with", "with at least" (the quantity reader keeps "at least"). */
const WITH_BEFORE = /\bwith\s+$/i;

/**
 * The ranking's words and the noun phrase they rank, up to a bare figure's "with": "the highest number of [IDPs], with",
 * "the most [displaced people], with". Group 1 is the ranking's words. RANKED_PHRASE ends at the figure;
 * RANKED_EARLIER stands anywhere before it.
 */
const RANKED_EARLIER = new RegExp(String.raw`(${RANKING})\s[^,;()\d]{1,50}?,?\s+with\s+`, 'i');
const RANKED_PHRASE = new RegExp(`${RANKED_EARLIER.source}$`, 'i');
/** "..., followed by Aleppo with 800,000": a follower's figure counts the same phrase, stated earlier in the sentence. */
const FOLLOWER = /\bfollowed\s+by\s+[^;()\d]{1,60}?\s+with\s+$/i;

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
  const before = s.slice(0, figureStart);
  if (!WITH_BEFORE.test(before)) return null;
  // One pass over the ranking's words, not a test of the text before each token; the last ranking before the figure counts.
  let head: Token | null = null;
  for (const m of before.matchAll(RANKING_BEFORE_NOUN)) {
    const at = m.index + m[0].length;
    const word = at < figureStart ? tokens.find((t) => t.start === at) : undefined;
    if (word) head = nounFrom(tokens, word.i);
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
