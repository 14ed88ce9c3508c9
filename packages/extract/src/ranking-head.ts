/**
 * A ranking of places by a count whose noun the ranking states once: "Garissa had the highest number of fatalities,
 * with at least 14, followed by Mandera with eight", "Sagaing saw the most displacements, with 31,000". The bare
 * figure after "with" counts the noun of "the highest number of ..." / "the most ..." before it in the sentence.
 */
import type { Token } from '@frontline/nlp';

/**
 * The ranking's words: "the highest number of", "the largest toll of", "the most", and a place in the ranking before
 * them ("the second-highest number of", "the third most").
 */
const RANKING = String.raw`\bthe\s+(?:(?:second|third|fourth|fifth)[-\s])?(?:(?:highest|largest|greatest|biggest)\s+(?:numbers?|count|toll|share)\s+of|most)`;
/** The ranking's words and the space before its noun, each time the sentence states them. */
const RANKING_BEFORE_NOUN = new RegExp(String.raw`${RANKING}\s+`, 'gi');
/**
 * The figures of a list before its later member, written in digits: "with 800,000 and |450,000, respectively",
 * "with 12, 9 and |4": a later member counts what the first one counts.
 */
const MEMBERS = String.raw`(?:\d[\d,.]*(?:\s+million)?(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+))*`;
/** The "with" of a ranked figure, past the list members before it. */
const WITH_LIST = new RegExp(String.raw`\bwith\s+${MEMBERS}$`, 'i');
/** A figure set off by commas closes with one: "..., 120, were recorded", "..., at least 210, occurred". */
const COMMA_AFTER = /^\s*,/;
/** A figure in brackets after the name it is of: "Hpakant (|1,200), Mohnyin (950)". */
const BRACKET_BEFORE = /\(\s*$/;
const BRACKET_AFTER = /^\s*\)/;

/**
 * The ranking's words and the noun phrase they rank, up to a bare figure's "with": "the highest number of [IDPs], with",
 * "the most [displaced people], with". Group 1 is the ranking's words. RANKED_PHRASE ends at the figure;
 * RANKED_EARLIER stands anywhere before it.
 */
const RANKED_EARLIER = new RegExp(String.raw`(${RANKING})\s[^,;()\d]{1,50}?,?\s+with\s+`, 'i');
const RANKED_PHRASE = new RegExp(`${RANKED_EARLIER.source}${MEMBERS}$`, 'i');
/** "the most civilian deaths, |120, were recorded": the ranking's phrase right before a figure set off by commas. */
const RANKED_APPOSED = new RegExp(String.raw`(${RANKING})\s[^,;()\d]{1,50}?,\s*$`, 'i');
/**
 * "the most displaced people were Hpakant (|1,200), Mohnyin (|950)": the ranking's phrase, then names each with its
 * figure in brackets, up to a bracketed figure.
 */
const RANKED_BRACKETED = new RegExp(String.raw`(${RANKING})\s[^;()\d]{1,60}?\((?:[^;()]{1,20}\)[^;()\d]{1,40}?\()*\s*$`, 'i');
/**
 * "..., followed by Aleppo with 800,000", "...; Aleppo and Hama followed, with 800,000 and 450,000, respectively": a
 * follower's figure counts the same phrase, stated earlier in the sentence.
 */
const FOLLOWER = new RegExp(String.raw`\bfollowed(?:\s+by\s+[^;()\d]{1,60}?)?,?\s+with\s+${MEMBERS}$`, 'i');

/**
 * Where the noun phrase a bare figure's ranking states begins ("had the highest number of| IDPs, with 1.2 million"),
 * for the noun reader to read it as the figure's own ("1.2 million IDPs"); -1 when the figure is no ranked one.
 */
export function rankedPhraseStart(s: string, figure: Span): number {
  const m = rankedPhrase(s, figure);
  return m ? m.index + m[1]!.length : -1;
}

interface Span { start: number; end: number }

/**
 * Whether a figure stands right where a ranking puts it ("the most deaths, with |75 victims"), not merely after some
 * "with" in a sentence that ranks ("..., while the army deployed with 300 soldiers"). A figure with a noun of its own
 * counts the ranking's noun only then.
 */
export function isRankedFigure(s: string, figure: Span): boolean {
  return rankedPhrase(s, figure) !== null;
}

/**
 * The ranking whose phrase a bare figure counts: right before its "with" or its commas, stated earlier for a
 * follower, or before a run of names with their figures in brackets.
 */
function rankedPhrase(s: string, figure: Span): RegExpExecArray | null {
  const [before, after] = [s.slice(0, figure.start), s.slice(figure.end)];
  if (WITH_LIST.test(before)) return RANKED_PHRASE.exec(before) ?? (FOLLOWER.test(before) ? RANKED_EARLIER.exec(before) : null);
  if (/,\s*$/.test(before)) return COMMA_AFTER.test(after) ? RANKED_APPOSED.exec(before) : null;
  return BRACKET_BEFORE.test(before) && BRACKET_AFTER.test(after) ? RANKED_BRACKETED.exec(before) : null;
}

/**
 * The noun of the ranking that a bare figure at `figureStart` counts, or null: the first noun after the ranking
 * words, its modifiers skipped ("the highest number of civilian deaths" -> "deaths").
 */
export function rankingHead(s: string, tokens: Token[], figure: Span): Token | null {
  const figureStart = figure.start;
  const before = s.slice(0, figureStart);
  if (!WITH_LIST.test(before) && !rankedPhrase(s, figure)) return null;
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
