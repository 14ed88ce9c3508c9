/**
 * A toll's breakdown given in the next sentence: "Among those killed were 68 children.", "Of the dead, 12 were
 * women.", "The monitor said 7 of them were children.", "The victims include 4 children and 2 women." Each figure
 * that names a group of the schema becomes a part of the casualty fact just stated, in the same series (category,
 * period words, places and reporter of the whole, as a part after "including" would). A lead that names its category
 * with no toll before it ("Those killed in the raid included 13 children") gives the group's own figure; a verb of
 * share names the part's group before its figure ("Women represented 12 of the victims").
 */
import type { Category, Group, PlaceMention } from '@frontline/schema';
import { factPlaces } from './figures.ts';
import { shareGroup } from './shares.ts';
import type { QuantityHit } from './numbers.ts';
import type { PlaceHit } from './places.ts';
import type { Draft } from './draft.ts';
import { isNotACount } from './filters.ts';
import { readHead } from './nouns.ts';
import { findQuantities, quantityOf } from './numbers.ts';
import { sentenceTokens } from './text.ts';

/** "the toll", "the death toll", "the total injury toll": the toll just stated, named by its noun. */
const TOLL = String.raw`(?:total\s+)?(?:(?:death|injury)\s+)?toll`;
/** Words that stand for the people of the toll just stated. */
const THOSE = String.raw`(?:those(?:\s+(?:killed|wounded|injured|who\s+(?:were\s+killed|died|were\s+wounded|were\s+injured)))?|the\s+(?:(?:dead|wounded|injured)(?:\s+(?:people|persons|civilians))?|victims|fatalities|casualties|people\s+killed|martyrs|${TOLL})|them|whom|which)`;
/** "Among those killed were", "Of the dead,", "Of these,", "Those killed include": the breakdown's figures follow. */
// "The casualties comprised 15 civilians, 14 soldiers and five rebels" after a toll: a wire's breakdown of its lead.
// "They are 12 children, 9 women and 19 men": at the start of the sentence after a toll, "they" are its victims.
// "Those killed in the attack included": a short complement (where, in what) may follow the words for the victims.
// "The medics said the injured people included seven children": the breakdown as what a source said, without "that".
// "The dead also included 71 soldiers": a wire's second breakdown of the same toll adds "also".
// "This includes 226 children and 117 women": at the start of the sentence after a toll, "this" (or "these") is it.
const COMPLEMENT = String.raw`(?:\s+(?:in|at|on|during|from|by)\s+[^,;.:\d]{1,50}?)?`;
// "16 people injured out of which 13 were soldiers": "out of which" (or "whom") opens the breakdown, with or without a comma.
const LEAD_START = String.raw`(?:^|[,;:]\s*|\b(?:that|said|says|added|reported)\s+|\bout\s+(?=of\s+(?:which|whom)\b))`;
const AMONG_THOSE = String.raw`(?:among|of)\s+(?:${THOSE}|these)\s*,?\s*(?:(?:were|are)\s+)?`;
const INCLUDED = String.raw`(?:include[ds]?|compris(?:e[ds]?)|consist(?:s|ed)\s+of|were|are)`;
const THOSE_INCLUDED = String.raw`${THOSE}${COMPLEMENT}\s+(?:also\s+)?${INCLUDED}\s+`;
const LEADS = new RegExp(
  String.raw`${LEAD_START}(?:${AMONG_THOSE}|${THOSE_INCLUDED})|^they\s+(?:are|were)\s*:?\s+|^(?:this|these)\s+(?:also\s+)?include[sd]?\s+`, 'gi');
/** A lead of a casualty category ("the dead included", "among those wounded were") right before `before`'s end. */
const LEAD_AT_END = new RegExp(String.raw`(?:${LEADS.source})(?:(?:at\s+least|some|about|nearly|another)\s+)?$`, 'i');
/**
 * Whether the words before a figure name it as the victims of a toll ("The dead included 12 people sheltering in a
 * mosque"): a verb after such a figure says where or how they were when hurt, never that they were displaced.
 */
export function afterVictimsLead(before: string): boolean {
  const m = LEAD_AT_END.exec(before);
  return m !== null && categoryOf(m[0]) !== null;
}

/** "Of the dead, 12 were women", "28,900 (92%) were civilians": the copula after a part's figure, past its share. */
const COPULA_AFTER = /^(?:\s*\([^()\d]{0,10}\d[\d.,]*\s*(?:%|per\s*cent|percent)[^()]{0,10}\))?\s+(?:were|are)\s+/i;
/** "7 of them were children": a partitive figure, its group after the verb. */
const PARTITIVE_TAIL = new RegExp(String.raw`^\s+of\s+${THOSE}\s+(?:were|are)\s+`, 'i');

/**
 * Parts of a toll in `tolls` (the casualty figures of the sentence before, last first) stated in sentence `s`, for
 * figures no finder has read (`read`).
 */
export function laterParts(s: string, tolls: Draft[], read: Draft[], places: PlaceHit[] = []): Draft[] {
  const leads = [...s.matchAll(LEADS)].map((m) => ({ end: m.index + m[0].length, text: m[0] }));
  const out: Draft[] = [];
  for (const q of findQuantities(s)) {
    if (read.some((d) => d.figStart < q.end && q.start < d.figEnd)) continue;
    // "Fourteen of the victims were children": the count filter takes "N of the ..." for a member of a set.
    const tail = PARTITIVE_TAIL.exec(s.slice(q.end));
    // "Women represented 12 of the victims": a verb of share names the part's group before its figure.
    const shared = tail || !tolls.length ? null : SHARED_PART.exec(s.slice(q.end));
    if (isNotACount(s, q) && !((tail || shared) && q.value !== null && q.value > 1)) continue;
    const lead = tail || shared ? null : leads.find((l) => listFollows(s, l.end, q.start));
    if (!tail && !lead && !shared) continue;
    const words = tail ? tail[0] : shared ? shared[0] : lead!.text;
    // "Of the dead, 12 were women": after a lead, the group may follow a copula too.
    const copula = tail ?? (lead ? COPULA_AFTER.exec(s.slice(q.end)) : null);
    const head = shared ? shareHead(s, q) : readHead(s, copula ? { ...q, end: q.end + copula[0].trimEnd().length } : q);
    if (head?.unit !== 'persons' || !head.group) continue;
    // "Among those killed": the toll of that category; without a category word, the last toll.
    const category = categoryOf(words);
    const whole = category ? tolls.find((t) => t.category === category) : tolls[0];
    // "Those killed in the raid included 13 children", with no toll before: the group's own figure of that category;
    // "The dead included 12 people sheltering in a mosque": people named by no group are that toll itself.
    if (!whole && category && lead) out.push(ownFigure(s, q, category, head.group, head.end, places, lead.end - lead.text.length));
    // A part must name a group of the schema: "the dead included 17 people" after a toll is no breakdown of it.
    if (!whole || head.group === 'people') continue;
    out.push({
      ...whole,
      group: head.group,
      quantity: quantityOf(q),
      count_phrase: q.phrase,
      figStart: q.start,
      figEnd: q.end,
      cueStart: q.start,
      cueEnd: head.end,
      places: [],
      articlePlaces: whole.articlePlaces ?? [],
      part: true,
    });
  }
  return out;
}

/** "12 of the victims": a partitive of the toll's people, after a verb of share. */
const SHARED_PART = new RegExp(String.raw`^\s+of\s+${THOSE}`, 'i');

/** The group a verb of share names before the figure ("Women represented 12"), as a head noun; null when none. */
function shareHead(s: string, q: QuantityHit): { unit: 'persons'; group: Group; end: number } | null {
  const tokens = sentenceTokens(s);
  const group = shareGroup(tokens, tokens.findIndex((t) => t.end > q.start));
  return group ? { unit: 'persons', group, end: q.end } : null;
}

/** A group's figure under a lead that names its category when no toll was stated before it. */
function ownFigure(s: string, q: QuantityHit, category: Category, group: Group, end: number, places: PlaceHit[], leadStart: number): Draft {
  return {
    kind: 'casualty', category, group,
    quantity: quantityOf(q),
    unit: 'persons', count_phrase: q.phrase, figStart: q.start, figEnd: q.end,
    cueStart: leadStart, cueEnd: end, places: factPlaces(s, places, end), actor_text: '', cumulative: false,
  };
}

/** The figure opens the breakdown or continues its list ("68 children and 40 women"). */
function listFollows(s: string, leadEnd: number, at: number): boolean {
  if (at < leadEnd) return false;
  const between = s.slice(leadEnd, at);
  return between.trim() === '' || /^[^.;:]*?(?:,\s*(?:and\s+)?|\s+and\s+)$/u.test(between);
}

/** "those wounded": the breakdown's own category word, null when it names none ("among them"). */
function categoryOf(words: string): Category | null {
  if (/\b(?:wounded|injured|injury)\b/i.test(words)) return 'injured';
  if (/\b(?:killed|dead|died|fatalities|death)\b/i.test(words)) return 'killed';
  return null;
}

/** ", of whom", ", of which", ", among them", "out of which": the rest of the sentence breaks down the toll before it. */
const RELATIVE_PART = /(?:,\s*(?:of|among)|\bout\s+of)\s+(?:whom|which|them)\b/gi;

/**
 * "SOHR documented 23 deaths in Afrin; nine of them were civilians": a clause after a semicolon breaks down the toll
 * of the clause before it as a next sentence would, and so does a relative partitive (", of whom 12 were children").
 * The sentence's casualty wholes before its last semicolon or partitive, last
 * first, their places made article-wide (by `toArticle`), for laterParts; [] when there is none.
 */
export function clauseTolls(s: string, drafts: Draft[], toArticle: (p: PlaceHit) => PlaceMention): Draft[] {
  // "reporting 135 fatalities, of which 85 were civilians and 50 soldiers": a relative partitive does the same.
  const relative = [...s.matchAll(RELATIVE_PART)].pop()?.index ?? -1;
  const semicolon = Math.max(s.lastIndexOf(';'), relative);
  if (semicolon < 0) return [];
  const wholes = drafts.filter((d) => d.kind === 'casualty' && !d.part && d.quantity?.value != null && d.figEnd < semicolon)
    // Last in the text first, whatever finder read each: the toll nearest the partitive is the one it breaks down.
    .sort((a, b) => b.figEnd - a.figEnd);
  return wholes.map((d) => ({ ...d, places: [], articlePlaces: [...d.places.map(toArticle), ...(d.articlePlaces ?? [])] }));
}

