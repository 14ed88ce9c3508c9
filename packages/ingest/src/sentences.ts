/**
 * Sentences of the clean text with UTF-16 offsets (end exclusive), so that every fact can point back at its words.
 * The text is first cut into units that no sentence crosses: lines (hard-wrapped lines were already joined by
 * unwrap.ts, so a line is a paragraph, a list item or a heading) and list items run together on one line
 * ("Highlights • Fighting continued. • 4,000 fled."). A list item's marker ("•", "-", "1.", "a)") and a markdown
 * heading's "#" marks are left out of the unit: "1." is not a figure. Inside a unit, the NLP library's sentence
 * boundaries are used. No sentence is longer than MAX_SENTENCE_CHARS: later stages run patterns over a sentence once
 * per figure in it, so an unbounded sentence (a run-on paragraph, a file without full stops) would cost time
 * growing with the square of its length.
 */
import type { Sentence } from '@frontline/schema';
import { markerLength } from './lines.ts';
import { sentenceEnds } from '@frontline/nlp';
import { monthAbbreviations } from '@frontline/nlp/dates';

/**
 * Longest sentence handed on, in UTF-16 code units. Real news sentences reach about 1,100 characters (a list of
 * thirty villages); a longer "sentence" is split, first at clause punctuation, else at a space, else anywhere.
 */
export const MAX_SENTENCE_CHARS = 1200;
/** A cut is looked for in the last half of the window only, so every piece but the last is at least half the cap. */
const MIN_PIECE_CHARS = MAX_SENTENCE_CHARS / 2;

type Span = [number, number];

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [start, end] of units(text)) {
    let from = start;
    for (const cut of sentenceCuts(text.slice(start, end))) {
      pushSpan(text, [from, start + cut], sentences);
      from = start + cut;
    }
    pushSpan(text, [from, end], sentences);
  }
  return sentences;
}

// Somewhere a sentence could end inside a unit: end punctuation with more text after it. A unit without one (a
// heading, a list item, a one-sentence paragraph, a run-on blob) is not handed to the library, which saves most of
// its cost.
const INNER_END = /[.!?…][^\s.!?…]*\s+\S/;

/** Offsets in `unit` where the library ends a sentence before the unit's end, false boundaries left out. */
function sentenceCuts(unit: string): number[] {
  if (!INNER_END.test(unit)) return [];
  return sentenceEnds(unit)
    .map((end) => pastCitations(unit, end))
    .filter((end) => end < unit.length && !keepsGoing(unit, end));
}

/** Footnote marks right after a sentence's full stop belong to it: "…three days prior.[2][3] The army…". */
function pastCitations(text: string, end: number): number {
  const marks = /^(?:\[(?:\d{1,3}|[a-z]|note \d{1,3})\])+/.exec(text.slice(end, end + 40));
  return marks ? end + marks[0].length : end;
}

function pushSpan(text: string, span: Span, sentences: Sentence[]): void {
  const trimmed = trimSpan(text, span[0], span[1]);
  if (!trimmed) return;
  for (const [s, e] of capSpan(text, trimmed)) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
}

// A list item run together with others on one line: a bullet glyph between spaces.
const INLINE_BULLET = /\s[•▪◦●■]\s/g;

/** Lines, and list items within a line, with their item marker or heading marks left out. */
function units(text: string): Span[] {
  const out: Span[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const lineStart = line.index;
    let from = lineStart;
    for (const bullet of line[0].matchAll(INLINE_BULLET)) {
      out.push(unitSpan(text, from, lineStart + bullet.index));
      from = lineStart + bullet.index + 1;
    }
    out.push(unitSpan(text, from, lineStart + line[0].length));
  }
  return out;
}

function unitSpan(text: string, from: number, to: number): Span {
  while (from < to && /\s/.test(text[from]!)) from++;
  return [Math.min(to, from + markerLength(text.slice(from, Math.min(to, from + 12)))), to];
}

/**
 * Whether a library boundary at `at` is a false one, where the text runs on: a quotation closed before its lower-case
 * attribution ("“We left.” he said"), a title before a name ("Maj. Saleh"), an abbreviation inside a phrase
 * ("est. 2.5 million", "June–Nov. 2021").
 */
function keepsGoing(text: string, at: number): boolean {
  if (/^\s*\p{Ll}/u.test(text.slice(at, at + 20))) return true;
  // A range's last word is read alone: "June–Nov. 2021", "Jan.-Feb. 2018".
  const word = wordEndingAt(text, at - 1);
  return ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/^.*[-–—/]/, ''));
}

// Abbreviations whose period does not end a sentence, where the library ends one: titles and ranks before a name,
// and shortened words before a number or a name.
const ABBREVIATIONS = new Set(
  [
    ...'Mr Mrs Ms Mx Dr Prof Rev Sen Rep Gov Pres Gen Brig Col Lt Maj Capt Cpt Sgt Cpl Pvt Adm Cmdr Cdr St Mt Ft No Nos Vol Fig Jr Sr approx est vs Vs'.split(' '),
    ...monthAbbreviations(), // from the date lexicon
  ].map((a) => `${a}.`),
);

/** The word that ends at `at` (inclusive), without opening quotes or brackets. */
function wordEndingAt(text: string, at: number): string {
  let from = at;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  return text.slice(from, at + 1).replace(/^[“"‘'«(\[]+/, '');
}

/** A trimmed span cut into pieces of at most MAX_SENTENCE_CHARS, each trimmed again; offsets stay exact. */
function capSpan(text: string, [start, end]: Span): Span[] {
  const pieces: Span[] = [];
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(text, from);
    const piece = trimSpan(text, from, cut);
    if (piece) pieces.push(piece);
    from = cut;
  }
  const last = trimSpan(text, from, end);
  if (last) pieces.push(last);
  return pieces;
}

const CLAUSE_END = /[,;:–—)\]]/;

/**
 * Where to end a piece that starts at `from`: after the last clause punctuation followed by a space in the second
 * half of the window, else at its last space, else at the window's end (never inside a surrogate pair).
 */
function cutPoint(text: string, from: number): number {
  const limit = from + MAX_SENTENCE_CHARS;
  let space = -1;
  for (let i = limit; i > from + MIN_PIECE_CHARS; i--) {
    if (!/\s/.test(text[i]!)) continue;
    if (CLAUSE_END.test(text[i - 1]!)) return i;
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  return /[\uDC00-\uDFFF]/.test(text[limit]!) ? limit - 1 : limit;
}

function trimSpan(text: string, from: number, to: number): Span | null {
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return from < to ? [from, to] : null;
}
