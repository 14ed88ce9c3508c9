/**
 * Sentences of the clean text with UTF-16 offsets (end exclusive), so that every fact can point back at its words.
 * A line break always ends a sentence: headings and datelines are sentences of their own. No sentence is longer
 * than MAX_SENTENCE_CHARS: later stages run patterns over a sentence once per figure in it, so an unbounded
 * sentence (a run-on paragraph, a file without full stops) would cost time growing with the square of its length.
 */
import type { Sentence } from '@frontline/schema';

// Abbreviations whose period does not end a sentence: titles and ranks, months, "No.", "vs." and the like.
const ABBREVIATIONS = new Set(
  (
    'Mr Mrs Ms Mx Dr Prof Rev Sen Rep Gov Pres Gen Brig Col Lt Maj Capt Cpt Sgt Cpl Pvt Adm Cmdr Cdr ' +
    'St Mt Ft No Nos Vol Fig Jr Sr Inc Corp Co Ltd Bros Dept Est est approx vs Vs ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'
  )
    .split(' ')
    .map((a) => `${a}.`),
);

/**
 * Longest sentence handed on, in UTF-16 code units. Real news sentences reach about 1,100 characters (a list of
 * thirty villages); a longer "sentence" is split, first at clause punctuation, else at a space, else anywhere.
 */
export const MAX_SENTENCE_CHARS = 1200;
/** A cut is looked for in the last half of the window only, so every piece but the last is at least half the cap. */
const MIN_PIECE_CHARS = MAX_SENTENCE_CHARS / 2;

// End punctuation, optional closing quotes/brackets, then whitespace and an upper-case letter, opening quote or digit.
const BOUNDARY = /[.!?]+[”"’'»)\]]*(?=\s+[“"‘'«\p{Lu}\d])/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const [start, end] of lineSpans(line)) {
      const s = lineStart + start;
      const e = lineStart + end;
      sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    }
    lineStart += line.length + 1;
  }
  return sentences;
}

/** [start, end) of each trimmed sentence in one line. */
function lineSpans(line: string): Array<[number, number]> {
  const cuts: number[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    if (endsSentence(line, m.index, m[0])) cuts.push(m.index + m[0].length);
  }
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const cut of [...cuts, line.length]) {
    const span = trimSpan(line, from, cut);
    if (span) spans.push(...capSpan(line, span));
    from = cut;
  }
  return spans;
}

/** A trimmed span cut into pieces of at most MAX_SENTENCE_CHARS, each trimmed again; offsets stay exact. */
function capSpan(line: string, [start, end]: [number, number]): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(line, from);
    const piece = trimSpan(line, from, cut);
    if (piece) pieces.push(piece);
    from = cut;
  }
  const last = trimSpan(line, from, end);
  if (last) pieces.push(last);
  return pieces;
}

const CLAUSE_END = /[,;:–—)\]]/;

/**
 * Where to end a piece that starts at `from`: after the last clause punctuation followed by a space in the second
 * half of the window, else at its last space, else at the window's end (never inside a surrogate pair).
 */
function cutPoint(line: string, from: number): number {
  const limit = from + MAX_SENTENCE_CHARS;
  let space = -1;
  for (let i = limit; i > from + MIN_PIECE_CHARS; i--) {
    if (!/\s/.test(line[i]!)) continue;
    if (CLAUSE_END.test(line[i - 1]!)) return i;
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  return /[\uDC00-\uDFFF]/.test(line[limit]!) ? limit - 1 : limit;
}

/** Whether the punctuation `mark` found at `at` closes a sentence, rather than an abbreviation or an ellipsis. */
function endsSentence(line: string, at: number, mark: string): boolean {
  if (!mark.startsWith('.')) return true;
  if (/^\.{2,}/.test(mark)) return false; // "...": an ellipsis, usually inside a quote
  const word = wordEndingAt(line, at).replace(/^[“"‘'«(\[]+/, '');
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{Lu}\.$/u.test(word)) return false; // an initial: "J. Smith"
  if (/^(?:\p{L}\.){2,}$/u.test(word)) return false; // dotted acronyms: "U.S.", "U.N.", "e.g.", "a.m."
  return true;
}

/** The word that ends at `at` (inclusive): scanning back to the previous space, not splitting the whole line prefix. */
function wordEndingAt(line: string, at: number): string {
  let from = at;
  while (from > 0 && !/\s/.test(line[from - 1]!)) from--;
  return line.slice(from, at + 1);
}

function trimSpan(line: string, from: number, to: number): [number, number] | null {
  while (from < to && /\s/.test(line[from]!)) from++;
  while (to > from && /\s/.test(line[to - 1]!)) to--;
  return from < to ? [from, to] : null;
}
