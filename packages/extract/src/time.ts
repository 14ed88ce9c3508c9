/**
 * Time phrases as written: the words that date a figure ("on Friday night", "since Mar. 3", "between April 2
 * and April 9", "over the past ten days"). Normalize parses them with chrono-node, so date words are kept whole.
 */
import { allMatches, MONTH_RE, WEEKDAY_RE } from './text.ts';

export interface TimeHit {
  start: number;
  end: number;
  text: string;
  /** "since ..." and friends: the figure is a running total. */
  since: boolean;
  /** The phrase dates a report ("said on Monday", "reported on January 4"), not the event. */
  reportDate: boolean;
}

const NUM = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|few)`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?(?!\d)`;
const YEAR = String.raw`(?:19|20)\d\d`;
/** A calendar date: "Mar. 3", "March 3, 2019", "3 March 2019", "May 2019", "mid-2014", "early April". */
// "the 25th of December (2017)": a monitor's way of writing a day.
const DATE = String.raw`(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[-\s])?(?:the\s+${DAY}\s+of\s+${MONTH_RE}(?:,?\s+${YEAR})?|${MONTH_RE}\s+${DAY}(?:,?\s+${YEAR})?|${DAY}\s+${MONTH_RE}(?:\s+${YEAR})?|${MONTH_RE}(?:\s+${YEAR})?|${YEAR}|${WEEKDAY_RE}|Christmas(?:\s+Day)?|New\s+Year(?:'s|’s)?(?:\s+Day)?)`;
const PERIOD = String.raw`(?:hours?|days?|weeks?|months?|years?|weekend|fortnight)`;

const PATTERNS: RegExp[] = [
  // since the assault by X started on May 6 / since clashes erupted in June / since March 2011 / since then
  new RegExp(String.raw`\b[Ss]ince\s+(?:(?:the\s+)?(?:[\p{L}\p{N}’'()\-]+\s+){0,16}?(?:on|in)\s+)?${DATE}`, 'gu'),
  /\b[Ss]ince\s+(?:then|that\s+time|the\s+(?:start|beginning|launch|outbreak)\s+of\s+(?:the|its|their|this)\s+(?:[\p{L}\-]+\s+)?(?:year|month|week|offensive|war|conflict|campaign|assault|operation|battle|uprising|revolution|fighting|escalation))\b/gu,
  new RegExp(String.raw`\b[Bb]etween\s+${DATE}\s+and\s+${DATE}`, 'g'),
  // A range that writes its month once: "between 4 and 9 February", "from 4 to 9 Feb", "between February 4 and 9".
  new RegExp(String.raw`\b(?:[Bb]etween\s+${DAY}\s+and|[Ff]rom\s+${DAY}\s+(?:to|until|till))\s+${DAY}\s+${MONTH_RE}(?:\s+${YEAR})?`, 'g'),
  new RegExp(String.raw`\b(?:[Bb]etween\s+${MONTH_RE}\s+${DAY}\s+and|[Ff]rom\s+${MONTH_RE}\s+${DAY}\s+(?:to|until|till))\s+${DAY}(?:,?\s+${YEAR})?(?![\s-]*(?:people|civilians|persons|families|%))`, 'g'),
  // A span a title or lead gives its events: "(October 2017–February 2018)", "2017–2018", "March–June 2019".
  new RegExp(String.raw`\b(?:(?:${MONTH_RE}\s+)?${YEAR}\s*[–—-]\s*(?:${MONTH_RE}\s+)?${YEAR}|${MONTH_RE}\s*[–—-]\s*${MONTH_RE}\s+${YEAR})\b`, 'g'),
  // Two days of one month: "On 21–22 January", "on 9 and 10 January", "on January 9 and 10".
  new RegExp(String.raw`\b(?:[Oo]n|[Bb]etween)\s+(?:${DAY}\s*(?:[–—-]|and|to)\s*${DAY}\s+${MONTH_RE}|${MONTH_RE}\s+${DAY}\s*(?:[–—-]|and)\s*${DAY}(?![\s-]*(?:people|civilians|persons|families|%)))(?:,?\s+${YEAR})?`, 'g'),
  // A part of a dated day: "On the night of 3 January", "on the morning of March 5".
  new RegExp(String.raw`\b[Oo]n\s+the\s+(?:night|morning|evening|afternoon)\s+of\s+${DATE}`, 'g'),
  // A stock's own date: "as of 28 February", "as at 3 March 2018".
  new RegExp(String.raw`\b[Aa]s\s+(?:of|at)\s+${DATE}`, 'g'),
  new RegExp(String.raw`\b(?:[Ff]rom)\s+${DATE}\s+(?:to|until|till)\s+${DATE}`, 'g'),
  new RegExp(String.raw`\b(?:[Oo]ver|[Ii]n|[Dd]uring|[Ww]ithin)\s+the\s+(?:past|last|previous)\s+(?:${NUM}\s+)?${PERIOD}`, 'g'),
  new RegExp(String.raw`\b(?:${NUM}|[Ff]our|[Tt]wo|[Tt]hree|[Ff]ive|[Aa]|[Oo]ne)\s+${PERIOD}\s+(?:after|before|later|ago)\b(?:\s+[^,.;]{1,80})?`, 'g'),
  /\b(?:[Oo]ver|[Dd]uring)\s+the\s+(?:weekend|night|holiday)\b/g,
  /\b(?:(?:[Ll]ate|[Ee]arly)\s+)?(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier\s+this|[Ll]ater\s+this)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)\b/g,
  new RegExp(String.raw`\b(?:[Ll]ast|[Tt]his|[Ee]arly\s+last|[Ll]ate\s+last)\s+${MONTH_RE}\b`, 'g'),
  new RegExp(String.raw`\b(?:[Oo]n\s+)?${WEEKDAY_RE}(?:\s+(?:night|morning|evening|afternoon|alone))*(?:,\s+${MONTH_RE}\s+${DAY}(?:,\s+${YEAR})?)?`, 'g'),
  new RegExp(String.raw`\b(?:[Oo]n|[Bb]y|[Ii]n|[Aa]t|[Dd]uring|[Uu]ntil|[Tt]hroughout)\s+(?:the\s+end\s+of\s+|the\s+start\s+of\s+|early\s+|mid-|late\s+|mid\s+)?${DATE}`, 'g'),
  new RegExp(String.raw`\b(?:[Oo]n\s+)?${MONTH_RE}\s+${DAY}(?:,?\s+${YEAR})?`, 'g'),
  /\b(?:[Ii]n|[Oo]ver|[Dd]uring)\s+(?:recent|the\s+coming)\s+(?:days|weeks|months)\b/g,
  /\b(?:[Tt]oday|[Yy]esterday|[Tt]onight|[Oo]vernight|[Ee]arlier\s+today)\b/g,
  // Anaphoric: dated by the date the text has reached (the document layer), not by the report's day.
  /\b(?:[Tt]he\s+(?:next|following|previous)\s+(?:day|morning|evening|night)|[Tt]he\s+day\s+(?:after|before)(?!\s+\w+day)|(?:[Ll]ater|[Ee]arlier)\s+(?:that|the\s+same)\s+(?:day|morning|evening|night|week)|(?:[Oo]n\s+)?(?:[Tt]hat|[Tt]he\s+same|[Tt]hat\s+same)\s+(?:day|morning|evening|night)|[Tt]he\s+following\s+week)\b/g,
];

/** A reporting verb shortly before the phrase ("told Reuters on Friday", "reported on March 3"). */
const REPORT_VERB_NEAR = /\b(?:said|says|told|tells|reported|announced|stated|posted|released|published|quoted)\b[^,.;]{0,30}$/;

/** Every time phrase in a sentence; overlapping matches keep the longest. */
export function findTimes(s: string): TimeHit[] {
  const hits: TimeHit[] = [];
  // "for the first time since 2012" dates a record, not the fact: nothing inside it counts.
  const records = allMatches(/\bfirst\s+time\s+(?:since|in)\b[^,.;]*/gi, s).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const re of PATTERNS) {
    for (const m of allMatches(re, s)) {
      const text = m[0].replace(/[\s,]+$/, '');
      const before = s.slice(0, m.index);
      if (records.some((r) => m.index >= r.start && m.index < r.end)) continue;
      const after = s.slice(m.index + text.length);
      const reportDate = !/^(?:since|between|from|as)\b/i.test(text) && (REPORT_VERB_NEAR.test(before) || /^\s*that\b/.test(after));
      hits.push({ start: m.index, end: m.index + text.length, text, since: /^since\b/i.test(text), reportDate });
    }
  }
  return longestFirst(hits);
}

function longestFirst(hits: TimeHit[]): TimeHit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: TimeHit[] = [];
  for (const h of sorted) if (!out.some((o) => h.start < o.end && o.start < h.end)) out.push(h);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The phrase that dates a figure: the nearest one to the figure/verb span, preferring phrases in the same clause
 * and those that date the event over those that date the report.
 */
export function pickTime(s: string, times: TimeHit[], span: { start: number; end: number }): TimeHit | null {
  let best: TimeHit | null = null;
  let bestScore = Infinity;
  for (const t of times) {
    const gapStart = Math.min(t.end, span.end);
    const gapEnd = Math.max(t.start, span.start);
    const between = gapEnd > gapStart ? s.slice(gapStart, gapEnd) : '';
    // "..., which marks the worst escalation since the group last seized it in 2012": a running total's start in
    // another clause is background, never the date of this figure.
    if (t.since && /,\s*(?:which|who|where|the\s+first|the\s+most|the\s+worst|the\s+biggest|marking)\b/.test(between)) continue;
    let score = between.length;
    if (/[;:]|\bbut\b|\bwhile\b|\bwhere\b|\bwhich\b|\bwho\b/.test(between)) score += 150;
    if (/,/.test(between)) score += 20;
    if (t.reportDate) score += 500;
    if (score < bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}
