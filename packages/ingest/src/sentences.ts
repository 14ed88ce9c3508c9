/**
 * Sentences of the clean text with UTF-16 offsets (end exclusive), so that every fact can point back at its words.
 * A line break always ends a sentence: headings and datelines are sentences of their own.
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
    if (span) spans.push(span);
    from = cut;
  }
  return spans;
}

/** Whether the punctuation `mark` found at `at` closes a sentence, rather than an abbreviation or an ellipsis. */
function endsSentence(line: string, at: number, mark: string): boolean {
  if (!mark.startsWith('.')) return true;
  if (/^\.{2,}/.test(mark)) return false; // "...": an ellipsis, usually inside a quote
  const word = line.slice(0, at + 1).split(/\s/).pop()!.replace(/^[“"‘'«(\[]+/, '');
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{Lu}\.$/u.test(word)) return false; // an initial: "J. Smith"
  if (/^(?:\p{L}\.){2,}$/u.test(word)) return false; // dotted acronyms: "U.S.", "U.N.", "e.g.", "a.m."
  return true;
}

function trimSpan(line: string, from: number, to: number): [number, number] | null {
  while (from < to && /\s/.test(line[from]!)) from++;
  while (to > from && /\s/.test(line[to - 1]!)) to--;
  return from < to ? [from, to] : null;
}
