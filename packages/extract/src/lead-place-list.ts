/**
 * A per-place list after a lead that states no figure of its own, as situation reports and monitors set out where
 * people went or died: "New arrivals were recorded in three territories: 14,000 in Kalehe, 9,500 in Kabare and 3,200
 * in Idjwi", "Displacement continued towards: Dana (58,000), Sarmada (21,000)", "Of those killed: 12 in X, 7 in Y",
 * "The displaced arrived in 24 localities, including 61,000 in Kassala, 38,500 in Gedaref". The lead (the words before
 * a colon or "including") names the category as a label does (`labelCategory`); each member is a figure and its place
 * ("N [noun] in X") or a place and its bracketed figure ("X (N)"): one fact per member, in the lead's category and unit,
 * with the member's place only. A lead that holds a figure of its own is a whole and its list its parts (frame-finder's
 * gapped lists, later-parts.ts); a list of fewer than two members is no list.
 */
import type { Token } from '@frontline/nlp';
import { tokenize } from '@frontline/nlp';
import { sameFigure, type Draft } from './draft.ts';
import { labelCategory } from './frame-finder.ts';
import { labelledDraft } from './list-leads.ts';
import { readHead } from './nouns.ts';
import { findQuantities } from './numbers.ts';
import type { PlaceHit } from './places.ts';
import { PLACE_NAME, placeOf } from './listed-place.ts';

/** What ends the lead and opens its list: a colon, a dash, or "including" (after a comma or not). */
const OPENER = /\s*(?::|\s[–—]|,?\s+including)\s+/u;
/**
 * Or the lead's own preposition of place, when a name and its bracketed figure follow: "Families fled to Goma (35,000),
 * Sake (12,000) and Minova (8,000)", "Civilians were killed in Kharkiv (12), Sumy (5) and Kherson (3)".
 */
const PLACE_OPENER = /\s+(?:to|in|into|towards|across)\s+(?=\p{Lu}[^()]{0,40}\(\s*\d)/u;
/** Members are parted by commas, semicolons and a last "and"; a ranking's "followed by" too. */
const SEPARATOR = /\s*(?:,?\s+followed\s+by\s+|[,;]\s+(?:and\s+)?|\s+and\s+)/gu;
/** "in Kalehe", "to Dana", "at Adré camp": a figure's place after its preposition, a word or two of kind after it. */
const PLACE_AFTER = new RegExp(String.raw`^\s+(?:in|at|to|from|into|towards)\s+(?:the\s+)?(${PLACE_NAME})(?:\s+\p{Ll}+){0,2}$`, 'du');
/** "Dana (58,000)", "Sarmada (21,000 people)": a place and its figure in brackets; in a ranking, "Idlib with 3,000". */
const PLACE_BEFORE = new RegExp(String.raw`^(${PLACE_NAME})\s*(?:\((.+)\)|\s+with\s+(.+))$`, 'du');
/** Words a lead may have: more is a clause of its own, whose list is not the lead's. */
const LEAD_WORDS = 12;
/** The units a member's own noun may name: people, or the households and families they are counted in. */
const UNITS = new Set(['persons', 'families', 'households']);

/** One fact per member of each list after a figureless lead in sentence `s`; drafts read from its members' figures give way. */
export function leadPlaceLists(s: string, drafts: Draft[], places: PlaceHit[]): void {
  const opener = OPENER.exec(s) ?? PLACE_OPENER.exec(s);
  if (!opener) return;
  const lead = s.slice(0, opener.index);
  if (drafts.some((d) => d.kind !== 'territory' && d.figStart < opener.index)) return;
  const from = opener.index + opener[0].length;
  // Most colons and "including"s open no list of figures with their places: two members read up to their names
  // settle that before the lead is tagged, which costs more (the members' places are found only for a list's drafts).
  if (listMembers(s, from, memberParts, 2).length < 2) return;
  const words = tokenize(lead.replace(/^[\s•*·▪-]+/u, '')).filter((t) => t.pos !== 'PUNCT');
  if (!words.length || words.length > LEAD_WORDS) return;
  const named = labelCategory(words as Token[]);
  // "Casualties were reported in two areas: ..." counts the killed and the injured together: no one category.
  if (!named || named.frame.licensed_by === 'cause') return;
  const members = listMembers(s, from, (text, at) => memberDraft(text, at, named, places));
  if (members.length < 2) return;
  for (const d of drafts.filter((x) => members.some((m) => sameFigure(x, m)))) drafts.splice(drafts.indexOf(d), 1);
  drafts.push(...members);
}

/**
 * What `read` makes of each member of the list from `from` to the sentence's end (at most `most`), up to the first
 * that is no figure with its place.
 */
function listMembers<T>(s: string, from: number, read: (text: string, at: number) => T | null, most = Infinity): T[] {
  const end = s.replace(/[\s.]+$/u, '').length;
  const out: T[] = [];
  let at = from;
  for (const sep of [...s.slice(from, end).matchAll(SEPARATOR), null]) {
    const to = sep ? from + sep.index : end;
    const member = read(s.slice(at, to), at);
    if (!member) break;
    out.push(member);
    if (out.length >= most) break;
    if (sep) at = from + sep.index + sep[0].length;
  }
  return out;
}

/** A member's figure, its noun and its place's name ("14,000 in Kalehe", "Dana (58,000)"); null when it is neither. */
function memberParts(text: string) {
  const before = PLACE_BEFORE.exec(text);
  const group = before?.[2] !== undefined ? 2 : 3;
  const figureAt = before ? before.indices![group]![0] : 0;
  const figureText = before ? before[group]! : text;
  const q = findQuantities(figureText)[0];
  if (!q || q.value === null || q.start !== 0) return null;
  const noun = readHead(figureText, q);
  if (noun && !UNITS.has(noun.unit)) return null;
  const after = before ? null : PLACE_AFTER.exec(figureText.slice(noun?.end ?? q.end));
  if (!before && !after) return null;
  if (before && figureText.slice(noun?.end ?? q.end).trim()) return null;
  const nameStart = before ? 0 : (noun?.end ?? q.end) + after!.indices![1]![0];
  return { q, noun, figureAt, nameStart, name: before ? before[1]! : after![1]! };
}

/** The draft of one member at `at` in its sentence: its parts, and its name found among the places; else null. */
function memberDraft(text: string, at: number, named: NonNullable<ReturnType<typeof labelCategory>>, places: PlaceHit[]): Draft | null {
  const parts = memberParts(text);
  if (!parts) return null;
  const { q, noun, figureAt, nameStart, name } = parts;
  const place = placeOf(at + nameStart, name, places);
  if (!place) return null;
  const draft = labelledDraft({ ...named, unit: noun?.unit ?? named.unit }, q, at + figureAt, at);
  return { ...draft, places: [place] };
}
