/**
 * Actor words: who gained ground (territory) or the stated perpetrator (casualty), as written. Returns words that
 * contain an ACTORS alias so normalize can map them; never resolves them itself.
 */
import { ACTORS, parseRegistry } from '@frontline/schema';
import type { Hit } from './text.ts';
import { aliasMatcher, ARTICLE_TEXTS, dropOverlaps, maskParentheticals, recalling, sentenceTokens, startsCapital } from './text.ts';
import { wordsPattern } from './territory-words.ts';
import { sayingPattern } from './saying-verbs.ts';
import { readDataFile } from './data.ts';
import { alternation, monthNames, timesOfDay, weekdayNames } from '@frontline/nlp/dates';
import { isFrameVerbForm } from './frames.ts';
import { facilityNext, facilityNouns } from './thing-nouns.ts';
import { frontedEnd } from './fronted.ts';

/** Every spelling of the actor registry, as one matcher (built once: it is a large alternation). */
const registryMentions = aliasMatcher(ACTORS.flatMap((a) => a.aliases));

/**
 * "pro-GNA fighters", "pro-RSF militias": forces named for the group they fight for, by its acronym, are that group's
 * side. The "pro-" is blanked (offsets stay) so the acronym reads as the group; a spelling the registry has whole
 * ("pro-government forces") keeps its own hit. Only acronyms: "pro-Turkish rebels" are not Turkey's army.
 */
const PRO_ACRONYM = /\b[Pp]ro-(?=[A-Z][A-Z0-9]{1,7}\b)/g;
export function actorMentions(s: string): Hit[] {
  return recentMentions(s);
}
/** A sentence is searched for its actors by several readers (subjects, agents, the story's sides): the article's answers are kept. */
const recentMentions = recalling(mentions, ARTICLE_TEXTS);
function mentions(s: string): Hit[] {
  const own = registryMentions(s).filter((h) => !inPlaceName(s, h));
  const led = LED_OR_LOYAL.test(s) ? dropOverlaps([...own, ...sideForces(s, own)]) : own;
  const hits = STANCE_TEST.test(s) ? dropOverlaps([...led, ...stanceForces(s)]) : led;
  if (!/\bpro-/i.test(s)) return hits;
  const sided = registryMentions(s.replace(PRO_ACRONYM, '    ')).filter((h) => !hits.some((o) => h.start < o.end && o.start < h.end));
  return dropOverlaps([...hits, ...sided]);
}

/**
 * "SDF-led forces", "Turkish-led troops", "Houthi-backed fighters", "forces loyal to Khalifa Haftar": forces named for
 * the side that leads, backs or commands them fight as that side. One hit over the whole phrase, read as the side's
 * registry spelling: the name's own ("SDF"), or its adjective with "forces" ("Turkish forces", as sideAdvances in
 * territory.ts reads an adjective). A registry spelling that takes in the compound ("Turkish-backed fighters", the
 * Syrian National Army; "Saudi-led coalition") or names a side in its noun ("HTS-led opposition forces") stays.
 */
function sideForces(s: string, own: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const m of s.matchAll(LED_FORCES)) {
    const side = registryMentions(m[1]!).find((h) => h.start === 0 && h.end === m[1]!.length) ?? registryMentions(`${m[1]} forces`).find((h) => h.start === 0);
    const end = m.index! + m[0].length;
    // "Saudi-led coalition" (the registry's whole), "HTS-led opposition forces" (a side's own spelling): theirs stays.
    const named = own.some((h) => h.start < end && h.end > m.index! && (h.start <= m.index! || /\s/.test(h.text)));
    if (side && !named) out.push({ start: m.index!, end, text: side.text });
  }
  for (const m of s.matchAll(LOYAL_FORCES)) {
    const from = m.index! + m[0].length;
    const side = own.find((h) => h.start >= from && /^(?:the\s+)?(?:\p{Lu}[\p{L}’'\-]*\s+){0,2}$/u.test(s.slice(from, h.start)));
    if (side) out.push({ start: m.index!, end: side.end, text: side.text });
  }
  return out;
}
/**
 * "pro-government irregular units", "anti-regime gunmen": armed men named for their stance towards the state
 * fight on the state's side (pro-) or against it (anti-), whatever their noun: one hit over the whole phrase, read
 * as the registry's stance spelling ("pro-government forces", "anti-government forces"). A spelling the registry has
 * whole ("pro-regime militias", Syria's) is as long and earlier in the sort, so it stays. So are "forces loyal to the
 * government" and "troops loyal to (the) President X" the state's: the title before a name, with no "former" or
 * "exiled" between ("forces loyal to former president X" fight the state), is the sitting head of state.
 */
function stanceForces(s: string): Hit[] {
  const stance = [...s.matchAll(STANCE_FORCES)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: `${m[1]!.toLowerCase()}-government forces` }));
  const opening = s.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  const loyal = [...opening.matchAll(LOYAL_TO_STATE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: 'pro-government forces' }));
  return [...stance, ...loyal];
}
/** A noun of an armed side (territory-words.csv), and militias. */
const FORCES_NOUN = String.raw`(?:${wordsPattern('armed')}|militias?|militiamen)`;
const LED_FORCES = new RegExp(String.raw`(?<![\p{L}\-])(\p{Lu}[\p{L}’']*)[-‐](?:led|backed)\s+(?:[\p{Ll}\-]+\s+)?${FORCES_NOUN}\b`, 'gu');
const LOYAL_FORCES = new RegExp(String.raw`\b${FORCES_NOUN}\s+loyal\s+to\s+`, 'giu');
const LED_OR_LOYAL = /[-‐](?:led|backed)\s|\sloyal\s+to\s/i;
const STANCE_NOUN = String.raw`(?:${FORCES_NOUN}|paramilitar(?:y|ies)|groups|elements)`;
const STANCE_FORCES = new RegExp(String.raw`\b(pro|anti)[-‐](?:government|regime)\s+(?:[\p{Ll}\-]+\s+)?${STANCE_NOUN}\b`, 'giu');
const STANCE_TEST = /\b(?:pro|anti)[-‐](?:government|regime)\s|\sloyal\s+to\s/i;
const LOYAL_TO_STATE = new RegExp(String.raw`\b${FORCES_NOUN}\s+loyal\s+to\s+(?:the\s+)?(?:country['’]s\s+|\p{Lu}[\p{L}’'\-]*\s+)?(?:[Pp]resident|government|regime)\b`, 'gu');
/**
 * "the Assad Hospital", "Bashar al-Assad Square", "the Al Assad Stadium": a name (written with its capital) before a
 * facility noun is part of the place's proper name, not the actor it names elsewhere.
 */
function inPlaceName(s: string, h: Hit): boolean {
  return startsCapital(h.text) && facilityNext(s.slice(h.end));
}
const ASSAULT = '(?:attack|assault|offensive|counter-?attack|counter-?offensive|push|raid)';
const MEN_OF = String.raw`(?:the\s+)?(?:militants|fighters|forces|troops|units)\s+(?:from|of)\s+(?:both\s+)?`;
const ASSAULT_BY = new RegExp(String.raw`^\s*(?:(?:on|in|by)\s[^,]{1,40},\s*)?(?:a|an|the)\s+(?:\p{Ll}+\s+)?${ASSAULT}\s+by\s+(?:${MEN_OF})?(?:the\s+)?$`, 'iu');
const PREPOSITION = '(?:by|of|to|with|against|from|on|for|at|into|toward|towards|in|between|among|about|over|alongside|amid|despite|during|following|including|under|unlike)';
const BACKED = '(?:backed|supported|led|dominated|spearheaded|linked)';
const PREP_BEFORE = new RegExp(String.raw`\b(?:${PREPOSITION}|${BACKED})\s+(?:the\s+)?(?:[\p{L}’'\-]+\s+){0,2}$`, 'iu');
/**
 * PREP_BEFORE without its opening word boundary: what it matches in a text cut at the front or blanked at the front
 * (afterDateName) is a tail of the whole text, so where this fails on the whole, PREP_BEFORE fails on every such cut.
 */
const PREP_TAIL = new RegExp(PREP_BEFORE.source.replace(/^\\b/, ''), PREP_BEFORE.flags);

/**
 * Nouns a side's name qualifies without being the actor (data/side-qualified-nouns.csv): people and outlets that
 * speak for it ("opposition media", "the opposition activist group", "Houthi television"), whose side describes the
 * source; and sites of its own ("attacked two army bases, killing 16", "stormed a militia checkpoint"), the target,
 * never the perpetrator. A unit that acts ("an army patrol killed three") is no such noun.
 */
const SIDE_QUALIFIED = alternation(parseRegistry(readDataFile('side-qualified-nouns.csv'), 'side-qualified-nouns.csv', ['noun']).map((r) => r.noun!));
/** "torched two police stations": a side's facility (data/facility-nouns.csv) is the target, never the perpetrator. */
const FACILITIES = alternation(facilityNouns());
/** "rebel-held towns", "opposition media", "rebel positions": the name qualifies another noun, it is not the actor. */
const HELD = String.raw`(?:\s*[-‐]\s*(?:held|controlled|dominated|linked|backed|led|run|affiliated)\b|\s+(?:held|controlled|dominated)\s+(?!the\b|a\b|an\b|by\b|on\b)\p{Ll})`;
const SIDE_NOUN = String.raw`(?:targets|positions|areas|territory|territories|strongholds?|lines|${SIDE_QUALIFIED}|${FACILITIES})`;
const ADJECTIVAL = new RegExp(
  String.raw`^${HELD}|^\s+${SIDE_NOUN}\b`,
  'iu',
);

/**
 * A month or weekday name (the date lexicon) ends what can belong to the actor after it: "On 3 May the army took X",
 * "In March the rebels seized Y". The date is neither part of the actor's name nor does its preposition govern the
 * actor, so only the words after the last such name count.
 */
const DATE_NAME = new RegExp(String.raw`\b(?:${alternation([...monthNames(), ...weekdayNames()])})\b`, 'gu');
function afterDateName(before: string, window = 40): string {
  const near = before.length - window;
  let cut = 0;
  for (const m of before.matchAll(DATE_NAME)) if (m.index! + m[0].length > near) cut = m.index! + m[0].length;
  return cut ? ' '.repeat(cut) + before.slice(cut) : before;
}

/** Extends an alias hit over a possessive or capitalized words right before it ("President Assad’s forces" reads whole). */
function asWritten(s: string, h: Hit): string {
  const lead = /((?:[\p{Lu}][\p{L}’'\-]*\s+){0,3})$/u.exec(afterDateName(s.slice(0, h.start)))?.[1] ?? '';
  const words = lead.trim() ? lead : '';
  // A bracket blanked inside a name ("African Union (AU) forces", by maskParentheticals) leaves a run of spaces, which
  // the registry's spelling ("African Union forces") must not carry when sides are compared.
  return (words + h.text).replace(/^(?:The|A|An|In|On|By|After|Since|Last|Over|Once|When|While|As|Before|Although|Though|Following)\s+/, '').replace(/\s+/g, ' ').trim();
}

/** "Rwandan-backed M23 rebels", "US-led coalition forces": a hyphenated sponsor modifies the actor that follows. */
const SPONSOR_COMPOUND = /[\p{L}.][-‐](?:backed|led|supported|sponsored|allied|aligned)\s+$/u;

/** True when the hit sits inside a prepositional phrase ("backed by X", "the capital of X"), so it is not a subject. */
function inPhrase(text: string, at: number, end = at): boolean {
  const before = text.slice(0, at);
  if (ADJECTIVAL.test(text.slice(end))) return true;
  if (SPONSOR_COMPOUND.test(before)) return false;
  if (/\b(?:units|troops|forces|members|fighters|elements|soldiers|militants|militias)\s+of\s+(?:the\s+)?$/i.test(before)) return false;
  // "a joint attack by militants from both ISIL and X captured Y": the agent of an assault is who took the ground.
  // ... the group named after "militants from" rather than the word "militants".
  if (ASSAULT_BY.test(before)) return /^\s+(?:from|of)\s/i.test(text.slice(end));
  // "Over the weekend M23 rebels captured", "During the offensive the SDF took": the opening phrase governs no later name.
  // It only moves where a preposition may stand: with none before the mention, the time finder need not read this
  // clause (a fresh string, not the sentence it remembers).
  if (!PREP_TAIL.test(before)) return false;
  const fronted = frontedEnd(text);
  return PREP_BEFORE.test(afterDateName(fronted <= at ? before.slice(fronted) : before));
}

/** The first actor of the clause starting at `from` that no preposition of that same clause governs. */
function firstSubject(plain: string, from: number): string {
  const clause = plain.slice(from);
  return subjectAmong(clause, actorMentions(clause));
}

/** A mention that ends in a noun of fighters ("Turkmen militias", "tribal fighters"), which "of X" may follow. */
const FORCE_HEAD = /\b(?:units|troops|forces|fighters|soldiers|militants|militias?|militiamen|gunmen)$/i;

/** The first of a clause's actor mentions (`hits`, in order) that no preposition of the clause governs, as written. */
function subjectAmong(clause: string, hits: Hit[]): string {
  const i = hits.findIndex((h) => !inPhrase(clause, h.start, h.end));
  if (i < 0) return '';
  // "rebel fighters (M23)": the bracket's name goes with the words it names (normalize prefers a name to a role).
  const named = hits[i + 1];
  if (named && /^\s*\($/.test(clause.slice(hits[i]!.end, named.start)) && clause[named.end] === ')') {
    return `${asWritten(clause, hits[i]!)} (${named.text})`;
  }
  // "the Arab and Turkmen militias of the SNA entered Afrin": the side a noun of fighters belongs to is who acted.
  if (named && FORCE_HEAD.test(hits[i]!.text) && /^\s+of\s+(?:the\s+)?$/i.test(clause.slice(hits[i]!.end, named.start))) {
    return asWritten(clause, named);
  }
  return asWritten(clause, hits[i]!);
}

/**
 * Where a clause begins: after a semicolon or colon, a subordinator, "but" ("the army held two posts, but ISIL took
 * the town", "held it until the army retook it", "ISIL counter-attacked, following which the army took X"), or a reporting verb with its time ("the monitor said on Sunday [that] the army had taken ..."): such a
 * clause has its own subject; one without ("but lost the town") takes the main clause's. "before dawn", "after
 * midnight" (date-words.csv `time_of_day`) are times, no clause.
 */
// "before dawn", "after midnight": a time of day after "before" or "after" makes a time phrase.
const NO_TIME_OF_DAY = String.raw`(?!\s+(?:${alternation(timesOfDay(), { lower: true })})\b)`;
const SUBORDINATOR = String.raw`\b(?:that|when|(?:after|before)${NO_TIME_OF_DAY}|until|while|where|whereas|but|following\s+which)\b`;
const REPORTING_WITH_TIME = String.raw`\b(?:said|says|reported|announced|added|stated|claimed|claims)(?:\s+(?:on|late|early|last)\s+\p{L}+(?:\s+(?:night|morning|evening))?)?(?=\s)`;
const CLAUSE_BOUND = new RegExp(`[;:]|${SUBORDINATOR}|${REPORTING_WITH_TIME}`, 'gu');

/**
 * The subject of a verb: the first actor mention of the verb's clause that is not inside a prepositional phrase
 * ("fighters backed by Turkish drones" → "fighters"); for a participle or "after ..." clause, the main clause's.
 */
export function subjectActor(s: string, verbStart: number, mainClauseFallback = true): string {
  const plain = unmaskNamedForce(s.slice(0, verbStart), maskParentheticals(s.slice(0, verbStart)));
  const bounds = [...plain.matchAll(CLAUSE_BOUND), ...plain.matchAll(AND_THEN)].map((m) => m.index! + m[0].length);
  const opening = OPENING_CLAUSE.exec(plain);
  if (opening) bounds.push(opening[0].length);
  bounds.sort((a, b) => a - b);
  const coordinated = andClause(plain, bounds.length ? bounds[bounds.length - 1]! : 0);
  if (coordinated > 0) bounds.push(coordinated);
  const listed = listedClause(plain);
  if (listed > 0) bounds.push(listed);
  bounds.sort((a, b) => a - b);
  const clauseStart = bounds.length ? bounds[bounds.length - 1]! : 0;
  const own = firstSubject(plain, clauseStart) || whoAntecedent(plain);
  if (own || clauseStart === 0 || !mainClauseFallback) return own;
  // "..., while PFG forces advanced on X": a clause with a subject of its own, forces no registry names, is not the
  // main clause's (that side may be the one retreating); only a clause with no subject takes the main one's.
  if (UNNAMED_FORCE_SUBJECT.test(plain.slice(clauseStart))) return '';
  // "..., after hours of fighting, HTS stated to have retaken the town": the clause before "stated" has the subject; an
  // earlier clause of the sentence ("After the army took X, ...") is about another event, so the nearest one is asked first.
  const reporting = REPORTED_INFINITIVE.test(plain.slice(clauseStart)) ? nearestSubject(plain, bounds) : '';
  return reporting || firstSubject(plain, 0);
}

/**
 * A clause that is nothing but a subject of forces before its verb ("while tribal guard forces", "whereas the border
 * units had"): words a registry may not know, ending in a noun of forces. Not a possessive ("that its troops"): those
 * forces are the speaker's (ownersForces in territory.ts, the main clause for a toll).
 */
const ARMED_MEN = '(?:forces|troops|fighters|soldiers|units|militias?|militiamen|gunmen)';
const UNNAMED_FORCE_SUBJECT = new RegExp(
  String.raw`^\s*(?:the\s+)?(?!(?:its|their|his|her|our)\b)(?:[\p{L}\-]+\s+){1,3}${ARMED_MEN}\s+(?:(?:had|have|has|also|then|\p{Ll}+ly)\s+)*$`,
  'u',
);

/**
 * A monitor's toll by perpetrator, its clauses joined by commas: "Daesh killed 30, HTS killed 9", "government forces
 * killed 40, Russian forces killed 12". A comma right before the verb's own subject (nothing but an actor between
 * them, "forces" or the like after it) opens the verb's clause, as "and" does.
 */
const LAST_COMMA = /,\s*([^,;:()]{1,60})$/;
const FORCE_NOUN = /^\s*(?:forces|troops|fighters|militants|militias?|units|warplanes|aircraft|drones)?\s*$/i;
function listedClause(plain: string): number {
  const m = LAST_COMMA.exec(plain.trimEnd());
  return m && onlyActor(m[1]!) ? m.index + 1 : -1;
}

/**
 * The actor a short span is made of, as written ("the army", "Russian forces", "armed groups"), or '' when the span
 * holds anything else: only "the" may come before the mention, and only a noun of forces after it.
 */
export function onlyActor(part: string): string {
  const hit = actorMentions(part)[0];
  if (!hit || !/^\s*(?:the\s+)?$/i.test(part.slice(0, hit.start)) || !FORCE_NOUN.test(part.slice(hit.end))) return '';
  return part.trim().replace(/^the\s+/i, '');
}

/**
 * "attacks by the Houthis and their allies, who have advanced ..., capturing X": the actor right before ", who" is the
 * relative clause's subject, and the verb's, though a preposition governs it in the clause that holds it. Only an
 * actor ending just before the comma (its allies may follow it), and only when no verb's subject was found otherwise.
 */
const WHO = /,\s+who\b/g;
const ALLIES_AFTER = /^(?:\s+and\s+(?:its|their|his)\s+(?:allies|backers|proxies|partners))?\s*$/;
function whoAntecedent(plain: string): string {
  const who = [...plain.matchAll(WHO)].pop();
  if (!who) return '';
  const before = plain.slice(0, who.index);
  const hit = actorMentions(before).pop();
  return hit && ALLIES_AFTER.test(before.slice(hit.end)) ? asWritten(before, hit) : '';
}

/**
 * "Kurdish military forces (Peshmerga) took X", "government troops (FARDC) retook Y": a bracket right after a noun of
 * forces that holds only a registry name names those forces; it stays readable when the other brackets are masked.
 */
const FORCE_BRACKET = /\b(?:forces|troops|army|fighters|militias?|military|soldiers|units|rebels|militants)\s+\(([^()]{2,40})\)/gi;
function unmaskNamedForce(original: string, masked: string): string {
  let out = masked;
  for (const m of original.matchAll(FORCE_BRACKET)) {
    const inner = m[1]!;
    const hit = registryMentions(inner)[0];
    if (!hit || hit.start !== 0 || hit.end !== inner.trim().length) continue;
    const at = m.index! + m[0].length - inner.length - 2;
    out = out.slice(0, at) + `(${inner})` + out.slice(at + inner.length + 2);
  }
  return out;
}

/**
 * "X withdrew from the town and the next day Y captured it": "and" before a time phrase of its own ("and the next
 * day", "and on 12 March", "and two days later", "and later") opens a clause with its own subject. The bound is the time phrase's end: its
 * "following" is no preposition governing the subject.
 */
const THEN_TIME = String.raw`(?:(?:then|later|subsequently)\s+)?the\s+(?:next|following)\s+(?:day|morning|evening|night|week)`;
const MONTHS = alternation(monthNames());
const ON_DATE = String.raw`(?:on|by|in)\s+(?:\d{1,2}\s+(?:${MONTHS})|(?:${MONTHS})\s+\d{1,2})(?:,?\s+(?:19|20)\d\d)?`;
const LATER = String.raw`(?:\p{L}+|\d+)\s+(?:hours?|days?|weeks?|months?)\s+later`;
const AND_THEN = new RegExp(String.raw`\band\s+(?:${THEN_TIME}|${ON_DATE}|${LATER}|later|then|subsequently)\b,?`, 'gu');

/**
 * "Russian forces took A in May and Ukrainian troops retook B in June", "The RSF took A, and the army recaptured B":
 * "and" after a clause with a verb of its own, followed by nothing but a side (and adverbs or an auxiliary) before the
 * verb, joins two clauses, and the second has its own subject. Not "Russian and Ukrainian forces took", with no verb
 * before "and", nor "rebels backed by drones and the militia seized", whose verb before "and" is a participle with its
 * agent. Returns where the second clause starts, or -1.
 */
const LAST_AND = /\band\s+(?!.*\band\s)/su;
const BEFORE_SIDE = /^(?:the\s+)?(?:[\p{L}’'\-]+\s+){0,2}$/u;
const BEFORE_VERB = /^\s*(?:(?:then|later|also|subsequently|eventually|soon|\p{Ll}+ly|had|has|have)\s+)*$/u;
function andClause(plain: string, from: number): number {
  const and = LAST_AND.exec(plain.slice(from));
  if (!and) return -1;
  const at = from + and.index + and[0].length;
  const tail = plain.slice(at);
  const side = actorMentions(tail).find((h) => BEFORE_SIDE.test(tail.slice(0, h.start)));
  if (!side || !BEFORE_VERB.test(tail.slice(side.end))) return -1;
  return hasFiniteVerb(plain.slice(from, from + and.index)) ? at : -1;
}

/** A verb that is not a participle with its agent ("backed by", "supported by") nor part of a compound ("Turkish-backed"). */
function hasFiniteVerb(clause: string): boolean {
  const tokens = sentenceTokens(clause);
  const verb = (t: (typeof tokens)[number]) => t.pos === 'VERB' || isFrameVerbForm(t.text);
  return tokens.some((t, i) => verb(t) && tokens[i + 1]?.text.toLowerCase() !== 'by' && tokens[i - 1]?.text !== '-');
}

/**
 * "After the army took X, the rebels ...", "When the rebels withdrew, ...": a sentence that opens with a subordinate
 * clause has its main clause after the clause's comma, with its own subject.
 */
const OPENING_CLAUSE = /^\s*(?:After|When|While|Once|As|Since|Before|Although|Though|Following)\s[^,;:]+,/u;

/** "stated to have", "claimed to have", "said to have": the reporting verb's own subject did what follows. */
const REPORTED_INFINITIVE = /^\s*to\s+have\b/i;

/** The subject of the nearest earlier clause that has one, clause by clause back to the sentence's start. */
function nearestSubject(plain: string, bounds: number[]): string {
  const starts = [0, ...bounds.slice(0, -1)];
  for (let i = starts.length - 1; i >= 0; i--) {
    const hit = actorMentions(plain.slice(starts[i]!, bounds[i])).find((h) => !inPhrase(plain.slice(starts[i]!), h.start, h.end));
    if (hit) return asWritten(plain.slice(starts[i]!), hit);
  }
  return '';
}

/**
 * What may stand between "fell to"/"by" and the actor: up to two words after an article ("to the control of X"), and
 * the opening mark of a name a monitor quotes ('executed by the "Islamic State" organization').
 */
const BEFORE_ACTOR = /^\s*(?:the\s+)?(?:[\p{L}’'\-]+\s+){0,2}["“]?$/u;
/**
 * Or a noun of fighters and the side they belong to: "fell to fighters from the Islamic State group", "to militants of
 * al-Shabab", "by gunmen loyal to the RSF". The side named is the actor, more specific than the noun.
 */
const BELONGING = String.raw`(?:from|of|loyal\s+to|belonging\s+to|affiliated\s+(?:to|with)|allied\s+(?:to|with))`;
const MEMBERS_OF = new RegExp(String.raw`^\s*(?:the\s+|some\s+)?(?:[\p{L}’'\-]+\s+){1,2}${BELONGING}\s+(?:the\s+)?$`, 'u');

/** "fell to the rebels", "captured by the army": the actor right after the verb's "to" or "by". */
export function agentAfter(s: string, from: number): string {
  const m = /^\s*(?:[\p{Ll}]+\s+){0,2}?(?:to|by)\s+/u.exec(s.slice(from));
  return m ? actorAfter(s, from + m[0].length) : '';
}

/** The actor right after a phrase such as "fell to" or "by" (BEFORE_ACTOR, MEMBERS_OF say what may come between). */
export function actorAfter(s: string, from: number): string {
  const rest = s.slice(from, from + 80);
  const hits = actorMentions(rest);
  const members = hits.find((h) => MEMBERS_OF.test(rest.slice(0, h.start)));
  const first = hits.find((h) => BEFORE_ACTOR.test(rest.slice(0, h.start)));
  const hit = members && (!first || GENERIC.test(first.text)) ? members : first;
  return hit ? rest.slice(/^\s*/.exec(rest)![0].length, hit.end).replace(/^the\s+/i, 'the ').replace(/["“]/g, '').trim() : '';
}

/** The side that says it did it: "The SDF said three hamlets ... were retaken". */
export function claimant(s: string, before: number): string {
  const all = [...s.slice(0, before).matchAll(/((?:[\p{L}’'\-]+\s+){0,5}?)(?:said|says|announced|claimed|reported|stated)\b/giu)];
  const m = all[all.length - 1];
  if (!m) return '';
  const hits = actorMentions(m[1]!);
  return hits.length ? hits[0]!.text : '';
}

/** The first actor named as the subject of a sentence, for later sentences that say "troops" or "they". */
export function sentenceActor(s: string): string {
  const plain = maskParentheticals(s);
  return firstSubject(plain, 0);
}

/** Every actor named in a sentence, as written (extended over capitalized words before it), in order. */
export function actorsNamed(s: string): string[] {
  return actorMentions(s).map((h) => asWritten(s, h));
}

/**
 * `sentenceActor(s)` and `actorsNamed(s)` together, asked of every sentence: the registry is searched once when the
 * sentence has no aside to mask (most have none), since each search of the sentence is a few per cent of extraction.
 */
export function sentenceActors(s: string): { subject: string; named: string[] } {
  const hits = actorMentions(s);
  const plain = maskParentheticals(s);
  return { subject: plain === s ? subjectAmong(s, hits) : firstSubject(plain, 0), named: hits.map((h) => asWritten(s, h)) };
}

const GENERIC = /^(?:militants|rebels|jihadists|fighters|forces|troops|insurgents|militias|militiamen)$/i;

/**
 * "The insurgents then took ...": a bare generic noun stands for the more specific actor with that noun named
 * just before ("ISIS insurgents"), when there is one.
 */
export function specificActor(actor: string, earlier: string[]): string {
  if (!GENERIC.test(actor.trim())) return actor;
  const noun = actor.trim().toLowerCase();
  const fuller = [...earlier].reverse().find((e) => e.toLowerCase().endsWith(` ${noun}`));
  return fuller ?? actor;
}

export function hasActorAlias(text: string): boolean {
  return actorMentions(text).length > 0;
}

// Folded alias → class and country, for telling sides apart ("rebels withdrew": who gained is a side other than the
// rebels; "Ukrainian forces withdrew as Russian troops advanced": two state forces, of two states).
const SIDE_OF = new Map(ACTORS.flatMap((a) => a.aliases.map((alias) => [alias.toLowerCase(), { cls: a.class as string, country: a.country }] as const)));

/** The class and country of the first registry actor an actor phrase names, or null when it names none. */
function sideOf(phrase: string): { cls: string; country: string } | null {
  const hit = actorMentions(phrase)[0];
  return hit ? (SIDE_OF.get(hit.text.toLowerCase()) ?? null) : null;
}

/** Two sides: of different classes, or both of a named country and of different ones (a generic "the army" has none). */
function apart(a: { cls: string; country: string }, b: { cls: string; country: string }): boolean {
  return a.cls !== b.cls || (a.country !== '' && b.country !== '' && a.country !== b.country);
}

/** True when both phrases name registry actors and these are of different sides ("ISIS", "Kurdish-led forces"). */
export function differentSides(a: string, b: string): boolean {
  const [sa, sb] = [sideOf(a), sideOf(b)];
  return !!sa && !!sb && apart(sa, sb);
}

/** True when both phrases name registry actors of one side ("ISIL", "ISIL militants"). */
export function sameSide(a: string, b: string): boolean {
  const [sa, sb] = [sideOf(a), sideOf(b)];
  return !!sa && !!sb && !apart(sa, sb);
}

let leftAfterSubject: RegExp | undefined;
let spokeAfterSubject: RegExp | undefined;
/** Up to two words, an auxiliary and an adverb between a subject and its verb. */
const BETWEEN = String.raw`^(?:\s+[\p{Ll}\-]+){0,2}?\s+(?:(?:had|have|has)\s+)?(?:(?:reportedly|then|later|also|all|largely|hastily)\s+)?`;
/** A subject's verb of leaving (territory-words.csv). */
function leftPattern(): RegExp {
  return (leftAfterSubject ??= new RegExp(`${BETWEEN}${wordsPattern('withdrawal')}\\b`, 'u'));
}
/** A subject's verb of saying (saying-verbs.csv) or of disputing what another said (territory-words.csv). */
function spokePattern(): RegExp {
  return (spokeAfterSubject ??= new RegExp(`${BETWEEN}(?:${sayingPattern()}|${wordsPattern('dispute')})\\b`, 'u'));
}

/** Whether the sentence's subject, where written, is followed by a verb of the pattern. */
function subjectThen(s: string, subject: string, verb: RegExp): boolean {
  const at = subject ? s.indexOf(subject) : -1;
  return at >= 0 && verb.test(s.slice(at + subject.length));
}

/**
 * "the most diehard ISIL militants had fled to the town", "The rebels withdrew overnight": a sentence whose subject
 * left is no story of that side's gains, so a later capture that names no side is not credited to it.
 */
export const subjectLeft = (s: string, subject: string): boolean => subjectThen(s, subject, leftPattern());

/**
 * "The TPLF denied that Axum had fallen.", "The army said it was investigating": a side that only speaks does nothing
 * in the campaign, so "they" in the next sentence is still the side of the last event, not the speaker.
 */
export const subjectSpoke = (s: string, subject: string): boolean => subjectThen(s, subject, spokePattern());

/**
 * The side that gained when `loser` withdrew: the first candidate (named later in the sentence, then recently in the
 * article) of another class. '' when the loser's side is unknown or no other side is named: better no actor than a
 * wrong one.
 */
export function opponent(loser: string, candidates: string[]): string {
  const side = sideOf(loser);
  if (!side) return '';
  return candidates.find((c) => {
    const other = sideOf(c);
    return !!other && apart(side, other);
  }) ?? '';
}
