/**
 * Figure-driven facts: a figure, the noun it counts and the cue before or after it. Covers casualties ("killed at
 * least 9 people"), displacement ("2,000 families left"), counted captures ("retook some 30 hamlets") and
 * advances in km ("pushed 15km into ..."). Lists share their verb: "20 civilians, 31 rebels and 12 soldiers
 * died" gives three facts; a hedge applies only where written ("some" belongs to the first figure).
 */
import type { Category, Group, Kind, Quantity, Unit } from '@frontline/schema';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from './data.ts';
import { actorAfter, actorMentions, agentAfter, subjectActor } from './actors.ts';
import type { CueHit } from './cues.ts';
import { isIntention, postCue, preCue, WITNESS_VERB } from './cues.ts';
import type { Draft } from './draft.ts';
import { isNotACount, OF_POSSESSOR } from './filters.ts';
import type { HeadNoun } from './nouns.ts';
import { frames, isSufferingForm } from './frames.ts';
import { carriedGroup, moversOnly, kmValue, readHead, sideGroup, victimsBefore } from './nouns.ts';
import { colonLeadGroup } from './colon-lead.ts';
import type { QuantityHit } from './numbers.ts';
import { findQuantities, quantityOf, rangeOpening } from './numbers.ts';
import { isSinglePerson, sentenceSinglePersons } from './single-person.ts';
import type { PlaceHit } from './places.ts';
import { rankedPhraseStart } from './ranking-head.ts';
import { isDemonym } from './places.ts';
import { pastSubjectPlace } from './subject-place.ts';
import { AGENT_BY, allMatches, MONTH_RE } from './text.ts';
import { ANOTHER_INCIDENT, findTimes } from './time.ts';
import { sayingVerbs } from './saying-verbs.ts';
import { SITE_BEFORE_PLACE } from './shelter-returns.ts';
import { grownBy, movesOn } from './idp-movement.ts';
import { facilityNext, isFacilityNoun, isMaterielNoun } from './thing-nouns.ts';

export interface FigureNP {
  q: QuantityHit;
  head: HeadNoun | null;
  end: number;
}

/**
 * "11 of them rebels", "7 of whom were children": a pronoun partitive after a figure, with the copula that may come
 * before the noun saying who the part are.
 */
export const PARTITIVE_TAIL = /^\s+of\s+(?:them|whom|those|these)(?:\s+(?:were|are|was|is)(?=\s))?\b/i;
/** A part opened by a relative partitive before its figure ("31 people, of whom 7 were children", "among whom 4 are"). */
const RELATIVE_PART = /,\s*(?:of|among)\s+whom\s+$/i;
const COPULA = /^\s+(?:were|are)(?=\s)/i;
/** A pronoun partitive with no noun after it ("five of whom", "two of them"): the part's verb may follow. */
const OWN_PARTITIVE = /^\s+of\s+(?:whom|them)$/i;

/**
 * Gaps that join figures into one list: ", ", " and ", ", including ", " (including ", a dash: "12 people – including
 * three women – were hurt". A plain-text copy writes the dash as a hyphen between spaces ("12 people - including").
 */
const ALSO_GAP = String.raw`\s*,?\s+(?:as\s+well\s+as|in\s+addition\s+to)\s+`;
const COMMA_GAP = String.raw`\s*,\s*(?:and\s+|including\s+|of\s+whom\s+|among\s+them\s+)?`;
const AND_GAP = String.raw`\s+and\s+(?:(?:their|his|her)\s+)?`;
const INCLUDING_GAP = String.raw`\s+including\s+|\s*\(\s*including\s+`;
const DASH_GAP = String.raw`\s*,?\s*(?:[—–]|(?<=\s)-(?=\s))\s*(?:including\s+)?`;
const PLACED_GAP = String.raw`\s+(?:on|in|at|near|overnight)\b[^,;.]{0,30},\s*(?:including|among\s+them)\s+`;
const LIST_GAP = new RegExp(`^(?:${ALSO_GAP}|${COMMA_GAP}|${AND_GAP}|${INCLUDING_GAP}|${DASH_GAP}|${PLACED_GAP})$`, 'i');

export const KIND_OF: Record<Category, Kind> = {
  killed: 'casualty', injured: 'casualty', displaced: 'displacement', idps_stock: 'displacement', returned: 'displacement',
  captured: 'territory', entered: 'territory', advanced: 'territory',
};

/** Reads a sentence's figures into noun phrases, dropping ages, dates, percentages and other non-counts. */
export function figurePhrases(s: string): FigureNP[] {
  const out: FigureNP[] = [];
  const figures = findQuantities(s);
  // "killing a paramedic and two firefighters": one person with an article is a member of the list as "one" would be.
  const quantities = [...figures, ...sentenceSinglePersons(s)].sort((a, b) => a.start - b.start);
  quantities.forEach((q, i) => {
    if (isNotACount(s, q)) return;
    const found = readHead(s, q) ?? rankedHead(s, q);
    const coordinated = found ? null : coordinatedHead(s, q, out[out.length - 1]);
    // The coordination also ends the figure before at its own noun, so that the two make one list.
    if (coordinated) out[out.length - 1] = { ...out[out.length - 1]!, end: coordinated.prevEnd };
    const head = found ?? coordinated?.head ?? null;
    if (head && isPopulation(s, q, head)) return;
    if (!head && gappedNoun(s, q, quantities[i + 1], out)) return;
    // "200,000 of them are IDPs": the partitive belongs to the figure; so does the copula of "of whom 7 were children".
    const partitive = head ? null : PARTITIVE_TAIL.exec(s.slice(q.end)) ?? (RELATIVE_PART.test(s.slice(0, q.start)) ? COPULA.exec(s.slice(q.end)) : null);
    // "17 combatants, 11 of them rebels": a person noun right after the partitive says who the part are.
    const named = partitive ? readHead(s, { ...q, end: q.end + partitive[0].length }) : null;
    if (named?.unit === 'persons') out.push({ q, head: named, end: named.end });
    else out.push({ q, head, end: head ? head.end : q.end + (partitive ? partitive[0].length : 0) });
  });
  return out;
}

/**
 * "Idlib had the highest number of IDPs, with 1.2 million": a bare figure after a ranking counts the ranking's noun
 * phrase, read as if it followed the figure; the phrase ends at the figure, so its span is the figure's.
 */
function rankedHead(s: string, q: QuantityHit): HeadNoun | null {
  const start = rankedPhraseStart(s, q);
  const head = start < 0 ? null : readHead(s, { ...q, end: start });
  return head && { ...head, end: q.end };
}

/**
 * "killed 12 officials and three chiefs": two figures, each with a noun no table knows (a lone plural that closes its
 * phrase), joined by "and" or a comma. The verb alone says the first counts persons ("killed 12 officials"); a
 * coordination joins like with like, so the second does too, and the first ends after its own noun so that the two
 * make one list and share the verb. (After a known noun, "nine farmers and two catechists", the list already forms
 * and the bare member takes the group before it.) Words of time, weapons and buildings are no such noun ("12 hours",
 * "three drones"), nor are words of harm, which are the figures' own cues ("23 deaths and 38 injuries").
 */
const COORDINATED_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;
const AFTER_PLURAL = '(?:in|on|at|near|from|and|were|was|had|have|during|when|while)';
const LONE_PLURAL = new RegExp(String.raw`^\s+(\p{Ll}[\p{Ll}\-]*(?:s|men))(?=\s*(?:[,.;:)]|$)|\s+${AFTER_PLURAL}\b)`, 'u');
/** Plurals of time, distance and share, and the pronoun plurals, that never name persons (data/non-person-plurals.csv). */
const NOT_PERSONS = new Set(parseRegistry(readDataFile('non-person-plurals.csv'), 'non-person-plurals.csv', ['word', 'kind']).map((r) => r.word!));
/** The second figure's head and where the first's phrase now ends; `prev` is left as it was (the caller applies it). */
export function coordinatedHead(s: string, q: QuantityHit, prev: FigureNP | undefined): { head: HeadNoun; prevEnd: number } | null {
  if (!prev || prev.head || q.vague_word || q.value === null) return null;
  const own = lonePlural(s, prev.end);
  const noun = own && COORDINATED_GAP.test(s.slice(own.end, q.start)) ? lonePlural(s, q.end) : null;
  if (!own || !noun) return null;
  const head: HeadNoun = { noun: noun.word, unit: 'persons', group: 'people', end: noun.end, modifiers: '', internalCue: '' };
  return { head, prevEnd: own.end };
}

/** The frame table's nouns and their forms (data/frames.csv), read once. */
let harmNouns: Set<string> | null = null;

/** "deaths", "injuries", "returnees": a noun of the frame table says what befell its figure (data/frames.csv). */
function isHarmNoun(word: string): boolean {
  harmNouns ??= new Set(frames().filter((f) => f.pos === 'NOUN').flatMap((f) => [f.lemma, ...f.forms]));
  return harmNouns.has(word) || harmNouns.has(word.replace(/ies$/, 'y').replace(/s$/, ''));
}

/** The plural right after `at` when it closes its phrase and names nothing but persons could; null otherwise. */
function lonePlural(s: string, at: number): { word: string; end: number } | null {
  const m = LONE_PLURAL.exec(s.slice(at));
  const word = m?.[1];
  if (!word || NOT_PERSONS.has(word) || isMaterielNoun(word) || isFacilityNoun(word) || isHarmNoun(word)) return null;
  return { word, end: at + m[0].length };
}

/**
 * "44 pro-government and 39 rebel fighters": a figure whose noun is gapped shares the next figure's noun, with its
 * own side. Adds the figure to `out` and returns true when it is one.
 */
function gappedNoun(s: string, q: QuantityHit, next: QuantityHit | undefined, out: FigureNP[]): boolean {
  const m = next ? /^\s+(?:([\p{L}\-]+(?:\s+[\p{L}\-]+)?)\s+)?(?:and|or)\s+$/u.exec(s.slice(q.end, next.start)) : null;
  const shared = m ? readHead(s, next!) : null;
  if (!m || !shared) return false;
  // "6,000 and 3,500 families": a bare figure shares the next one's noun whole (not a range's "between 6,000 and").
  if (m[1] === undefined) {
    if (rangeOpening(s, q.start) >= 0) return false;
    out.push({ q, head: { ...shared, end: q.end }, end: q.end });
    return true;
  }
  const side = shared.unit === 'persons' ? sideGroup(m[1]!) : '';
  const head = side ? { ...shared, group: side, modifiers: m[1]! } : ownModifiers(s, q, m[1]!, next!, shared);
  if (!head) return false;
  const end = q.end + m[0].indexOf(m[1]!) + m[1]!.length;
  out.push({ q, head: { ...head, end }, end });
  return true;
}

/**
 * "3,400 facilitated and 12,800 spontaneous returnees", "12 civilian and 4 military casualties": the gapped figure's
 * own words qualify the shared noun as if they stood before it. The head reader judges them: the phrase they make with
 * the noun must read whole, each word a modifier, and count what the shared phrase counts.
 */
function ownModifiers(s: string, q: QuantityHit, words: string, next: QuantityHit, shared: HeadNoun): HeadNoun | null {
  // "a further 15 wounded and 17 bodies": words that already say what befell the figure make it a member of its own.
  if (postCue(s, q.end)) return null;
  const at = wordAt(s, shared.noun, next.end);
  if (at < 0) return null;
  const phrase = `${s.slice(0, q.end)} ${words} ${s.slice(at)}`;
  const own = readHead(phrase, q);
  if (!own || own.unit !== shared.unit || own.modifiers !== words) return null;
  // "Four female and two male aid workers": own words that name no side leave the group the shared phrase's other
  // words give ("aid workers": civilians), which the phrase made here without them cannot read.
  return own.group === 'people' && shared.group ? { ...own, group: shared.group } : own;
}

/** Where `word` first stands as a whole word from `from` on, or -1. */
function wordAt(s: string, word: string, from: number): number {
  for (let at = s.indexOf(word, from); at >= 0; at = s.indexOf(word, at + 1)) {
    if (!/\p{L}/u.test(s[at - 1] ?? '') && !/\p{L}/u.test(s[at + word.length] ?? '')) return at;
  }
  return -1;
}

/** "Of the city's 900,000 residents", "among its 300,000 inhabitants": a population, not a figure of the war. */
function isPopulation(s: string, q: QuantityHit, head: HeadNoun): boolean {
  if (!/^(?:residents|inhabitants|people|population|syrians|persons)$/i.test(head.noun)) return false;
  return OF_POSSESSOR.test(s.slice(0, q.start));
}

/** What opens a breakdown right before its first part: ", including", "(including", ", of whom", ", among them". */
const FIRST_PART = /(?:,|\()\s*(?:including|among\s+them|of\s+whom)\s+$/i;

/**
 * Joins figures into lists that share one verb. A list is closed by "and"/"including" ("20 civilians, 31 rebels
 * and 46 soldiers"); figures separated by a bare comma only ("N residents, M are displaced") are not a list.
 */
function groupsOf(s: string, nps: FigureNP[]): FigureNP[][] {
  const groups: { nps: FigureNP[]; closed: boolean }[] = [];
  for (const np of nps) {
    const last = groups[groups.length - 1];
    const prev = last?.nps[last.nps.length - 1];
    const gap = prev ? s.slice(prev.end, np.q.start).replace(/\)\s*$/, '') : '';
    // "including 23 children and one woman, and 70 injured": a bare figure after ", and" starts a clause of its own.
    // "killed 40 civilians, including 9 children, and 120 others were injured": after a part that alone follows
    // "including", ", and" closes the breakdown too; a later list of parts writes its commas first ("9 children, 5 women,
    // and 3 men").
    const closesParts = !!prev?.head && /^\s*,\s*and\s+$/.test(gap) && (!np.head || FIRST_PART.test(s.slice(0, prev.q.start)) || andJoined(s, last!.nps));
    // "80 children (a record for the year) and 45 women": a bracketed aside before "and" does not end the list.
    const listGap = gap.replace(/^\s*\((?!\s*including\b)[^()]*\)(?=\s+and\s+$)/i, '');
    if (last && prev && unitClass(prev) === unitClass(np) && LIST_GAP.test(listGap) && !closesParts && !ownClause(s, last.nps[0]!, np, gap) &&
      !otherHarm(s, last.nps[0]!, np)) {
      last.nps.push(np);
      last.closed ||= /\b(?:and|including|of\s+whom|among\s+them|as\s+well\s+as|in\s+addition\s+to)\b|[—–(]|\s-\s/i.test(gap);
    } else if (afterAside(s, groups, np)) {
      groups[groups.length - 2]!.nps.push(np);
    } else groups.push({ nps: [np], closed: true });
  }
  return groups.flatMap((g) => (g.closed ? [g.nps] : g.nps.map((np) => [np])));
}

/** A verb's object before the figure: "killed three villagers", "wounded at least 40". */
const AFTER_VERB = /\b\p{Ll}+ed\s+(?:(?:at\s+least|some|about|nearly|more\s+than|over|another)\s+)?$/u;
/** A finite "be" right after a member's noun: "20 others were kidnapped", "12 more are missing". */
const OWN_BE = /^\s+(?:(?:were|was|are|is)|(?:have|has|had)\s+been)\b/i;

/**
 * "Gunmen killed three villagers, and 20 others were kidnapped": after a verb's object, a member joined by "and" that
 * has a verb of its own opens a clause of its own, not a further object of the first verb (whose harm it would take).
 * A list of subjects shares its verb after the last member ("20 civilians and 31 soldiers were killed"): no verb
 * stands before its first member.
 */
function ownClause(s: string, first: FigureNP, np: FigureNP, gap: string): boolean {
  return !!np.head && /\band\s+$/.test(gap) && OWN_BE.test(s.slice(np.end)) && AFTER_VERB.test(s.slice(0, first.q.start));
}

const DEATH_OF = /\b(?:deaths?|killings?)\s+of\s+(?:(?:at\s+least|some|about|nearly|more\s+than|over)\s+)?$/i;
const OWN_HARM = /^\s+(?:others\s+|more\s+)?(?:wounded|injured|hurt)\b/i;

/**
 * "caused the death of two soldiers and seven wounded": the first member is the "of" complement of a noun of death,
 * and the member after "and" carries its own harm ("eight wounded"): two tolls, not one list sharing the last harm.
 */
function otherHarm(s: string, first: FigureNP, np: FigureNP): boolean {
  return DEATH_OF.test(s.slice(0, first.q.start)) && OWN_HARM.test(s.slice(np.end));
}

/**
 * "including 11 women and 15 children, and 303 others injured": a list's last member comes after its "and", so a
 * further ", and" after a member joined by "and" opens a clause of its own rather than going on with the list.
 */
function andJoined(s: string, nps: FigureNP[]): boolean {
  const [before, member] = [nps[nps.length - 2], nps[nps.length - 1]];
  return !!before && !!member && /\band\s+$/i.test(s.slice(before.end, member.q.start));
}

/**
 * "241 children (nine children a day) and 52 women": a figure in a bracketed aside is no member of the list it
 * interrupts, and the list goes on after the bracket. True when `np` continues the list before the last group, that
 * group being one figure inside a bracket right after the list's last member.
 */
function afterAside(s: string, groups: { nps: FigureNP[] }[], np: FigureNP): boolean {
  const [before, aside] = [groups[groups.length - 2], groups[groups.length - 1]];
  const member = before?.nps[before.nps.length - 1];
  if (!member || aside?.nps.length !== 1 || unitClass(member) !== unitClass(np)) return false;
  const bracket = /^\s*\(([^()]*)\)/.exec(s.slice(member.end, np.q.start));
  if (!bracket || /^\s*including\b/i.test(bracket[1]!)) return false;
  const inside = aside.nps[0]!.q.start > member.end && aside.nps[0]!.end <= member.end + bracket[0].length;
  return inside && /^\s+and\s+$/.test(s.slice(member.end + bracket[0].length, np.q.start));
}

function unitClass(np: FigureNP): string {
  const u = np.head?.unit ?? 'persons';
  return u === 'families' || u === 'households' ? 'persons' : u;
}

/** Category a cue gives a figure of this unit, or null when they do not fit ("killed 5 villages"). */
export function fits(category: Category, unit: Unit): boolean {
  if (category === 'killed' || category === 'injured') return unit === 'persons';
  if (category === 'captured') return unit === 'places';
  if (category === 'advanced') return unit === 'km';
  if (category === 'entered') return false;
  return unit === 'persons' || unit === 'families' || unit === 'households';
}

/**
 * "were killed overnight in the latest attack blamed on X", "died in raids attributed to Y": the side an attack is
 * blamed on, past a short time phrase and before the next clause.
 */
const ATTACK_NOUN = String.raw`(?:strikes|airstrikes|air\s+strikes|raids?|shelling|attacks?|assaults?|ambush(?:es)?|bombardments?|bombings?)`;
const BLAMED_ON = String.raw`(?:blamed\s+on|attributed\s+to|claimed\s+by|carried\s+out\s+by)`;
const BLAMED = new RegExp(
  String.raw`^[^,;.]{0,40}?\b(?:in|during|after)\s+(?:[\p{L}\-’']+\s+){0,4}?${ATTACK_NOUN}\s+(?:(?:widely|largely|also)\s+)?${BLAMED_ON}\s+`, 'iu');

/** Attack nouns a side may name as their modifier ("Israeli air strikes", "an army drone strike", "ADF raids"). */
const ATTACK = String.raw`(?:(?:air|drone|missile|artillery|rocket|mortar)\s+)?(?:strikes?|airstrikes?|raids?|shelling|attacks?|assaults?|ambush(?:es)?|bombardments?|bombings?)`;
/** "killed in Russian strikes on X", "died in multiple ADF raids": the words from the preposition to the attack. */
const MODIFIED_ATTACK = new RegExp(String.raw`^[^,;.]{0,40}?\b(?:in|during|after)\s+((?:[\p{L}\-’'.]+\s+){1,4}?${ATTACK})\b`, 'iu');
const ATTACK_TAIL = new RegExp(String.raw`^\s*(?:${ATTACK})?$`, 'iu');

/** "the death toll from Russian shelling", "the toll of the RSF attack": a toll named for an attack. */
const TOLL_FROM = new RegExp(String.raw`\btoll\s+(?:from|of|in)\s+((?:[\p{L}\-’'.]+\s+){1,4}?${ATTACK})\b`, 'iu');

/** The side that names the attack as its modifier ("in Israeli strikes"): a registry name up to the attack's noun. */
function attackModifier(words: string | undefined): string {
  if (!words) return '';
  const hit = actorMentions(words).find((h) => ATTACK_TAIL.test(words.slice(h.end)));
  return hit ? words.slice(0, hit.end).replace(/^(?:(?:a|an|the|multiple|several|separate|new|fresh|overnight|two|three)\s+)+/i, '') : '';
}

/** A harm's doer right after its verb: "killed by", "in air strikes by", "at the hands of". */
const STRIKE_NOUN = String.raw`(?:strikes|airstrikes|air\s+strikes|raids|shelling|attacks?|bombardments?|bombings?|fire)`;
const AGENT_AFTER = new RegExp(String.raw`^\s*(?:(?:in|during|after)\s+(?:[\p{L}\-’']+\s+){0,4}?${STRIKE_NOUN}\s+)?${AGENT_BY}`, 'iu');
/** Who killed, when the sentence says: "killed by Russian strikes", "at the hands of X", "bombardment by X killed". */
export function perpetrator(s: string, cue: CueHit, subjectPosition: boolean): string {
  const after = s.slice(cue.end);
  const by = AGENT_AFTER.exec(after);
  if (by) return agentAt(s, cue.end + by[0].length);
  const blamed = BLAMED.exec(after);
  if (blamed) return agentAt(s, cue.end + blamed[0].length);
  const modified = attackModifier(MODIFIED_ATTACK.exec(after)?.[1]);
  if (modified) return modified;
  // "the death toll from Israeli strikes on X has risen to 25": the toll's complement names the attack and its side.
  const toll = attackModifier(TOLL_FROM.exec(s.slice(cue.start, cue.end))?.[1]);
  if (toll) return toll;
  if (subjectPosition) return '';
  return subjectActor(s, cue.start, false) || attackSubject(s.slice(0, cue.start)) || looseSubject(s, cue.start);
}

/** "Russian shelling killed", "a Turkish air strike has killed": an attack noun as the subject, a side's word before it. */
const ATTACK_SUBJECT = new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:[Aa]n?|[Tt]he)\s+)((?:\p{Lu}[\p{L}\-]*\s+){1,2}${ATTACK})\s+(?:(?:have|has|had|also|reportedly)\s+)*$`, 'u');

/**
 * The side an attack noun before the verb is named for: a registry name ("RSF drone attacks"), else the adjective read
 * with the noun of forces the registry knows it by ("Russian shelling": Russian forces), else a pack country's demonym
 * with that noun ("Ethiopian drone strike": Ethiopian forces), which normalize reads as that nation's forces.
 */
function attackSubject(before: string): string {
  // A sentence's opening article is no side's word ("A Turkish air strike").
  const words = ATTACK_SUBJECT.exec(before)?.[1]?.replace(/^(?:An?|The)\s+/, '');
  if (!words) return '';
  // "The Assad Square bombing": a name before a facility noun is a place's name (data/facility-nouns.csv), no side.
  if (facilityNext(words.slice(/^\S+/.exec(words)![0].length))) return '';
  const named = attackModifier(words);
  if (named) return named;
  const side = /^\S+/.exec(words)![0];
  const forces = `${side} forces`;
  return actorMentions(forces).find((h) => h.start === 0)?.text ?? (isDemonym(side) ? forces : '');
}

/** The agent after "by" at `at`: a side the actor reader knows, else its words as written ("by Russian strikes"). */
export function agentAt(s: string, at: number): string {
  if (opensTime(s, at)) return '';
  return actorAfter(s, at) || byPhrase(s.slice(at));
}

/** "killed by Tuesday night", "taken by the end of May": a "by" before a time phrase sets a deadline, not an agent. */
function opensTime(s: string, at: number): boolean {
  const first = at + /^\s*/.exec(s.slice(at))![0].length;
  return findTimes(s).some((t) => t.start <= first && first < t.end);
}

/** "killed by Russian strikes": the agent's words as written, up to the next phrase or clause. */
const PHRASE_STOP = '(?:on|in|at|near|and|since|during|after|as|while|with|from|for|that|which|who)';
const BY_PHRASE = new RegExp(String.raw`^((?:the\s+)?(?:[\p{L}’'\-]+)(?:\s+(?!${PHRASE_STOP}\b)[\p{L}’'\-]+){0,4})`, 'u');
function byPhrase(rest: string): string {
  const m = BY_PHRASE.exec(rest);
  return m ? m[1]! : '';
}

/** For casualties an agent inside "bombardments by X" still names the perpetrator. */
function looseSubject(s: string, at: number): string {
  const clause = s.slice(0, at).split(/[;:]|,\s(?=[a-z])/).pop() ?? '';
  const m = /\bby\s+((?:the\s+)?[^,;]{2,60})$/i.exec(clause.replace(/\s+(?:have|has|had)?\s*(?:reportedly|also)?\s*$/i, ''));
  if (!m) return '';
  return actorAfter(m[1]!, 0);
}

function figureQuantity(np: FigureNP): Quantity {
  const unit = np.head?.unit;
  const value = unit === 'km' ? kmValue(np.q.value, np.head!.noun) : np.q.value;
  return { ...quantityOf(np.q), value };
}

/**
 * A report's key-figure line or bullet with no verb: "9.9 million people internally displaced (DTM; March 2024)",
 * "• 1.2 million people displaced across the country (IOM)". The bare participle states who ARE displaced, a stock,
 * as "are displaced" does; with an auxiliary, a cause or a start ("displaced since March", "displaced by the
 * fighting") it is the movement. The closing note in brackets (its source, its date) marks the line as a figure's: a
 * headline's "2,000 people displaced in Beni" is news of a movement. A list item says the same without a note ("- 3.7
 * million people internally displaced in Eastern Ukraine"): the sentence starts after the item's mark, so index.ts
 * tells (isBulletItem, on the article's text) whether the line was one.
 */
const LINE_OPENS = /^[\s•·▪◦*–—-]*$/u;
const BARE_PARTICIPLE = /^\s*(?:internally\s+)?displaced$/i;
/** Where the displaced are, after the participle: "across the country", "in Eastern Ukraine", "in Sud and Nord Kivu". */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}'’-]*)*`;
const WHERE = String.raw`\s+(?:across|in|within|inside|throughout)\s+(?:the\s+)?(?:country|region|territory|${NAME})`;
/** The line's closing note: its source, its date. */
const NOTE = String.raw`\s*\([^()\n]{1,60}\)\s*\.?\s*$`;
const LINE_REST = new RegExp(String.raw`^(?:${WHERE})?${NOTE}`, 'u');
/** A list item's line ends after its place, note or not. */
const ITEM_REST = new RegExp(String.raw`^(?:${WHERE})?(?:${NOTE}|\s*\.?\s*$)`, 'u');
function keyFigureStock(s: string, figureStart: number, cue: CueHit, listItem: boolean): boolean {
  const opens = s.slice(0, figureStart);
  return LINE_OPENS.test(opens) && BARE_PARTICIPLE.test(s.slice(cue.start, cue.end)) && (listItem ? ITEM_REST : LINE_REST).test(s.slice(cue.end));
}

/** A counted subject of families or households right before "lost": "124 families had", "40 households in Gaza have". */
const FROM_PLACE = String.raw`(?:(?:in|from)\s+\p{Lu}[\p{L}'’-]*\s+)?`;
const FAMILIES_LOSING = new RegExp(String.raw`\d[\d,]*\s+(?:[\p{L}-]+\s+){0,2}?(?:families|households)\s+${FROM_PLACE}(?:(?:have|has|had|each|reportedly|also)\s+)*$`, 'u');

/** Verbs of a view or a wish right after the noun phrase ("fear", "hope to", "want"), in any tense. */
const VIEW_VERB = /^\s+(?:still\s+)?(?:fear|hope|want|wish|worry|prefer|refuse|expect)(?:s|ed)?\b/i;

/** Groups that name no side: a sufferer's side says whose they were. */
const SIDELESS = new Set<string>(['people', 'opposition_fighters']);

/** The last word of a cue's text ("had lost" -> "lost"). */
const lastWord = (text: string): string => text.trim().split(/\s+/).pop() ?? '';

/** A figure's cue; `suffered`: its verb's subject suffered the loss ("the army lost 40 soldiers"), no perpetrator. */
type Cued = { cue: CueHit; subject: boolean; suffered?: boolean };

function cueFor(s: string, group: FigureNP[], i: number, stockContext: boolean, places: PlaceHit[], listItem: boolean): Cued | null {
  const np = group[i]!;
  const last = group[group.length - 1]!;
  const first = group[0]!;
  // "12 civilians in Bakhmut were killed": the verb after the subject's place phrase is the subject's.
  const post = postCue(s, last.end) ?? postCue(s, pastSubjectPlace(s, last.end, places)) ?? (last.head?.unit === 'persons' ? postCue(s, pastOfPhrase(s, last.end)) : null);
  const found = preCue(s, first.q.start, s.slice(last.end), s.slice(first.q.end));
  const pre = found && cellParticiple(s, found, np) ? null : found;
  // "home to N" is a population unless the phrase says the N are displaced.
  const stockPre = pre?.category === 'idps_stock';
  // "evacuated 30 injured people and 4 bodies": a phrase that says its people are dead or hurt counts casualties,
  // whatever moves them; only a casualty verb ("killed 4 wounded soldiers") says more.
  const hurt = np.head?.internalCue === 'killed' || np.head?.internalCue === 'injured';
  // "left 8 dead and 20 wounded": the verb after the list belongs to its last figure, not to one whose noun says it.
  const postOwn = KIND_OF[post?.category ?? 'captured'] === 'casualty' && np !== last;
  if (hurt && KIND_OF[pre?.category ?? 'captured'] !== 'casualty' && (postOwn || KIND_OF[post?.category ?? 'captured'] !== 'casualty')) {
    return { cue: { category: np.head!.internalCue as Category, start: np.q.start, end: np.end }, subject: true };
  }
  // "the toll rose to 17 dead and 42 injured": a running toll names no harm of its own members; each member's noun
  // does, or the participle after the list's last member (a verb of harm before them still does: "killed 4 wounded
  // soldiers").
  const ownHarm = hurt ? np.head!.internalCue as Category : np === last && post && !post.relative ? post.category : null;
  if (ownHarm && pre?.cumulative && KIND_OF[pre.category] === 'casualty' && KIND_OF[ownHarm] === 'casualty') return { cue: { ...pre, category: ownHarm }, subject: false };
  // "wounding 12 civilians, five of whom died of their wounds": a pronoun partitive of a list's earlier figure that has
  // a casualty verb of its own counts by that verb, not by the verb before the list.
  const ownVerb = np !== first && OWN_PARTITIVE.test(s.slice(np.q.end, np.end)) ? postCue(s, np.end) : null;
  if (ownVerb && KIND_OF[ownVerb.category] === 'casualty') return { cue: ownVerb, subject: true };
  // "while losing 11 servicemen": a side that loses people loses them dead (it loses places to the enemy).
  // The verb is a suffering verb of data/frames.csv: the subject is the side that lost them, not who killed them.
  if (pre?.category === 'captured' && np.head?.unit === 'persons' && isSufferingForm(lastWord(s.slice(pre.start, pre.end)))) {
    // "124 families had lost 6 to 9 members": a count of families as the subject makes the loss each family's.
    if (FAMILIES_LOSING.test(s.slice(Math.max(0, pre.start - 60), pre.start))) return null;
    return { cue: { ...pre, category: 'killed' }, subject: false, suffered: true };
  }
  // "the IDP figure stands at N": a cue that itself names the displaced (`persons`) needs no noun saying so.
  if (pre && stockPre && (np.head?.internalCue || pre.persons)) return { cue: pre, subject: false };
  if (pre && !stockPre && !isIntention(s, pre.start)) return { cue: pre, subject: false };
  if (post && (!post.relative || np === last)) {
    if (post.relative && post.category === 'displaced' && stockContext) return { cue: { ...post, category: 'idps_stock' }, subject: true };
    if (post.category === 'displaced' && keyFigureStock(s, first.q.start, post, listItem)) return { cue: { ...post, category: 'idps_stock' }, subject: true };
    return { cue: post, subject: true };
  }
  // The noun phrase itself says it: "450 recently displaced households", "thousands of displaced children", "N IDPs".
  const internal = np.head?.internalCue;
  // "Many IDPs fear returning": a vague word before the people's views tells who holds them, not how many there are.
  const views = !!np.q.vague_word && VIEW_VERB.test(s.slice(np.end));
  if (internal && !views && !WITNESS_VERB.test(s.slice(np.end))) {
    // "there are N displaced people in X" states how many are displaced now: a stock, not a movement.
    const existential = internal === 'displaced' && /\bthere\s+(?:are|is|remain)\s+$/i.test(s.slice(0, np.q.start));
    // "N IDPs have moved to X" is a movement of the displaced, not how many are displaced now; so is "an increase of
    // N IDPs".
    const idps: Category = movesOn(s.slice(np.end)) || grownBy(s.slice(0, np.q.start)) ? 'displaced' : 'idps_stock';
    const category: Category = internal === 'idps' ? idps : existential ? 'idps_stock' : internal;
    return { cue: { category, start: np.q.start, end: np.end }, subject: true };
  }
  return null;
}

/**
 * "4 killed 10 wounded 40 captured", "13 dead and 27 wounded 500–800 killed": a flattened infobox row, the cells of
 * its sides joined by spaces. The participle before a bare figure that follows another figure (and its note
 * brackets, "[12]") is that figure's own word, not a verb taking this one as its object; this figure's word is the one
 * after it, or the figure's own noun ("283+ killed 140,000 displaced"). A day of the month is no figure there ("on May
 * 12 killed 10").
 */
function cellParticiple(s: string, pre: CueHit, np: FigureNP): boolean {
  const before = s.slice(0, pre.start);
  if (!FIGURE_CELL_BEFORE.test(before) || MONTH_DAY_BEFORE.test(before)) return false;
  // "put the toll at 27 and the injuries at 64 after ...": a cue that opens with "and" joins a clause, no cell's word.
  if (/^and\b/i.test(s.slice(pre.start, pre.end))) return false;
  // "283+ killed 140,000 displaced": a figure whose own word says what it counts is a cell of its own as well.
  // Not "killed 40 displaced people": there the word modifies a noun the verb takes as its object.
  if (np.head) return !!np.head.internalCue && !np.head.modifiers && /^\s*(?:\[[^\]\n]*\]\s*)*(?:$|[.,;\d])/.test(s.slice(np.end));
  return /^\s*(?:\[[^\]\n]*\]\s*)*\p{Ll}/u.test(s.slice(np.end));
}
// The figure before may keep its noun ("300 civilians killed 12,000 displaced").
const FIGURE_CELL_BEFORE = /\d\+?(?:\s+\p{Ll}+)?(?:\s*\[[^\]\n]*\])*\s+$/u;
const MONTH_DAY_BEFORE = new RegExp(String.raw`${MONTH_RE}\s+\d{1,2}(?:\s*\[[^\]\n]*\])*\s+$`, 'i');

// "104 victims of torture, were killed", "12 residents of the camp were displaced": an of-phrase of common nouns after
// a counted noun of persons says who they are; the verb after it is still the figure's. No figure, place or
// possessive inside; "Dozens of airstrikes killed 14" has no noun of persons before "of".
// A relative clause after it ("members of the council, who had fled, were wounded") is another subject's: no toll.
// Its noun may be a list of sides, each after "the", up to the verb's auxiliary: "144 fighters and soldiers of the
// factions, the Turkish forces, and the Kurdish forces were killed" (a member may take a proper adjective).
const OF_MEMBER = String.raw`(?:,\s*(?:and\s+)?|\s+and\s+)the\s+(?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+`;
const OF_LIST = String.raw`(?:${OF_MEMBER})+(?=\s+(?:were|was|have|has|had|are|is|died)\b)`;
const OF_PHRASE = new RegExp(
  String.raw`^\s+of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:${OF_LIST})?(?=\s|,)(?!\s*,?\s*(?:who|that|which)\b)`,
  'u',
);

// A noun phrase that took the of-phrase's first side ("fighters of the factions") leaves the rest of the list after it.
const OF_LIST_REST = new RegExp(String.raw`^${OF_LIST}`, 'u');

/** The offset after an of-phrase of common nouns (or the rest of its list of sides) right after `from`, or `from`. */
function pastOfPhrase(s: string, from: number): number {
  const m = OF_PHRASE.exec(s.slice(from)) ?? OF_LIST_REST.exec(s.slice(from));
  return m ? from + m[0].length : from;
}

/**
 * All figure-driven facts of a sentence. `places` are the sentence's place mentions; `recentActor` the actor named
 * as subject in the previous sentences, for captures whose sentence names none ("They captured 12 villages").
 */
/** `listItem`: the sentence is a list item's line, whose mark ingest kept before the sentence (isBulletItem). */
export function figureDrafts(s: string, places: PlaceHit[], recentActor = '', listItem = false): { drafts: Draft[]; usedVerbs: { start: number; end: number }[] } {
  const drafts: Draft[] = [];
  const usedVerbs: { start: number; end: number }[] = [];
  const stockContext = /\b(?:home\s+to|host(?:s|ing|ed)?|sheltering)\b/i.test(s);
  let prevGroup: Group | '' = '';
  for (const group of groupsOf(s, figurePhrases(s))) {
    let partCue: Cued | null = null;
    for (let i = 0; i < group.length; i++) {
      const np = group[i]!;
      const cued = cueFor(s, group, i, stockContext, places, listItem) ?? inAdditionTo(s, np, drafts[drafts.length - 1]);
      if (!cued && i === 0) partCue = includedIn(s, np, drafts[drafts.length - 1]);
      const found = cued ?? partCue;
      const unit: Unit = np.head?.unit ?? 'persons';
      // "512 civilian casualties: 203 killed and 309 injured": the group of a counted noun that is no fact itself is
      // the group of the bare figures after it.
      // A part after "including" is no such noun ("the bodies of 6 civilians, including 2 children, and 14 injured").
      const opensPart = /(?:,|\()\s*(?:including|among\s+them|of\s+whom)\s+$/i.test(s.slice(0, np.q.start));
      if (!found && np.head?.unit === 'persons' && np.head.group && np.head.group !== 'people' && !opensPart) prevGroup = np.head.group;
      if (!found || !fits(found.cue.category, unit)) continue;
      // "300 soldiers returned to their base": fighters moving are no displaced people.
      if (KIND_OF[found.cue.category] === 'displacement' && moversOnly(s.slice(np.q.end, np.end))) continue;
      if (!cued && addedToPart(s, drafts, np, found.cue.category)) continue;
      // A bare object figure names no people unless its cue does: "forcing tens of thousands to flee" counts persons.
      if (!np.head && !found.subject && !found.cue.persons && found.cue.category !== 'killed' && found.cue.category !== 'injured') continue;
      const { cue } = found;
      const kind = KIND_OF[cue.category];
      if (kind !== 'casualty' && isSinglePerson(np.q.phrase)) continue;
      // "killed three women and injured 9 others": no later figure continues a part (victims.ts), see carriedGroup.
      const carried = carriedGroup(prevGroup, np.head?.noun ?? '');
      // "ISIL lost 40 fighters": the sufferer's side names the victims over a noun that names no side.
      const sufferer = found.suffered && SIDELESS.has(np.head?.group || 'people') ? sideGroup(subjectActor(s, cue.start)) : '';
      const lead = kind === 'casualty' && !np.head ? colonLeadGroup(s, np.q.start) : '';
      const groupName: Group | '' = kind === 'casualty' ? sufferer || np.head?.group || lead || tollGroup(s, cue) || carried || 'people' : '';
      // A part after "including" does not name the group a later bare figure counts ("..., and 70 injured"), not even
      // when it shares the whole's verb ("killed 17 people, including 5 children, and injured 42").
      const breakdown = i > 0 && /\b(?:including|among\s+them|of\s+whom)\b/i.test(s.slice(group[i - 1]!.end, np.q.start));
      if (kind === 'casualty' && cued && !breakdown) prevGroup = groupName;
      const lastNp = group[group.length - 1]!;
      let actor = '';
      if (kind === 'casualty' && !found.suffered) actor = perpetrator(s, cue, found.subject);
      if (kind === 'territory') {
        usedVerbs.push({ start: cue.start, end: cue.end });
        // "3 villages fell to the army", "4 towns were taken by ISIL": the counted places are the subject; the side follows.
        const gainer = found.subject ? agentAfter(s, cue.end) : subjectActor(s, cue.start);
        actor = /\blos(?:t|ing|es?)\b/i.test(s.slice(cue.start, cue.end)) ? beneficiary(s, lastNp.end) : gainer || recentActor;
      }
      drafts.push({
        kind,
        category: cue.category,
        group: groupName,
        quantity: figureQuantity(np),
        unit,
        count_phrase: np.q.phrase,
        figStart: np.q.start,
        figEnd: np.q.end,
        cueStart: Math.min(cue.start, np.q.start),
        cueEnd: Math.max(cue.end, lastNp.end),
        places: kind === 'territory' ? territoryPlaces(s, places, group[0]!.q.start, lastNp.end, cue.category) : factPlaces(s, places, Math.max(cue.end, lastNp.end)),
        actor_text: actor,
        cumulative: !!cue.cumulative,
        part: !cued,
      });
    }
  }
  return { drafts, usedVerbs };
}

/**
 * "1.2 million displaced in A, 500,000 in B and 90,000 in C": a list of figures that each name their own place takes
 * each its own, the places from its figure to the next figure's; it applies only when every figure of the list has
 * one, so a place shared by the list ("12 killed and 30 injured in X", "In X, 40 were killed and 12 injured") or
 * named before it (the reporter's "the health office in X said") stays shared.
 */
export function ownPlaces(drafts: Draft[]): void {
  const series = drafts.filter((d) => d.kind !== 'territory' && !d.part).sort((a, b) => a.figStart - b.figStart);
  if (series.length < 2) return;
  const own = series.map((d, i) => {
    const to = series[i + 1]?.figStart ?? Infinity;
    return d.places.filter((p) => p.start >= d.figStart && p.start < to);
  });
  if (own.some((o, i) => !o.length || o.length === series[i]!.places.length)) return;
  series.forEach((d, i) => (d.places = own[i]!));
}

/**
 * "160 killed (Red Cross), 400 killed, including those killed in X (the government)": a place inside an "including"
 * phrase after a figure locates part of that figure, not the whole list; the list's other figures drop it (and take
 * their place from the text around them). Only "including those ... in", "including N ... in", a subset's place.
 */
const SUBSET_PLACE = /\bincluding\s+(?:those|some|about|at\s+least|\d[\d,]*)\b[^,;()|]{0,40}?\b(?:in|at|near)\s+$/iu;

export function includedPlaces(s: string, drafts: Draft[]): void {
  const series = drafts.filter((d) => d.kind !== 'territory' && !d.part);
  if (series.length < 2) return;
  const places = [...new Map(series.flatMap((d) => d.places).map((p) => [p.start, p])).values()];
  for (const p of places) {
    const phrase = SUBSET_PLACE.exec(s.slice(0, p.start));
    if (!phrase) continue;
    // The figure the phrase follows (the last of the list before "including"), and the phrase's own figure, if any
    // ("including 190 in X": a part, which keeps its place).
    const whole = series.filter((d) => d.figEnd <= phrase.index).sort((a, b) => b.figStart - a.figStart)[0];
    if (!whole?.places.some((q) => q.start === p.start)) continue;
    const owners = new Set([whole, ...series.filter((d) => d.figStart >= phrase.index && d.figEnd <= p.start)]);
    for (const d of series) if (!owners.has(d)) d.places = d.places.filter((q) => q.start !== p.start);
  }
}

const INCIDENTS = new RegExp(ANOTHER_INCIDENT.source, 'gu');

/**
 * "a strike on 9 May on X, killing 12, and the shelling of Y on 11 May that killed 4": two incidents strung by "and the
 * <fighting noun>" each keep the places named on their side of it (the sentence's dates are split the same way,
 * time.ts). Only when figures and places stand on both sides.
 */
export function incidentPlaces(s: string, drafts: Draft[]): void {
  const series = drafts.filter((d) => d.kind !== 'territory' && !d.part);
  if (series.length < 2) return;
  for (const m of allMatches(INCIDENTS, s)) {
    const before = series.filter((d) => d.figEnd <= m.index);
    const after = series.filter((d) => d.figStart >= m.index + m[0].length);
    if (!before.length || !after.length || before.length + after.length !== series.length) continue;
    const split = (d: Draft, first: boolean) => d.places.filter((p) => (first ? p.end <= m.index : p.start >= m.index));
    if ([...before.map((d) => split(d, true)), ...after.map((d) => split(d, false))].some((own) => !own.length)) continue;
    for (const d of before) d.places = split(d, true);
    for (const d of after) d.places = split(d, false);
    return;
  }
}

/** "the death toll of civilians in X rose to N": the victims a toll's cue names in its complement. */
function tollGroup(s: string, cue: CueHit): Group | '' {
  const of = cue.cumulative ? /\btoll\s+(?:of|among)(?:\s+the)?(?=\s)/i.exec(s.slice(cue.start, cue.end)) : null;
  // "the civilian death toll rose to 90": the victims before the toll's noun.
  if (!of) return cue.cumulative ? victimsBefore(s.slice(0, cue.start)) : '';
  const at = cue.start + of.index + of[0].length;
  const head = readHead(s, { start: at, end: at, numStart: at, numEnd: at, phrase: '', value: null, vague_word: '', modifier: 'exact' });
  return head?.unit === 'persons' ? head.group : '';
}

/**
 * "27 soldiers were killed in the clashes, in addition to 31 rebels": a figure added to a casualty fact of the same
 * sentence shares its verb; it is a series of its own, not a part.
 */
function inAdditionTo(s: string, np: FigureNP, last: Draft | undefined): Cued | null {
  if (!last || last.kind !== 'casualty' || last.cueEnd > np.q.start || np.head?.unit !== 'persons') return null;
  const between = s.slice(last.cueEnd, np.q.start);
  if (/[;.]/.test(between) || !/,?\s+in\s+addition\s+to\s+$/i.test(between)) return null;
  return { cue: { category: last.category, start: last.cueStart, end: last.cueEnd, cumulative: last.cumulative }, subject: true };
}

/**
 * "70 civilians died in the raids, including 20 children": a figure introduced by "including" after a
 * fact of the same clause is a part of it, with the same cue.
 */
function includedIn(s: string, np: FigureNP, last: Draft | undefined): Cued | null {
  if (!last || last.kind === 'territory' || last.cueEnd > np.q.start) return null;
  // "a total of 95 killed (30 men, 22 women ...)": a bracket right after the fact opens its breakdown.
  const bracket = /^\s*\(\s*(?:including\s+)?$/i.test(s.slice(last.cueEnd, np.q.start));
  // "including a woman and five children": a member without a figure may come first in the list.
  const opens = /,\s*(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:(?:an?|one)\s+[\p{L}\-]+(?:\s*,\s*|\s+and\s+))?$/iu;
  // "killed 19 civilians in X on Tuesday, 8 of them children": a part may name itself after its figure.
  const tail = np.head !== null && /,\s*$/.test(s.slice(0, np.q.start)) && PARTITIVE_TAIL.test(s.slice(np.q.end));
  if (!bracket && !tail && !opens.test(s.slice(0, np.q.start))) return null;
  if (/[;.]/.test(s.slice(last.cueEnd, np.q.start))) return null;
  if (countsOtherThings(s, Math.max(last.figEnd, last.cueEnd), np.q.start)) return null;
  return { cue: { category: last.category, start: last.cueStart, end: last.cueEnd, cumulative: last.cumulative }, subject: true };
}

/**
 * "100 were injured, while 50 ambulances were damaged, including 25 that ...": a figure of things this stage does
 * not count (a plural noun no head reads) that opens a clause between the fact and "including" is the whole the part
 * belongs to.
 */
function countsOtherThings(s: string, from: number, to: number): boolean {
  if (from >= to) return false;
  return findQuantities(s.slice(from, to)).some((q) => {
    const at = { ...q, start: q.start + from, end: q.end + from };
    // Only a figure that opens a clause ("while 50 ambulances were"); "killed in 3 strikes, including" is no whole.
    const opensClause = /(?:[,;]|\b(?:and|while|whereas|but))\s+$/.test(s.slice(0, at.start));
    return opensClause && /^\s+\p{Ll}[\p{Ll}-]*s\b/u.test(s.slice(at.end)) && readHead(s, at) === null;
  });
}

/**
 * A part of a breakdown ("including", a bracket) counts only as a group of the schema: "30 men" or "12 adults" name
 * no group ('people'), so they are no series of their own; parts in the same group ("8 girls and 11 boys, as well as
 * 24 children") are one figure of that group, their sum. True when the part is used up here (dropped or added).
 */
/** Two parts of one group added: the values, and the tops when either is a range ("8-10 girls and 11 boys": 19-21). */
function summed(a: Quantity, b: QuantityHit): Quantity {
  const sum = { ...a, value: a.value! + b.value! };
  if (a.upper === undefined && b.upper === undefined) return sum;
  return { ...sum, upper: (a.upper ?? a.value!) + (b.upper ?? b.value!) };
}

function addedToPart(s: string, drafts: Draft[], np: FigureNP, category: Category): boolean {
  if (KIND_OF[category] !== 'casualty') return false;
  const group = np.head?.group;
  if (!group || group === 'people') return !!np.head;
  const same = drafts.findLast((d) => d.category === category && d.group === group && d.figEnd <= np.q.start);
  const whole = drafts.findLast((d) => d.category === category && d.figEnd <= np.q.start && !d.part);
  if (!same?.part || !whole || same.figStart < whole.figStart) return false;
  if (same.quantity?.value == null || np.q.value == null || same.quantity.vague_word || np.q.vague_word) return false;
  same.quantity = summed(same.quantity, np.q);
  // The summed figure's words run from the first part to this one ("8 girls and 11 boys, as well as 24").
  same.figEnd = np.q.end;
  same.count_phrase = s.slice(same.figStart, np.q.end);
  return true;
}

/** "lost X to rebels", "lost two hills to the army": who gained them, after "to" in the same clause. */
export function beneficiary(s: string, from: number): string {
  const rest = s.slice(from);
  const clauseEnd = rest.search(/[;.]|,\s/);
  const m = /\bto\s+/i.exec(clauseEnd >= 0 ? rest.slice(0, clauseEnd) : rest);
  return m ? actorAfter(s, from + m.index + m[0].length) : '';
}

/**
 * Places of a counted capture or advance: those in its own clause after the figure (not the origin "from X"); for a
 * participle clause without any (", seizing a dozen hamlets"), those of the main clause before it.
 */
function territoryPlaces(s: string, places: PlaceHit[], figureStart: number, from: number, category: Category): PlaceHit[] {
  const rest = s.slice(from);
  const stop = rest.search(/[;.]|,\s|\s+and\s+(?=\p{Ll}+(?:ed|ing)\b)|\s(?:while|but|where|which|who|that|as|after)\s/u);
  const end = stop >= 0 ? from + stop : s.length;
  const own = places.filter((p) => p.start >= from && p.start < end && p.cue !== 'from');
  if (own.length || category === 'advanced') return own;
  return places.filter((p) => p.start < figureStart && p.cue !== 'from' && !aboutTheReporter(s, p));
}

/**
 * Places of a casualty or displacement figure: the sentence's, except those describing a reporter ("based in X")
 * and those in an appositive or non-restrictive clause after the fact (", a town near X", ", which borders X"): they
 * describe the place, they are not where the fact happened.
 */
export function factPlaces(s: string, places: PlaceHit[], factEnd: number): PlaceHit[] {
  const aside = /,\s+(?:one\s+of|which|whose|a\s|an\s|the\s+(?:largest|biggest|main|last)\b)/i.exec(s.slice(factEnd));
  const limit = aside ? factEnd + aside.index : s.length;
  return places.filter((p) => p.start < limit && !aboutTheReporter(s, p));
}

/**
 * Where a statement was made, not where the fact happened: "U.N. spokesman Stephane Dujarric said in New York", "the
 * minister told reporters in Geneva", "a spokesman said at a briefing in Brussels". Speech verbs of the saying table
 * that need no given words after them.
 */
let saidIn: RegExp | null = null;
function saidInPattern(): RegExp {
  const forms = sayingVerbs().filter((v) => v.kind === 'speech' && !v.followedBy).flatMap((v) => v.forms).filter((f) => !/\s/.test(f));
  const verb = forms.sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');
  return new RegExp(String.raw`\b(?:${verb})\s+(?:(?:reporters|journalists)\s+)?(?:(?:at|during)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,3}?)?in\s+(?:the\s+)?$`, 'u');
}

// "based in", "a journalist from": who lives or works where the place names, unless a determiner makes the word a noun.
const RESIDING = '(?:based|living|lives|live|works?|working|born|stationed|headquartered|correspondent|activist|journalist)';
const RESIDENT_BEFORE = new RegExp(
  String.raw`(?<!\b(?:their|the|his|her|our|my|whose)\s)\b${RESIDING}\b(?:\s+[\p{L}\-’']+){0,7}\s+(?:in|from)\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,2}$`, 'u');

function aboutTheReporter(s: string, p: PlaceHit): boolean {
  const before = s.slice(Math.max(0, p.start - 90), p.start);
  saidIn ??= saidInPattern();
  if (saidIn.test(before)) return true;
  // "20,000 people living in IDP camps in X": a site's town, where the counted people live, not a reporter's home.
  if (SITE_BEFORE_PLACE.test(before)) return false;
  // "lost their lives when a bomb exploded in X": "lives" after a determiner is the noun, not the reporter's home.
  return RESIDENT_BEFORE.test(before);
}
