/**
 * A "Key figures" panel as a flash update or a PDF's flattened text sets it out: figures on lines of their own, each
 * run of figures followed by as many labels ("1.3M" / "People internally displaced" / "412K" / "Injured", or
 * "2,169 1,412 186,400" / "Killed Injured In shelters"). The figures are paired with the labels in order when the
 * layout says so unambiguously; a label names its category as a label line does (labelCategory: the frames table).
 * One draft per pair, on the figure's line, its cue the label. A layout that does not fit gives nothing:
 * figures left without labels, labels that do not split into as many as the figures, a label line before the first
 * figure (labels may stand above their figures as well). A heading between a figure and its label is no category
 * phrase, so nothing is paired across it.
 */
import type { Sentence } from '@frontline/schema';
import { tokenize } from '@frontline/nlp';
import type { Token } from '@frontline/nlp';
import type { Draft } from './draft.ts';
import { isHeadingLine } from './discourse.ts';
import { labelCategory } from './frame-finder.ts';
import { labelledDraft } from './list-leads.ts';
import type { QuantityHit } from './numbers.ts';
import { findQuantities, isDateOrYear } from './numbers.ts';
import { findTimes } from './time.ts';
import type { TimeHit } from './time.ts';

/** A label is a few words ("People internally displaced", "Refugees in neighbouring countries"); more is prose. */
const LABEL_WORDS = 6;
/** A caption's label may run a little longer, its place said ("People hosted in UNRWA and government shelters"). */
const CAPTION_WORDS = 8;
/** A line of labels holds a few of them. */
const LINE_WORDS = 20;

interface Label {
  text: string;
  /** Article offsets. */
  start: number;
  end: number;
  /** The time phrase its line states ("... as of 31 December 2020", "... since 1 January"): the figure's date. */
  time?: TimeHit;
}

/** The drafts of an article's key-figures panels, by the index of the sentence (line) that holds the figures. */
export function keyFigures(text: string, sentences: Sentence[]): Map<number, Draft[]> {
  const out = new Map<number, Draft[]>();
  for (let i = 0; i < sentences.length; ) {
    // A panel starts at its first figure line: one that fails is not read again from its second.
    const before = sentences[i - 1];
    const first = figureLine(text, sentences[i]!) && !(before && figureLine(text, before)) && !labelAbove(text, before);
    const read = first ? panel(text, sentences, i) : null;
    if (!read) {
      i++;
      continue;
    }
    for (const [index, drafts] of read.drafts) out.set(index, [...(out.get(index) ?? []), ...drafts]);
    i = read.next;
  }
  return out;
}

/**
 * Reads a panel from its first figure line: runs of figures, each followed by its labels, while figure lines follow.
 * Null when a run finds no labels that fit (an ambiguous layout gives nothing).
 */
function panel(text: string, sentences: Sentence[], first: number): { drafts: Map<number, Draft[]>; next: number } | null {
  const drafts = new Map<number, Draft[]>();
  let i = first;
  const figuresAt = (k: number): QuantityHit[] | null => (k < sentences.length ? figureLine(text, sentences[k]!) : null);
  while (figuresAt(i)) {
    const run: { sentence: Sentence; figures: QuantityHit[] }[] = [];
    for (let figures = figuresAt(i); figures; figures = figuresAt(++i)) run.push({ sentence: sentences[i]!, figures });
    const count = run.reduce((n, r) => n + r.figures.length, 0);
    // Several figures on several lines each: no order of reading is sure.
    if (run.length > 1 && count !== run.length) return null;
    const labels = labelsFor(text, sentences, i, count);
    // A figure left without a label may be the last of labels standing above their figures: nothing is sure.
    if (!labels) return null;
    const paired = run.flatMap((r) => r.figures.map((q) => ({ sentence: r.sentence, q }))).map((f, k) => ({ ...f, draft: pair(f.q, labels.labels[k]!) }));
    // A caption that names nothing after runs that paired ends the panel there, those pairs kept: the layout, figure
    // over label, still held ("Refugees in the country as of 2 November" under the third figure). A line that ends
    // like a sentence may be prose after a figure left without a label: nothing is sure then.
    if (labels.strict && paired.some((p) => !p.draft)) return drafts.size && !endsSentence(sentences[i]!) ? { drafts, next: i } : null;
    i += labels.lines;
    for (const { sentence, draft } of paired) if (draft) drafts.set(sentence.index, [...(drafts.get(sentence.index) ?? []), draft]);
  }
  return { drafts, next: i };
}

/**
 * The labels of `count` figures from line `at` on: one line that splits into as many labels (at runs of spaces, as
 * a flattened PDF keeps its columns, or else at each capitalised word: "Killed Injured In shelters"), or as many
 * lines of one label each. Labels split at capitals are a guess: `strict` says each must then name a category.
 */
function labelsFor(text: string, sentences: Sentence[], at: number, count: number): { labels: Label[]; lines: number; strict: boolean } | null {
  const line = sentences[at];
  const caption = count === 1 && line ? captionHead(text, line) : null;
  if (caption) return { labels: [caption], lines: 1, strict: true };
  if (!line || !labelLine(text, line)) return null;
  const columns = split(line, /\s{2,}|\t/);
  if (count > 1 && columns.length === count) return { labels: columns, lines: 1, strict: false };
  const capitals = split(line, /\s+(?=\p{Lu})/u);
  if (count > 1 && columns.length === 1 && capitals.length === count) return { labels: capitals, lines: 1, strict: true };
  const lines = sentences.slice(at, at + count);
  if (lines.length < count || !lines.every((s) => labelLine(text, s))) return null;
  const labels = lines.map((s) => ({ text: s.text.trim(), start: s.start + s.text.indexOf(s.text.trim()), end: s.start + s.text.trimEnd().length }));
  return labels.some((l) => l.text.split(/\s+/).length > LABEL_WORDS) ? null : { labels, lines: count, strict: false };
}

/** The pieces of a line between matches of `at`, with their article offsets. */
function split(line: Sentence, at: RegExp): Label[] {
  const out: Label[] = [];
  const re = new RegExp(at.source, `${at.flags.replace('g', '')}g`);
  let from = 0;
  const push = (end: number) => {
    const piece = line.text.slice(from, end);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim()) out.push({ text: piece.trim(), start: line.start + from + lead, end: line.start + from + lead + piece.trim().length });
  };
  for (const m of line.text.matchAll(re)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(line.text.length);
  return out;
}

/** The draft of a figure and its label, or null when the label names no category. */
function pair(q: QuantityHit, label: Label): Draft | null {
  // Its own case: a people named by where they are from is a capitalised plural ("Ukrainians killed").
  const named = labelCategory(tokenize(label.text) as Token[]);
  if (!named) return null;
  const draft: Draft = { ...labelledDraft(named, q, 0, q.start), label: { start: label.start, end: label.end } };
  // The label's own time phrase dates the figure, as a figure listed under a dated whole is (wholeTime); "since" makes
  // it a running total.
  const time = label.time ?? findTimes(label.text)[0];
  return time ? { ...draft, wholeTime: time.text, cumulative: time.since } : draft;
}

/** A line of nothing but figures ("1.3M", "2,169 1,412 186,400"), no year or date among them: its figures. */
function figureLine(text: string, s: Sentence): QuantityHit[] | null {
  if (!isHeadingLine(text, s.start, s.text)) return null;
  const figures = findQuantities(s.text);
  if (!figures.length || figures.some((q) => q.value === null || isDateOrYear(s.text, q))) return null;
  let rest = s.text;
  for (const q of [...figures].reverse()) rest = rest.slice(0, q.start) + ' ' + rest.slice(q.end);
  return rest.trim() === '' ? figures : null;
}

/** A line of a few words, no figure, not ending like a sentence: a label or a heading. */
function labelLine(text: string, s: Sentence): boolean {
  return isHeadingLine(text, s.start, s.text) && !/\d/.test(s.text) && s.text.trim().split(/\s+/).length <= LINE_WORDS;
}

/**
 * A figure's caption that goes on past its label: "Palestinians killed, including 400 children." or "People in
 * collective centres (as of 3 May)." on the line below one figure. Its head, up to the first comma, bracket or
 * "including", is the label; the rest details it and is read as a sentence of its own. Null for a line that is not
 * such a caption, or one whose head is already a whole label line (read as one).
 */
function captionHead(text: string, s: Sentence): Label | null {
  const line = s.text.trim();
  const lineStart = s.start + s.text.indexOf(line);
  if (labelLine(text, s) || !onOwnLine(text, lineStart, line)) return null;
  // "IDPs within the country since 1 January 2021": a time phrase after the label ends it as a comma would.
  const time = findTimes(line)[0];
  const tail = CAPTION_TAIL.exec(line)?.index;
  const cut = Math.min(tail ?? line.length, time && time.start > 0 ? time.start : line.length);
  if (cut === 0 || (tail === undefined && !time)) return null;
  const head = line.slice(0, cut).trim();
  if (/\d/.test(head) || head.split(/\s+/).length > CAPTION_WORDS) return null;
  return { text: head, start: lineStart, end: lineStart + head.length, ...(time ? { time } : {}) };
}

/** Where a caption's label ends: a comma, bracket, dash, "including" or "of whom", or the line's full stop. */
const CAPTION_TAIL = /\s*(?:[,(;:–—]|\bincluding\b|\bof whom\b|\.$)/u;

/** A line that ends as a sentence of prose does, with its full stop. */
function endsSentence(s: Sentence): boolean {
  return /[.!?]\s*$/.test(s.text);
}

/** A line that has the whole of a line of the text to itself, between line breaks. */
function onOwnLine(text: string, start: number, line: string): boolean {
  return (start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, start - 12), start))) && /^[ \t]*(?:\n|$)/.test(text.slice(start + line.length, start + line.length + 12));
}

/** A label line standing right above a figure: labels may head their figures, so the panel's order is not sure. */
function labelAbove(text: string, s: Sentence | undefined): boolean {
  return !!s && labelLine(text, s) && labelCategory(tokenize(s.text.trim().toLowerCase()) as Token[]) !== null;
}
