/**
 * Estimates set out one per source, each after its source's label: fact sheets and monitors give a toll, then who
 * counted what ("More than 2,300 people killed. Provincial health office: at least 800; Church estimate: over 900"),
 * a situation report a heading that names the harm over lines of sources ("Casualties" / "Local officials: 1,150"),
 * or a label that names both ("Deaths (ministry estimate): 2,300"). The figure stands bare after the label's colon
 * (or right after a claim noun: "municipal count 410"), so no frame reads it. Each is a fact of the harm the
 * label, the paragraph's earlier toll or the heading names, with the label's source as its reporter. A label must
 * name a source (a claim noun or a body: data/label-sources.csv): "Town A: 430" or "Date: 2016" is no estimate.
 */
import { tokenize } from '@frontline/nlp';
import type { Draft } from './draft.ts';
import { sameFigure } from './draft.ts';
import { KIND_OF } from './figures.ts';
import { labelCategory } from './frame-finder.ts';
import { CLAIM_WORDS, SOURCE_WORDS } from './label-sources.ts';
import { labelledDraft } from './list-leads.ts';
import { readHead } from './nouns.ts';
import { findQuantities } from './numbers.ts';

const SOURCE = new RegExp(String.raw`\b(?:${SOURCE_WORDS})\b`, 'iu');
const CLAIM = new RegExp(String.raw`\b(?:${CLAIM_WORDS})\b`, 'iu');
/** "municipal count 410": a claim noun right before the figure, no colon. */
const BARE_LABEL = new RegExp(String.raw`(?:^|[;,•]\s*)((?:[\p{L}'’-]+\s+){0,4}?(?:${CLAIM_WORDS}))\s+(?=\d)`, 'giu');
/**
 * Where a label starts: a semicolon, a bullet, or a full stop ending a word before a capital ("... 380. Rights
 * monitor:"); a date's "12. Mar. 2019" inside a label ends nothing (a digit before the stop, a digit after it).
 */
const SEGMENT = /[;•]\s*|(?<=[^\d\s]{2})\.\s+(?=\p{Lu})/gu;
/** A label longer than this is a sentence ending in a colon, not a source's name. */
const LABEL_WORDS = 14;
/** After a bare figure: the segment's end, or a comment in brackets ("740 (unconfirmed)"). */
const AFTER = /^\s*(?:[.;,(]|$)/u;
/** A heading line is short. */
const HEADING_WORDS = 8;

type Lead = Pick<Draft, 'kind' | 'category' | 'group' | 'unit' | 'cumulative'>;

/** The harm the labels after it count: the paragraph's last toll, or a heading's. */
export class LabelledEstimates {
  private paragraph: Lead | null = null;
  private heading: Lead | null = null;

  /** The sentence's labelled estimates no other finder read; the leads move on. */
  read(s: string, drafts: Draft[], paragraphStart: boolean): Draft[] {
    if (paragraphStart) this.paragraph = null;
    const out: Draft[] = [];
    for (const label of labels(s)) {
      const earlier = drafts.filter((d) => tollLike(d) && d.figEnd <= label.start).at(-1);
      const own = labelHarm(label.text);
      const lead = own ?? (earlier ? leadOf(earlier) : this.paragraph ?? this.heading);
      if (!lead) continue;
      const d = estimate(s, label, lead);
      if (d && ![...drafts, ...out].some((x) => sameFigure(x, d))) out.push(d);
    }
    const last = [...drafts, ...out].filter(tollLike).at(-1);
    if (last) this.paragraph = leadOf(last);
    this.moveHeading(s, drafts.length + out.length > 0, out.length > 0);
    return out;
  }

  /** A figureless short line naming a harm heads the labels under it; a line that is no label line ends it. */
  private moveHeading(s: string, figures: boolean, labelled: boolean): void {
    if (labelled) return;
    const line = s.trim().replace(/:$/u, '');
    const harm = !figures && line.split(/\s+/u).length <= HEADING_WORDS ? labelHarm(line) : null;
    this.heading = harm;
  }
}

interface Label {
  text: string;
  start: number;
  /** Where the figure's text starts (after the colon). */
  at: number;
}

/** The labels of a sentence that name a source, each with where its figure starts. */
function labels(s: string): Label[] {
  const out: Label[] = [];
  const starts = [0, ...[...s.matchAll(SEGMENT)].map((m) => m.index + m[0].length)];
  for (let colon = s.indexOf(':'); colon >= 0; colon = s.indexOf(':', colon + 1)) {
    const start = starts.filter((k) => k <= colon).at(-1)!;
    const text = s.slice(start, colon).trim();
    if (text && text.split(/\s+/u).length <= LABEL_WORDS && SOURCE.test(text)) out.push({ text, start, at: colon + 1 });
  }
  for (const m of s.matchAll(BARE_LABEL)) out.push({ text: m[1]!, start: m.index + m[0].length - m[1]!.length - 1, at: m.index + m[0].length });
  return out.sort((a, b) => a.at - b.at);
}

/** The draft of a label's bare figure in the lead's harm, or null when a noun follows the figure or no figure does. */
function estimate(s: string, label: Label, lead: Lead): Draft | null {
  const rest = s.slice(label.at);
  const space = rest.length - rest.trimStart().length;
  const q = findQuantities(rest)[0];
  if (!q || q.value === null || q.start !== space) return null;
  if (readHead(rest, q) || !AFTER.test(rest.slice(q.end))) return null;
  const d = labelledDraft({ ...lead, unit: lead.unit || 'persons' }, q, label.at, label.start);
  return { ...d, group: lead.group || d.group, cumulative: lead.cumulative, reporter: sourceOf(label.text), ownReporter: true };
}

/** The harm a label's own words name outside its brackets ("Deaths (ministry estimate)": killed), or null. */
function labelHarm(text: string): Lead | null {
  const words = tokenize(text.replace(/\([^)]*\)/gu, ' ').toLowerCase()).filter((t) => t.pos !== 'PUNCT');
  if (!words.length || words.some((t) => t.pos === 'NUM')) return null;
  const named = labelCategory(words);
  if (!named) return null;
  const kind = KIND_OF[named.category];
  return { kind, category: named.category, group: kind === 'casualty' ? named.group ?? '' : '', unit: named.unit ?? 'persons', cumulative: false };
}

/**
 * The source a label names: the words in its brackets when its own words name the harm ("Deaths (ministry
 * estimate)"), else the label; without its claim noun and what follows it ("police statement on 25 May": police).
 */
function sourceOf(text: string): string {
  const bracket = /\(([^)]*)\)/u.exec(text);
  const outside = text.replace(/\([^)]*\)/gu, ' ');
  // "Mar. 2019 (given by a district chief)": a label whose own words name no source has it in its brackets.
  const inBracket = bracket && (labelHarm(text) || !SOURCE.test(outside));
  const own = inBracket ? bracket[1]!.replace(/^\s*(?:given|stated|reported)\s+by\s+/iu, '') : outside;
  const claim = CLAIM.exec(own);
  const name = (claim ? own.slice(0, claim.index) : own).replace(/^\s*(?:the|an?)\s+/iu, '').trim();
  return name || own.trim();
}

const tollLike = (d: Draft): boolean => (d.kind === 'casualty' || d.kind === 'displacement') && !d.part && d.quantity?.value != null;

const leadOf = (d: Draft): Lead => ({ kind: d.kind, category: d.category, group: d.group, unit: d.unit, cumulative: d.cumulative });
