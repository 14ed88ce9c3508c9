/**
 * "seized A and B on 15 and 19 December, respectively", "five and seven civilians were killed in A and B
 * respectively", "displacing 12,000 and 8,500 people from A and B, respectively": "respectively" pairs the clause's
 * coordinated lists by position. Each place gets its own count and/or its own day; a capture without a count becomes
 * one draft per place. Lists of different lengths pair nothing, so the drafts stay as they were.
 */
import type { Draft } from './draft.ts';
import type { PlaceHit } from './places.ts';
import { findTimes, type TimeHit } from './time.ts';

const RESPECTIVELY = /\brespectively\b/i;
/** What joins two members of a coordinated list: ", ", " and ", ", and ". */
const LINK = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
/** Where a clause opens: what "respectively" pairs lies after it. */
const CLAUSE_OPEN = /[;:]/g;
/** A list of days after its preposition: "on 15 and 19 December", "on Monday and Wednesday", "on December 3, 5 and 9". */
const DAY_LIST = /^(on|in)\s+(.+?)[\s,]*$/i;
const DAY_SPLIT = /\s*,\s*(?:and\s+)?|\s+and\s+/i;
/** A day written without its month ("15" of "15 and 19 December"): it borrows the month its list writes once. */
const BARE_DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;

export function respectively(s: string, drafts: Draft[], places: PlaceHit[]): void {
  const word = RESPECTIVELY.exec(s);
  if (!word) return;
  const open = Math.max(0, ...[...s.slice(0, word.index).matchAll(CLAUSE_OPEN)].map((m) => m.index! + 1));
  const placeRun = lastRun(s, places.filter((p) => p.start >= open && p.end <= word.index));
  const days = dayList(s, open, word.index);
  const counted = lastRun(s, drafts.filter((d) => d.quantity && d.figStart >= open && d.figEnd <= word.index).map((d) => ({ ...d, start: d.figStart, end: d.figEnd })));
  const counts = counted.map((c) => drafts.find((d) => d.figStart === c.start && d.figEnd === c.end)!);
  const lists = [placeRun, days, counts].filter((l) => l.length > 0);
  const n = lists[0]?.length ?? 0;
  // Two lists at least, each of two members or more, all of one length: else the pairing is not known.
  if (lists.length < 2 || n < 2 || lists.some((l) => l.length !== n)) return;
  const own = (d: Draft, i: number): Draft => ({
    ...d,
    places: placeRun.length ? [...d.places.filter((p) => !placeRun.includes(p) && !placeRun.some((r) => r.start === p.start)), placeRun[i]!] : d.places,
    ...(days.length ? { ownTime: days[i]! } : {}),
  });
  if (counts.length) {
    counts.forEach((d, i) => Object.assign(d, own(d, i)));
    return;
  }
  // No counts: each capture naming the places is one draft per place, its figure still the verb.
  for (const d of drafts.filter((x) => !x.quantity && x.cueEnd <= word.index && placeRun.every((p) => x.places.some((q) => q.start === p.start)))) {
    drafts.splice(drafts.indexOf(d), 1, ...placeRun.map((_, i) => own(d, i)));
  }
}

/** The last run of two or more spans joined by list links ("A, B and C"), or [] when none. */
function lastRun<T extends { start: number; end: number }>(s: string, spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let run: T[] = [];
  let best: T[] = [];
  for (const p of sorted) {
    const prev = run[run.length - 1];
    run = prev && LINK.test(s.slice(prev.end, p.start)) ? [...run, p] : [p];
    if (run.length >= 2) best = run;
  }
  return best;
}

/** The days of a list that runs from a time phrase to "respectively", each as its own time phrase; [] when none. */
function dayList(s: string, open: number, end: number): TimeHit[] {
  const first = findTimes(s).find((t) => t.start >= open && t.end <= end && !t.reportDate && !t.since);
  if (!first) return [];
  const m = DAY_LIST.exec(s.slice(first.start, end));
  if (!m) return [];
  const items = m[2]!.split(DAY_SPLIT);
  const dated = items.map((item) => withMonth(item, items));
  if (dated.length < 2 || dated.some((d) => findTimes(`${m[1]} ${d}`).length !== 1)) return [];
  return dated.map((d) => ({ ...first, end: first.start + m[0].trimEnd().replace(/,$/, '').length, text: `${m[1]} ${d}` }));
}

/** "15" of "15 and 19 December" is "15 December"; "5" of "December 3, 5 and 9" is "December 5" ("Dec. 3, 5": "Dec. 5"). */
function withMonth(item: string, items: string[]): string {
  if (!BARE_DAY.test(item)) return item;
  const last = /^(\d{1,2}(?:st|nd|rd|th)?)\s+(\p{L}+.*)$/u.exec(items[items.length - 1]!);
  if (last) return `${item} ${last[2]}`;
  const firstItem = /^(\p{L}+\.?)\s+\d{1,2}(?:st|nd|rd|th)?$/u.exec(items[0]!);
  return firstItem ? `${firstItem[1]} ${item}` : item;
}
