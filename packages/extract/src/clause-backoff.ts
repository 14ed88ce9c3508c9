/**
 * The clause-level backoff: a last pass over a sentence, after every finder has read it. A count of persons that no
 * finder claimed, in a clause whose one predicate of harm or movement is in the frames table (data/frames.csv: killed,
 * injured, displaced, returned), becomes a fact of that category, marked `inferred`: the clause says what happened to
 * the people counted, but no rule read the construction that joins them ("25,000 Ethiopians fleeing the fighting in
 * Tigray have crossed into Sudan", "killed 522 civilians, and between 32 and 60 militants").
 *
 * Its limits, each a way a count of persons near such a verb is no count of its victims:
 * - the count is no count (ages, dates, years, percentages, ranks, phone numbers: `isNotACount`), or is bracketed;
 * - the count sizes a set its clause takes a part of ("one of the 12", "among the 400 refugees", "of Idlib's 2.5
 *   million residents"); fighters moving are no displaced people ("600 mercenaries arrived");
 * - the clause is negated or modal ("no one was killed", "could displace 5,000 people");
 * - the clause names two categories ("killed 4 and wounded 9"): which one the count belongs to is a guess;
 * - the verb is active and the count stands before it: the count did the killing ("300 fighters stormed the town
 *   and killed residents"); a passive or intransitive verb has its victims before it, an active one after it;
 * - the verb has a reading that is no harm ("fell", "left", "took", "lost": rows of other categories in the table).
 */
import type { Token } from '@frontline/nlp';
import { eventNouns } from '@frontline/nlp/dates';
import type { Category } from '@frontline/schema';
import type { Draft } from './draft.ts';
import { sameFigure } from './draft.ts';
import { isNotACount, OF_POSSESSOR } from './filters.ts';
import { factPlaces, KIND_OF } from './figures.ts';
import { isIntention } from './cues.ts';
import { isHedgeVerb } from './certainty.ts';
import type { Frame } from './frames.ts';
import { frames, mayHoldFrame } from './frames.ts';
import { isRefuted, modality } from './modality.ts';
import { moversOnly, readHead } from './nouns.ts';
import type { QuantityHit } from './numbers.ts';
import { findQuantities, quantityOf } from './numbers.ts';
import type { PlaceHit } from './places.ts';
import { isSinglePerson } from './single-person.ts';
import { sayingVerbs } from './saying-verbs.ts';
import { sentenceTokens } from './text.ts';

/** The categories the backoff may give: harm and movement of people, never a place taken nor a stock. */
const BACKOFF_CATEGORIES = new Set<Category>(['killed', 'injured', 'displaced', 'returned']);

/** Where a clause ends: a semicolon, a colon, a dash between words, or a bracket. */
const CLAUSE_END = /[;:()[\]]|\s[–—-]\s/g;
/** A negated clause: nothing happened to the people it counts. */
const NEGATED = /\b(?:no|not|never|none|nobody|without)\b|n['’]t\b/i;
/** "one of the 12", "among the 400 refugees", "of its 300 residents": the count sizes a set a part is taken of. */
const SET_BEFORE = /\b(?:of|among|amongst|from)\s+(?:the|its|their|these|those|his|her|some|all)?\s*$/i;
/**
 * A part opener before the count in its clause ("including", "victims included", "they are 9 children, 5 women and 16
 * men"): the part of a whole some finder read, or chose not to.
 */
const PART_BEFORE = /\b(?:including|includ(?:e|es|ed)|among\s+(?:them|whom)|of\s+whom|of\s+them|(?:they|these|those)\s+(?:are|were))\b/i;
/**
 * "40 families of the 300 in the camp", "12 soldiers of the 150 at the base": after its head noun, "of" and a determiner
 * before a further count make the first a part of that set, and the clause's verb may be the set's, not the part's.
 */
const PARTITIVE_AFTER = /^\s*,?\s+of\s+(?:the|its|their|these|those|some|an\s+estimated)?\s*$/i;
/** How many words may stand between a count and its head noun ("12 Syrian Army soldiers"). */
const HEAD_WORDS = 3;

interface Cue {
  category: Category;
  token: Token;
  /** The victims stand before the cue (a passive or intransitive verb, a participle after its noun). */
  before: boolean;
  /** The victims stand after the cue (an active verb's object, a noun's complement). */
  after: boolean;
}

let table: Map<string, Frame[]> | null = null;

/** The frames table by lemma and by listed written form. */
function framesByWord(): Map<string, Frame[]> {
  if (table) return table;
  table = new Map();
  for (const f of frames()) {
    if (f.lemma.includes(' ')) continue;
    for (const w of [f.lemma, ...f.forms]) table.set(w, [...(table.get(w) ?? []), f]);
  }
  return table;
}

/**
 * The cue a token is, if any: a word all of whose rows give one category the backoff may give ("killed", "fled",
 * "deaths"); "fell" (killed or captured), "left" (fled or caused) and "casualties" (killed or injured) are none.
 */
function cueOf(tokens: Token[], k: number): Cue | null {
  const t = tokens[k]!;
  const rows = framesByWord().get(t.lemma) ?? framesByWord().get(t.text.toLowerCase()) ?? [];
  const own = rows.filter((f) => f.pos === (t.pos === 'NOUN' ? 'NOUN' : 'VERB') || (t.pos === 'ADJ' && f.pos === 'VERB'));
  const categories = new Set(rows.map((f) => f.category));
  if (!own.length || categories.size !== 1) return null;
  const category = [...categories][0] as Category;
  if (!BACKOFF_CATEGORIES.has(category) || own.some((f) => f.licensed_by && f.licensed_by !== 'persons')) return null;
  // "the deaths of 12 soldiers", "the flight of 100,000 people": a noun's victims are its "of" complement.
  // "preparing for 500,000 people to be displaced": an infinitive tells no event.
  let j = k - 1;
  while (j >= 0 && (tokens[j]!.lemma === 'be' || tokens[j]!.lemma === 'have' || tokens[j]!.pos === 'ADV')) j--;
  if (tokens[j]?.lemma === 'to' && t.pos !== 'NOUN') return null;
  if (own[0]!.pos === 'NOUN') return tokens[k + 1]?.lemma === 'of' ? { category, token: t, before: false, after: true } : null;
  const passive = own.some((f) => f.voice !== 'active');
  const active = own.some((f) => f.voice === 'active');
  // "were killed", "have been displaced", "N people killed": a participle after "be" or without a subject of its own.
  const be = tokens.slice(Math.max(0, k - 3), k).some((x) => x.lemma === 'be');
  // "N people killed in the raid" is a participle; "militants killed villagers" has its object after it.
  const objectNext = ['NOUN', 'PROPN', 'NUM', 'DET', 'ADJ', 'PRON'].includes(tokens[k + 1]?.pos ?? '');
  const participle = /ed$|en$/i.test(t.text) && (be || (['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '') && !objectNext));
  if (active && !passive) return { category, token: t, before: false, after: true };
  if (passive && !active) return { category, token: t, before: true, after: false };
  return participle ? { category, token: t, before: true, after: false } : { category, token: t, before: false, after: true };
}

/** The clause spans of a sentence. */
function clauses(s: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const m of s.matchAll(CLAUSE_END)) {
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, s.length]);
  return out;
}

/** A count of persons no finder read, with its head noun, or null. */
function candidate(s: string, q: QuantityHit, clauseStart: number, drafts: Draft[], counts: QuantityHit[]): { q: QuantityHit; end: number; group: Draft['group']; unit: Draft['unit'] } | null {
  if (q.value === null && !q.vague_word) return null;
  if (q.vague_word || isSinglePerson(q.phrase) || isNotACount(s, q)) return null;
  if (drafts.some((d) => sameFigure(d, { figStart: q.start, figEnd: q.end }))) return null;
  const before = s.slice(clauseStart, q.start);
  if (SET_BEFORE.test(before) || OF_POSSESSOR.test(before) || PART_BEFORE.test(before)) return null;
  const head = readHead(s, q);
  if (!head || (head.unit !== 'persons' && head.unit !== 'families' && head.unit !== 'households')) return null;
  if (head.modifiers.split(/\s+/).filter(Boolean).length > HEAD_WORDS) return null;
  const whole = counts.find((x) => x.start >= head.end);
  if (whole && PARTITIVE_AFTER.test(s.slice(head.end, whole.start))) return null;
  return { q, end: head.end, group: head.unit === 'persons' ? head.group || 'people' : '', unit: head.unit };
}

/** "an average of 20", "on average 20": a mean over incidents or days, not a count of one. */
const AVERAGE_BEFORE = /\b(?:an\s+)?average\s+(?:of\s+)?$|\bon\s+average\s+$/i;
/** A gapped list member: "..., and 40 fighters", "as well as 12 soldiers". */
const GAPPED_BEFORE = /(?:,\s*|\s)(?:and|as\s+well\s+as|plus)\s+$/i;
/** Words that open a clause of their own: a count before one is no argument of a verb after it. */
const CLAUSE_WORDS = new Set(['after', 'before', 'when', 'as', 'while', 'because', 'since', 'until', 'where', 'which', 'who', 'whom', 'whose', 'that', 'if', 'though', 'although', 'whereas']);

let incidents: Set<string> | null = null;

/** The nouns of an attack or of fighting (nlp's date-words table, kinds incident_noun and combat_noun). */
function incidentNouns(): Set<string> {
  incidents ??= new Set(eventNouns().map((w) => w.toLowerCase()));
  return incidents;
}

/** How many words may stand between a preposition and the event noun it opens ("in Tuesday's overnight attack"). */
const EVENT_WORDS = 3;

/**
 * "12 civilians in the attack on villages near Kadugli were killed": a preposition opening an event phrase between a
 * count and its verb. The count may be those the event struck or only those present at it; the finders that read a
 * subject's phrase before its verb (subject-place.ts) cross places, never events, and the backoff crosses no more.
 */
function opensEvent(tokens: Token[], t: Token): boolean {
  if (t.pos !== 'ADP') return false;
  for (const x of tokens.slice(t.i + 1, t.i + 2 + EVENT_WORDS)) {
    if (incidentNouns().has(x.text.toLowerCase())) return true;
    if (!['DET', 'ADJ', 'PROPN', 'NUM', 'PART', 'NOUN'].includes(x.pos)) return false;
  }
  return false;
}

/**
 * A hedge verb in the passive ("are believed to have died", "were reportedly said to have fled"): the count is its
 * subject and the harm still theirs. An active one ("One officer said 14 soldiers died", "two medics reported ...")
 * has the count as its speaker, and what was said is a clause of its own.
 */
function passiveHedge(tokens: Token[], t: Token): boolean {
  for (let k = t.i - 1; k >= 0 && k >= t.i - 3; k--) {
    const x = tokens[k]!;
    if (x.lemma === 'be') return true;
    if (x.pos !== 'ADV') return false;
  }
  return false;
}

let sayingWords: Set<string> | null = null;

/** A verb of the saying-verbs table as written or by lemma ("told", "tell", "documented"). */
function isSaying(t: Token): boolean {
  sayingWords ??= new Set(sayingVerbs().flatMap((v) => [v.verb, ...v.forms]).map((w) => w.toLowerCase()));
  return sayingWords.has(t.text.toLowerCase()) || sayingWords.has(t.lemma);
}

/**
 * "Some 400 people, the ministry said, were killed", "60 villagers, residents told Reuters, have fled": a source set off
 * by commas inside the clause, speaking of the count that stands before it; nothing between its commas is counted.
 */
function parentheticalSource(tokens: Token[], t: Token, from: number): boolean {
  // "said," or "told Reuters,": the verb's hearer may stand before the closing comma.
  let after = t.i + 1;
  while (['PROPN', 'DET'].includes(tokens[after]?.pos ?? '')) after++;
  if (tokens[after]?.text !== ',') return false;
  let k = t.i - 1;
  while (k >= 0 && tokens[k]!.start >= from && tokens[k]!.text !== ',') {
    if (tokens[k]!.pos === 'NUM') return false;
    k--;
  }
  return k >= 0 && tokens[k]!.text === ',' && tokens[k]!.start >= from;
}

/**
 * Nothing between a count and its cue that makes them parts of two clauses: a word that opens a clause, a phrase of an
 * event, or a verb other than an auxiliary, a passive hedge ("believed", "reported") or another cue of the same
 * category ("fleeing ... have crossed").
 */
function nothingBetween(tokens: Token[], [from, to]: [number, number], category: Category): boolean {
  return tokens.filter((t) => t.start >= from && t.end <= to).every((t) => {
    if (CLAUSE_WORDS.has(t.lemma) || opensEvent(tokens, t)) return false;
    if (t.pos !== 'VERB') return true;
    // "12 allied militiamen": a participle before its noun is an adjective.
    if (/ed$/i.test(t.text) && tokens[t.i + 1]?.pos === 'NOUN') return true;
    if (isHedgeVerb(t.lemma) || isSaying(t)) return passiveHedge(tokens, t) || parentheticalSource(tokens, t, from);
    return t.lemma === 'be' || t.lemma === 'have' || cueOf(tokens, t.i)?.category === category;
  });
}

/** The token at `k`, or past "were", "have been" and adverbs ("were reportedly kidnapped") the verb they lead to. */
function ownVerb(tokens: Token[], k: number): Token | undefined {
  let j = k;
  while (j >= 0 && j < tokens.length - 1 && (tokens[j]!.lemma === 'be' || tokens[j]!.lemma === 'have' || tokens[j]!.pos === 'ADV')) j++;
  return j >= 0 && tokens[j]?.pos === 'VERB' ? tokens[j] : tokens[k];
}

/** The backoff's drafts for one sentence: `drafts` are what every finder read of it; `places` its place mentions. */
export function clauseBackoff(s: string, drafts: Draft[], places: PlaceHit[]): Draft[] {
  if (!mayHoldFrame(s)) return [];
  const counts = findQuantities(s);
  if (!counts.length) return [];
  const out: Draft[] = [];
  let tokens: Token[] | null = null;
  for (const [start, end] of clauses(s)) {
    const clause = s.slice(start, end);
    if (NEGATED.test(clause)) continue;
    const found = counts.filter((q) => q.start >= start && q.end <= end).map((q) => candidate(s, q, start, drafts, counts)).filter((c) => c !== null);
    if (!found.length) continue;
    tokens ??= sentenceTokens(s);
    const cues = tokens.filter((t) => t.start >= start && t.end <= end).map((t) => cueOf(tokens!, t.i)).filter((c) => c !== null);
    // "could displace 5,000 people", "failed to kill", "falsely claimed they killed": no event, so no victims.
    if (cues.some((c) => isIntention(s, c.token.start) || isRefuted(s, c.token.start))) continue;
    // "Up to 5,000 people could be believed to have fled": a modal anywhere in the clause (in lower case: "May" is a month).
    if (tokens.some((t) => t.start >= start && t.end <= end && t.text === t.text.toLowerCase() && modality().modalLemmas.has(t.lemma))) continue;
    const categories = new Set(cues.map((c) => c.category));
    if (categories.size !== 1) continue;
    const category = [...categories][0]!;
    for (const c of found) {
      // The victims' side of the cue: before a passive or intransitive verb, after an active verb or a noun, with no
      // clause of its own between them ("deployed 3,000 troops after militants killed villagers").
      const joined = (x: Cue) => nothingBetween(tokens!, x.token.start >= c.end ? [c.end, x.token.start] : [x.token.end, c.q.start], category);
      // "300 civilians were killed, and between 20 and 40 fighters": a later member of a list the clause's finders
      // read in the same category, with the verb gapped.
      // A count with a verb of its own ("and 23,600 people confined") is that verb's subject.
      // "and 20 others were reportedly kidnapped": past its auxiliaries and adverbs, the count's own verb.
      const next = ownVerb(tokens, tokens.findIndex((x) => x.start >= c.end));
      if (next && !nothingBetween(tokens, [next.start, next.end], category)) continue;
      // The member before it must be that whole, not a part of a breakdown ("53 children, 38 women and 121 men", where
      // the finders leave the men to the whole): the last figure before the count is the read draft's.
      const last = counts.filter((q) => q.end <= c.q.start).pop();
      // The gapped member shares that whole's reading: after an average or a rate ("an average of 20 civilians were
      // killed per incident, and 11 children") it is an average too, no count of an event.
      const whole = last && drafts.find((d) => d.category === category && !d.part && d.figStart >= start && sameFigure(d, { figStart: last.start, figEnd: last.end }));
      const gapped = GAPPED_BEFORE.test(s.slice(start, c.q.start)) && !!whole && !whole.rate && !AVERAGE_BEFORE.test(s.slice(start, last!.start));
      const cue = gapped ? cues[0] : cues.find((x) => ((x.before && x.token.start >= c.end) || (x.after && x.token.end <= c.q.start)) && joined(x));
      if (!cue) continue;
      if (c.unit !== 'persons' && KIND_OF[cue.category] !== 'displacement') continue;
      // "Some 600 Wagner mercenaries arrived in Bamako": fighters moving are no displaced people.
      if (KIND_OF[cue.category] === 'displacement' && moversOnly(s.slice(c.q.end, c.end))) continue;
      const cueSpan = { start: cue.token.start, end: cue.token.end };
      out.push({
        kind: KIND_OF[cue.category],
        category: cue.category,
        group: KIND_OF[cue.category] === 'casualty' ? c.group : '',
        quantity: quantityOf(c.q),
        unit: c.unit,
        count_phrase: c.q.phrase,
        figStart: c.q.start,
        figEnd: c.q.end,
        cueStart: cueSpan.start,
        cueEnd: cueSpan.end,
        places: factPlaces(s, places, Math.max(cueSpan.end, c.end)),
        actor_text: '',
        cumulative: false,
        inferred: true,
      });
    }
  }
  return out;
}
