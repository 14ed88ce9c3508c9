/**
 * Verb-driven territorial changes without a count: "captured the town of X", "the villages of A, B and C were
 * seized", "X fell to Y", "lost X to Y", "entered X", "advanced deeper into X", "the capture of X".
 * Intentions ("seek to retake", "aims to capture") are not facts; a change needs at least one place.
 */
import type { Category, PlaceMention } from '@frontline/schema';
import { actorAfter, claimant, subjectActor } from './actors.ts';
import { isIntention } from './cues.ts';
import type { ArticleMemory, Draft } from './draft.ts';
import { beneficiary } from './figures.ts';
import type { PlaceHit } from './places.ts';
import { isGovernorate } from './places.ts';
import { allMatches, overlaps } from './text.ts';

interface VerbHit {
  start: number;
  end: number;
  category: Category;
  voice: 'active' | 'passive' | 'fell' | 'lost' | 'noun' | 'into';
}

const CAPTURE = String.raw`captur(?:ed|ing|es?)|seiz(?:ed|ing|es?)|took(?:\s+(?:full\s+)?control\s+of|\s+over)?|tak(?:ing|es?)(?:\s+(?:full\s+)?control\s+of|\s+over)|taken\s+(?:(?:full\s+)?control\s+of|over)|retook|retak(?:en|ing|es?)|recaptur(?:ed|ing|es?)|regain(?:ed|ing|s)?(?:\s+control\s+of)?|freed|freeing|liberat(?:ed|ing|es?)|overr[au]n|overrunning|seized\s+control\s+of|gained\s+control\s+of|wrested\s+(?:control\s+of\s+)?`;
const ENTER = String.raw`enter(?:ed|ing|s)?|storm(?:ed|ing|s)?|broke\s+into|break(?:ing|s)?\s+into|breach(?:ed|ing|es)?`;
const PASSIVE = String.raw`(?:was|were|been|being|is|are)\s+(?:(?:reportedly|also|now|fully|later|finally|recently)\s+)?(captured|seized|taken|retaken|recaptured|liberated|freed|overrun|stormed|entered|breached)`;

const VERBS: [RegExp, Category, VerbHit['voice']][] = [
  [new RegExp(String.raw`\b${PASSIVE}\b`, 'gi'), 'captured', 'passive'],
  [/\b(?:fell|falls|fallen|falling)\s+(?:back\s+|again\s+)?(?:in(?:to)?\s+the\s+hands\s+of|to|under\s+the\s+control\s+of)\b/gi, 'captured', 'fell'],
  [/\b(?:lost|losing|loses?)(?:\s+control\s+(?:of|over))?\b/gi, 'captured', 'lost'],
  [/\b(?:the\s+)?(?:capture|fall|recapture|seizure|liberation|takeover)\s+of\b/gi, 'captured', 'noun'],
  [new RegExp(String.raw`\b(?:${CAPTURE})\b`, 'gi'), 'captured', 'active'],
  [new RegExp(String.raw`\b(?:${ENTER})\b`, 'gi'), 'entered', 'active'],
  // "drove Kurdish fighters out of X", "expelled IS from X": X changed hands.
  [/\b(?:drove|driven|driving|expelled|expelling|ousted|ousting|pushed|pushing|kicked)\s+(?:[^,.;]{1,40}?)\s+(?:out\s+of|from)\b/gi, 'captured', 'active'],
  [/\b(?:advanc(?:ed|ing|es)|push(?:ed|ing|es)|mov(?:ed|ing)|press(?:ed|ing))\s+(?:(?:deeper|further|farther)\s+)?(?:in)?to\b/gi, 'advanced', 'into'],
];

/**
 * Words allowed between a verb and its direct-object place ("took government-held districts of the city of X",
 * "storm the strategic border town of X"): lower-case words that do not open another phrase or clause.
 */
const OBJECT_STOP = /^(?:near|in|on|at|to|from|with|toward|towards|into|after|before|during|amid|while|by|for|as|since|until|and|or|but|that|which|who|where|when|than|against|despite|between|through|across|around|outside|inside|within|via|under|over|without|is|was|were|are|be|been|has|have|had|not|no)$/i;
const OBJECT_WORD = /^(?:\p{Ll}[\p{L}\-’']*|of)$/u;

const CAPITAL = /\b(?:the\s+)?(?:provincial\s+capital|capital\s+(?:city\s+)?of\s+the\s+(?:province|governorate)|(?:province|governorate)['’]s\s+capital)/i;
const BACK_REFERENCE = /^\s+(?:the\s+)?(?:(?:strategic|military|key|former)\s+)?(airbase|air\s+base|airport|base|town|city|village|crossing|camp)\b/i;

function findVerbs(s: string): VerbHit[] {
  const hits: VerbHit[] = [];
  for (const [re, category, voice] of VERBS) {
    for (const m of allMatches(re, s)) {
      const h = { start: m.index, end: m.index + m[0].length, category, voice };
      if (!hits.some((o) => overlaps(o, h))) hits.push(h);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * What joins the places of one object list: commas, "and", "as well as", "along with", with an optional noun before
 * the next name ("A, B and C, as well as the village of D").
 */
const LIST_LINK = /^(?:\s+(?:province|city|town|village|countryside|area|(?:military\s+)?(?:airport|airbase)))?(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+|along\s+with\s+)?|\s+(?:and|as\s+well\s+as|along\s+with)\s+)(?:the\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}(?:villages?|towns?|city|hamlets?|hills?|districts?|neighbou?rhoods?|localit(?:y|ies))\s+of\s+)?$/iu;

/** Places forming the direct object: the first place right after the verb, and the list it starts. */
function objectPlaces(s: string, places: PlaceHit[], from: number): PlaceHit[] {
  const first = places.find((p) => p.start >= from);
  if (!first) return [];
  const gap = s.slice(from, first.start).trim();
  if (gap && !gap.split(/\s+/).every((w) => OBJECT_WORD.test(w.replace(/['’]s$/, '')) && !OBJECT_STOP.test(w))) return [];
  const out = [first];
  for (const p of places.filter((q) => q.start > first.start)) {
    const link = s.slice(out[out.length - 1]!.end, p.start);
    if (!LIST_LINK.test(link)) break;
    out.push(p);
  }
  return out;
}

/** The clause start before a verb: sentence start, or after "said", "that", "when", ";". */
function clauseStart(s: string, at: number): number {
  const before = s.slice(0, at);
  const ms = [...before.matchAll(/[;:]|\b(?:said|says|announced|claimed|that|when|after|while|where|which|who)\b/g)];
  return ms.length ? ms[ms.length - 1]!.index! + ms[ms.length - 1]![0].length : 0;
}

/** "where/that ... entered" with no object of its own: the place the relative clause hangs on. */
function antecedent(s: string, places: PlaceHit[], verbStart: number): PlaceHit[] {
  const before = s.slice(0, verbStart);
  const rel = [...before.matchAll(/\b(?:where|that|which)\b/g)].pop();
  if (!rel) return [];
  const between = before.slice(rel.index!);
  if (places.some((p) => p.start >= rel.index! && p.start < verbStart) || /[;]/.test(between)) return [];
  const cand = places.filter((p) => p.end <= rel.index!);
  return cand.length ? [cand[cand.length - 1]!] : [];
}

/** "the provincial capital" → the province's name: "also called X", the sentence's province, or the last one named. */
function capitalOf(s: string, places: PlaceHit[], span: { start: number; end: number }, memory: ArticleMemory): Found | null {
  const text = s.slice(span.start, span.end);
  const m = CAPITAL.exec(text);
  if (!m) return null;
  const end = span.start + m.index + m[0].length;
  const called = /^,?\s*(?:also\s+)?(?:called|named|known\s+as)\s+/i.exec(s.slice(end));
  const named = called ? places.find((p) => p.start === end + called[0].length) : undefined;
  if (named) return { local: [{ ...named, feature_hint: 'city' }], article: [], end: named.end };
  const province = places.filter((p) => isGovernorate(p.text)).pop();
  if (province) return { local: [{ ...province, feature_hint: 'city', near: false }], article: [], end };
  const earlier = [...memory.places].reverse().find((p) => isGovernorate(p.text));
  return earlier ? { local: [], article: [{ ...earlier, feature_hint: 'city', near: false }], end } : null;
}

interface Found {
  local: PlaceHit[];
  article: PlaceMention[];
  end: number;
}

/** "stormed the base": the last airbase (town, camp...) named earlier in the article. */
function backReference(s: string, from: number, memory: ArticleMemory): PlaceMention[] {
  const m = BACK_REFERENCE.exec(s.slice(from));
  if (!m) return [];
  const noun = m[1]!.toLowerCase();
  const feature = /air|base/.test(noun) ? 'airbase' : noun;
  const prev = [...memory.places].reverse().find((p) => p.feature_hint === feature);
  return prev ? [prev] : [];
}

function actorFor(s: string, v: VerbHit, objectEnd: number, memory: ArticleMemory): string {
  // "fell to them": the pronoun stands for an actor of the previous sentences.
  if (v.voice === 'fell') return actorAfter(s, v.end) || (/^\s+them\b/i.test(s.slice(v.end)) ? recentActor(memory) : '');
  if (v.voice === 'lost') return beneficiary(s, objectEnd);
  if (v.voice === 'passive') {
    const by = /^\s+by\s+/i.exec(s.slice(v.end));
    return (by ? actorAfter(s, v.end + by[0].length) : '') || claimant(s, v.start) || recentActor(memory);
  }
  if (v.voice === 'noun') {
    const by = /^[^,;.]*?\bby\s+/i.exec(s.slice(objectEnd));
    return (by ? actorAfter(s, objectEnd + by[0].length) : '') || recentActor(memory);
  }
  return subjectActor(s, v.start) || recentActor(memory);
}

export function recentActor(memory: ArticleMemory): string {
  return memory.subjects.slice(-2).reverse().find((a) => a) ?? '';
}

/** Territory facts read off capture/entry/advance verbs, skipping verbs already used by a counted figure. */
export function territoryDrafts(
  s: string,
  places: PlaceHit[],
  usedVerbs: { start: number; end: number }[],
  memory: ArticleMemory,
): Draft[] {
  const drafts: Draft[] = [];
  for (const v of findVerbs(s)) {
    if (usedVerbs.some((u) => overlaps(u, v))) continue;
    if (v.voice !== 'noun' && isIntention(s, v.start)) continue;
    if (v.voice === 'noun' && /\b(?:its|their|his|her)\s+$/i.test(s.slice(0, v.start))) continue;
    const found = placesOf(s, places, v, memory);
    if (!found.local.length && !found.article.length) continue;
    if (v.voice === 'lost' && !/\bto\b/i.test(s.slice(v.end, found.end + 80).split(/[;.]/)[0]!)) continue;
    let category = v.category;
    if (category === 'entered' && [...found.local, ...found.article].every(isArea)) category = 'advanced';
    const core = verbCore(s, v);
    drafts.push({
      kind: 'territory',
      category,
      group: '',
      quantity: null,
      unit: '',
      count_phrase: '',
      figStart: core.start,
      figEnd: core.end,
      cueStart: v.start,
      cueEnd: Math.max(v.end, found.end),
      places: found.local,
      articlePlaces: found.article,
      actor_text: actorFor(s, v, found.end, memory),
      cumulative: false,
    });
  }
  return drafts;
}

/** The verb word itself, for figure offsets: "seized" in "were seized", "fell" in "fell to", "capture" in "the capture of". */
function verbCore(s: string, v: VerbHit): { start: number; end: number } {
  const text = s.slice(v.start, v.end);
  const words = [...text.matchAll(/[\p{L}\-]+/gu)].filter((w) => !/^(?:the|was|were|been|being|is|are|reportedly|also|now|fully|later|finally|recently)$/i.test(w[0]));
  const w = words[0] ?? { index: 0, 0: text };
  return { start: v.start + w.index!, end: v.start + w.index! + w[0].length };
}

function isArea(p: PlaceMention): boolean {
  return p.feature_hint === 'province' || p.feature_hint === 'country' || p.feature_hint === 'area' || (!p.feature_hint && isGovernorate(p.text));
}

function placesOf(s: string, places: PlaceHit[], v: VerbHit, memory: ArticleMemory): Found {
  const none: Found = { local: [], article: [], end: v.end };
  if (v.voice === 'passive' || v.voice === 'fell') {
    const start = clauseStart(s, v.start);
    const subject = places.filter((p) => p.start >= start && p.end <= v.start);
    if (subject.length) return { local: subject, article: [], end: v.end };
    const cap = capitalOf(s, places, { start, end: v.start }, memory);
    if (cap) return { ...cap, end: v.end };
    const ante = antecedent(s, places, v.start);
    return ante.length ? { local: ante, article: [], end: v.end } : none;
  }
  const object = objectPlaces(s, places, v.end);
  if (object.length) return { local: object, article: [], end: object[object.length - 1]!.end };
  const cap = capitalOf(s, places, { start: v.end, end: Math.min(s.length, v.end + 60) }, memory);
  if (cap) return cap;
  const back = backReference(s, v.end, memory);
  if (back.length) return { local: [], article: back, end: v.end + (BACK_REFERENCE.exec(s.slice(v.end))?.[0].length ?? 0) };
  if (v.voice === 'active' && /^\s*(?:\p{Lu}[\p{L}]+day\b|[,.;]|$|\s(?:on|in|at|after|with)\b)/u.test(s.slice(v.end))) {
    const ante = antecedent(s, places, v.start);
    if (ante.length) return { local: ante, article: [], end: v.end };
  }
  return none;
}
