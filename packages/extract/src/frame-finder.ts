/**
 * Frame-driven facts over tokens: each figure is attached to its head noun, and the noun phrase to the predicate of
 * its clause by the frames table (frames.ts): the subject of an intransitive or passive verb, the object of an active
 * one, a counted event noun ("N displacements"), a noun's "of" complement ("the death of N"), or a toll stated by a
 * verb of change ("the toll rose to N"). Hedges between the subject and its verb ("are believed to have died") make
 * the fact hedged instead of hiding it. A gapped list after a counted noun ("N arrivals in X, M in Y and K in Z")
 * gives one fact per place.
 */
import type { Group, Unit } from '@frontline/schema';
import type { Token } from '@frontline/nlp';
import { tokenize } from '@frontline/nlp';
import { alternation, monthNames } from '@frontline/nlp/dates';
import { actorAfter, agentAfter, onlyActor, subjectActor } from './actors.ts';
import { isHedgeVerb } from './certainty.ts';
import { isIntention } from './cues.ts';
import { isModalNoun, modality } from './modality.ts';
import type { Draft } from './draft.ts';
import { sameFigure } from './draft.ts';
import { isNotACount } from './filters.ts';
import type { Frame } from './frames.ts';
import { frameFor, frames, isCausingVerb, isReportingVerb, isSufferingVerb, mayHoldFrame } from './frames.ts';
import { isPlaceSubject } from './place-subject.ts';
import { pastFrontedTime } from './fronted.ts';
import { agentAt, factPlaces, fits, KIND_OF, PARTITIVE_TAIL, perpetrator } from './figures.ts';
import { carriedGroup, moversOnly, inheritsNoun, isPersonNoun, nounHead, readHead, sideGroup, victimsBefore } from './nouns.ts';
import type { HeadNoun } from './nouns.ts';
import type { QuantityHit } from './numbers.ts';
import { findQuantities, quantityOf, rangeOpening } from './numbers.ts';
import type { PlaceHit } from './places.ts';
import { isRankedFigure, rankingHead } from './ranking-head.ts';
import { pastSubjectPlace } from './subject-place.ts';
import type { Attachment, Counted } from './frame-parts.ts';
import { isCategory } from './frame-parts.ts';
import { riseTo, totalAfter } from './frame-tolls.ts';
import { shareGroup } from './shares.ts';
import { AGENT_BY, sentenceTokens, startsCapital } from './text.ts';
import { isSinglePerson, sentenceSinglePersons } from './single-person.ts';
import { afterVictimsLead } from './later-parts.ts';
import { trappedAt } from './trapped.ts';
import { baselineMemberTime } from './time.ts';
import { uncountedNoun } from './uncounted-whole.ts';
import { populationOf } from './partitive-whole.ts';
import { composedFamilies, composedPersons } from './composed-units.ts';
import { CLAIM_NOUNS } from './label-sources.ts';

export interface FrameDraft extends Draft {
  /** The frame row that made it a fact: `lemma/count_role`. */
  frame: string;
  /** The subject of the reporting verb that states the count ("The Shelter Cluster tracked N"), '' if none. */
  reporter: string;
  /** A member of a gapped list by place ("11 in A and 7 in B"): its places are its own segment's. */
  listed?: boolean;
}

/**
 * A single word in scare quotes, as army statements' euphemisms are quoted ("12 rebels were also "neutralized""): the
 * quotes are blanked (same length, so offsets stay) and the word is read as the verb it is.
 */
const SCARE_QUOTED = /["“](\p{Ll}+)["”]/gu;
const withoutScareQuotes = (s: string): string => s.replace(SCARE_QUOTED, ' $1 ');

/** Words between a verb and its counted object that belong to neither ("seized two more villages", "killed another 14"). */
const DETERMINERS = new Set(['another', 'a', 'the', 'further', 'more', 'additional', 'other', 'at', 'least', 'some', 'total', 'of']);

/**
 * All frame facts of a sentence; `places` are the sentence's place mentions. `read` are the figure spans other
 * finders already made facts of: a sentence with no other figure is not tagged at all (tagging is the cost here).
 */
export function frameDrafts(text: string, places: PlaceHit[], read: Draft[] = []): FrameDraft[] {
  const s = withoutScareQuotes(text);
  const figures = findQuantities(s);
  const singles = sentenceSinglePersons(s);
  const quantities = [...figures.filter((q) => !isNotACount(s, q) || bracketedAfterName(s, q) || partOfEvents(s, q) || partOfOwn(s, q) || partOfHurt(s, q) || !!populationOf(s, q)), ...singles]
    .sort((a, b) => a.start - b.start);
  if (quantities.every((q) => read.some((d) => d.figStart < q.end && q.start < d.figEnd)) || !mayHoldFrame(s)) return [];
  const tokens = sentenceTokens(s);
  const counted = quantities.map((q) => countedPhrase(s, tokens, q));
  const drafts: FrameDraft[] = [];
  for (let i = 0; i < counted.length; i++) {
    const c = counted[i]!;
    const bracketed = bracketedPart(s, c, places, [...read, ...drafts]);
    if (bracketed) {
      drafts.push({ ...partOf(bracketed.whole, c, [bracketed.place]), frame: 'part/place' });
      continue;
    }
    if (restatedInHouseholds(s, c, [...read, ...drafts])) continue;
    const restated = restatedInPersons(s, c, [...read, ...drafts]) ?? composed(s, c, [...read, ...drafts]);
    if (restated) {
      drafts.push(restated);
      continue;
    }
    const total = totalAfter(s, c, [...read, ...drafts]);
    if (total) {
      const reporter = (total.whole as Partial<FrameDraft>).reporter ?? '';
      drafts.push({ ...partOf(total.whole, c, total.whole.places), cueStart: total.cueStart, cueEnd: c.end, cumulative: true, frame: 'total/rise_to', reporter });
      continue;
    }
    const byAgent = agentPart(s, c, [...read, ...drafts]);
    if (byAgent) {
      drafts.push(byAgent);
      continue;
    }
    const byPlace = continuedBreakdown(s, tokens, c, [...read, ...drafts]) ?? uncountedWhole(s, tokens, c, places);
    const whole = byPlace ? null : subgroupOf(s, c, [...read, ...drafts]) ?? copulaPart(s, c, [...read, ...drafts]);
    if (whole) {
      drafts.push({ ...partOf(whole, c, factPlaces(s, places, c.end)), group: c.group || whole.group, frame: 'part/group' });
      continue;
    }
    // "after two days left in protest": a span of time is nobody who leaves or dies.
    const found = byPlace || (c.head && TIME_NOUNS.has(c.head.lemma)) ? null : attach(s, tokens, c, places);
    if (!byPlace && (!found || !fits(found.category, c.unit))) continue;
    // "2,000 fighters arrived", "the soldiers returned": fighters moving are no displaced people.
    if (found && KIND_OF[found.category] === 'displacement' && moversOnly(s.slice(c.q.end, c.end))) continue;
    // "Two of the injured were evacuated to Kyiv": the hurt moved to hospitals are no displaced people; they only die.
    if (found && KIND_OF[found.category] !== 'casualty' && OF_THE_HURT.test(s.slice(c.q.end))) continue;
    // "The dead included 12 people sheltering in a mosque": the victims of a toll, where they were when they died.
    if (found && KIND_OF[found.category] !== 'casualty' && afterVictimsLead(s.slice(0, c.q.start))) continue;
    // "4,000 families are stranded within the frontlines": people held where the fighting is have not been displaced.
    if (found?.category === 'idps_stock' && trappedAt(s.slice(found.end))) continue;
    // "45 trucks crossed", "12 convoys left": a verb of moving says displacement only of people or families.
    if (found && KIND_OF[found.category] === 'displacement' && found.frame.pos === 'VERB' && c.head && !c.known) continue;
    // "82 were killed by X, 31 by Y": a bare figure that is its verb's subject heads a list as a counted one does.
    const list = gappedList(s, tokens, counted, i, !!byPlace || !!found?.subject, found?.subject ? found.end : 0);
    const members = list.length || byPlace ? [c, ...list] : [c];
    const reporter = reportingSubject(s, tokens, c.after);
    // "killed 19 people on 2 May and another 23 on 3 May": a list by date shares the clause's places; each later
    // member's time is the one after its own figure, so its predicate span starts there.
    const byDate = list.length > 0 && DATED_MEMBER.test(s.slice(list[0]!.end));
    // "1,400 people remain displaced in A and 800 in B": the first member that another finder read as a stock (or as
    // the movement) says what the later ones are; it keeps only its own segment's places.
    const first = list.length && found ? read.find((d) => sameFigure(d, { figStart: c.q.start, figEnd: c.q.end }) && d.kind === KIND_OF[found.category]) : undefined;
    if (first && !byDate) first.places = segmentPlaces(places, c, members, counted[i + list.length + 1]);
    const readAs = first ? { ...found!, category: first.category } : found;
    for (const m of members) {
      const segment = (byPlace || list.length) && !byDate ? segmentPlaces(places, m, members, counted[i + list.length + 1]) : null;
      // "In Tigray, the army took 3 villages and the rebels 2": a list by perpetrator shares the places before its
      // first figure with a member that has none of its own.
      const shared = list.some((x) => x.actor) && !segment?.length ? factPlaces(s, places, c.q.start).filter((p) => p.start < c.q.start) : [];
      const own = segment ? (segment.length ? segment : shared) : factPlaces(s, places, Math.max(found!.end, m.end));
      if (byPlace) drafts.push(partOf(byPlace, m, own));
      else for (const category of [readAs!.category, ...(readAs!.also ?? [])]) {
        const d = draftOf(s, m, { ...readAs!, category }, own, reporter);
        const later = byDate && m !== c;
        const cueEnd = later ? m.end + (DATED_MEMBER.exec(s.slice(m.end))?.[0].length ?? 0) : d.cueEnd;
        const agent = d.kind === 'casualty' && m !== c ? AGENT_MEMBER.exec(s.slice(m.end)) : null;
        if (agent) d.actor_text = agentAt(s, m.end + agent[0].length);
        else if (d.kind !== 'displacement' && m.actor) d.actor_text = m.actor;
        // "compared with 44 in April": the member's month is a baseline to the sentence's reading, its own here.
        const baseline = later ? baselineMemberTime(s, m.end) : undefined;
        drafts.push({ ...d, cueStart: later ? m.q.start : d.cueStart, cueEnd, listed: list.length > 0 && !byDate, ...(baseline ? { ownTime: baseline } : {}) });
      }
    }
    i += list.length;
  }
  // "9 children, 5 women and 16 men": a part that names no group of the schema is no series of its own (as in figures.ts).
  // "a woman fled", "a soldier said": one person with an article is a fact only as a casualty.
  return drafts.filter((d) => !(d.frame === 'part/group' && d.group === 'people') && !(d.kind !== 'casualty' && isSinglePerson(d.count_phrase)));
}

/** Nouns of a span of time: "two days", "48 hours" count no people. */
const TIME_NOUNS = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade']);

/** A noun that names the counted event itself ("displacements", "deaths", "arrivals"): it has a `head` frame. */
const isEventNoun = (t: Token | undefined): boolean => !!t && t.pos === 'NOUN' && frameFor(t, 'head', 'NOUN').length > 0;

/** Words that join a gapped figure's modifiers to the next figure's: "12 civilian and 4 military casualties". */
const GAP_JOIN = new Set(['and', 'or']);
const gapAt = (tokens: Token[], k: number): boolean => GAP_JOIN.has(tokens[k]?.lemma ?? '') && tokens[k + 1]?.pos === 'NUM';

/**
 * "40 rebel casualties", "12 regime deaths": a noun in the singular before a noun of harm qualifies it, as English
 * compounds put their head last; the harm counts. A singular noun of persons or of a side may qualify it across a gap
 * ("11 army and 4 militia casualties"); a plural one is a head of its own ("30 civilians and 12 soldiers").
 */
function qualifiesHarm(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'NOUN' || isEventNoun(t) || t.text.toLowerCase() !== t.lemma) return false;
  return isEventNoun(tokens[k + 1]) || ((isPersonNoun(t.text) || !!sideGroup(t.text)) && gapAt(tokens, k + 1));
}

/** The figure's noun phrase: head noun, unit and casualty group. */
function countedPhrase(s: string, tokens: Token[], q: QuantityHit): Counted {
  const after = tokens.findIndex((t) => t.start >= q.end);
  let head: Token | null = null;
  let gappedAt = -1;
  // "only 326 of the deaths": a partitive counts its noun ("326 deaths"), so that noun is the head.
  const possessive = POSSESSIVE_PARTITIVE.exec(s.slice(q.end));
  const partitive = tokens[after]?.lemma === 'of' && (tokens[after + 1]?.pos === 'DET' || possessive) ? 2 : 0;
  // "6,000 and 3,500 families": a bare figure before "and" and a figure counts the later figure's noun and unit.
  const bare = !partitive && gapAt(tokens, after) && rangeOpening(s, q.start) < 0 ? tokens[after + 1]! : null;
  for (let k = after + partitive + (bare ? 2 : 0), reach = k + 4; k >= 0 && k < tokens.length && k < reach; k++) {
    const t = tokens[k]!;
    // "4,100 battle-related deaths", "300 conflict-linked fatalities": a hyphened noun and participle qualify the noun after.
    if (hyphenedQualifier(tokens, k)) { k += 2; reach += 2; continue; }
    // "30 civilian and 12 military casualties": a figure whose noun is gapped counts the next figure's noun.
    if (k > after && gapAt(tokens, k)) { gappedAt = k + 1; k += 1; reach += 3; continue; }
    if (qualifiesHarm(tokens, k)) continue;
    if (t.pos === 'NOUN') { head = t; break; }
    // "640 IDP arrivals": an acronym before a noun qualifies it.
    const acronym = t.pos === 'PROPN' && /^[A-Z]{2,}$/.test(t.text) && tokens[k + 1]?.pos === 'NOUN';
    // "1,245 reported fatalities", "52 confirmed deaths": a reporting verb's participle qualifies the noun.
    const reported = t.pos === 'VERB' && /ed$/i.test(t.text) && isReportingVerb(t.lemma);
    // "28,500 forced displacements", "300 unaccompanied arrivals": a participle before a noun that names the event
    // qualifies it as an adjective would (the tagger calls it a verb).
    // "3,400 facilitated and 12,800 spontaneous returnees": so does one before a gap to the next figure's noun.
    const qualifying = t.pos === 'VERB' && /ed$/i.test(t.text) && (isEventNoun(tokens[k + 1]) || gapAt(tokens, k + 1));
    if (!(t.pos === 'ADJ' || (t.pos === 'ADV' && t.lemma !== 'also') || DETERMINERS.has(t.lemma) || acronym || reported || qualifying)) break;
  }
  // readHead knows units and groups; "three more villages" is read from after "more".
  // "7 of them civilians": the noun after a pronoun partitive says who the part are (figures.ts reads it the same way).
  const skip = /^\s+(?:more|other|further|additional)\b/i.exec(s.slice(q.end)) ?? PARTITIVE_TAIL.exec(s.slice(q.end)) ?? OWN.exec(s.slice(q.end));
  // "Two of the 12 passengers": a part of a population counts the population's noun (partitive-whole.ts).
  const population = skip ? null : populationOf(s, q);
  const skipEnd = skip ? q.end + skip[0].length : population?.end;
  const nounPhrase = readHead(s, skipEnd !== undefined ? { ...q, end: skipEnd } : bare ? { ...q, end: bare.end } : q);
  if (!head && nounPhrase && skipEnd !== undefined) head = tokens.find((t) => t.start >= q.end && t.text === nounPhrase.noun) ?? null;
  // "2,600 population movements", "300 IDP arrivals": of a compound the noun reader does not know, the last noun counts.
  while (!nounPhrase && head && head.text.toLowerCase() === head.lemma) {
    const next = compoundHead(tokens, head.i);
    if (!next) break;
    head = next;
  }
  // "had the highest number of fatalities, with at least 14": a bare figure counts the ranking's noun before it.
  // "recorded the highest number of deaths, with 75 victims": a noun of persons that names no harm says who the ranked
  // figure counts, and the ranking's noun says what befell them.
  const ranked = (nounPhrase ? barePersons(nounPhrase) && isRankedFigure(s, q) : !head) ? rankingHead(s, tokens, q) : null;
  if (ranked) head = ranked;
  const unit: Unit = nounPhrase?.unit ?? 'persons';
  // "3 injuries among army servicemen", "40 deaths among civilians": the victims follow the event noun;
  // "inflicted 150 casualties on the rebels": so do they after "on"; "876 deaths of regime soldiers": and after "of".
  const among = !nounPhrase && head ? /^\s+(?:among|on|of)\s+(?:the\s+)?/i.exec(s.slice(head.end)) : null;
  const victims = among ? readHead(s, { ...q, end: head!.end + among[0].length - 1 }) : null;
  const own = OWN.test(s.slice(q.end)) && nounPhrase?.group === 'people' ? sideGroup(subjectActor(s, q.start)) : '';
  // "Children accounted for 18 of the deaths": the part's group is the subject of a verb of share.
  const share = partitive && !nounPhrase ? shareGroup(tokens, tokens.findIndex((t) => t.end > q.start)) : '';
  // "the most civilian deaths, with 45": the ranking's noun names its victims as "civilian deaths rose to 45" does.
  const rankedVictims = ranked ? victimsBefore(s.slice(0, ranked.start)) : '';
  const sided = head && !nounPhrase && !ranked ? harmSide(s.slice(q.end, head.start)) : '';
  // "the most civilian deaths, with 45 people": the ranking's victims name the figure's plain "people".
  const phraseGroup = ranked && nounPhrase?.group === 'people' ? '' : nounPhrase?.group;
  const group = own || share || phraseGroup || (victims?.unit === 'persons' ? victims.group : '') || rankedVictims || sided || sharedGroup(s, tokens, gappedAt);
  // "Four of the injured later succumbed": the partitive is the subject's whole phrase, whatever the tagger made of it.
  const hurt = head ? null : OF_THE_HURT.exec(s.slice(q.end));
  // "three of the 60 were shot dead": a population with no noun of its own ends the part's phrase.
  const end = nounPhrase?.end ?? (head && !ranked ? head.end : population ? population.end : q.end + (hurt?.[0].length ?? 0));
  return { q, after: after < 0 ? tokens.length : after, head, unit, group, end, own: !!own, known: !!nounPhrase || victims?.unit === 'persons' };
}

/**
 * "Four female and two male aid workers": a gapped figure whose own words name no side ("female") counts the persons
 * the shared noun phrase names, so it takes that phrase's group as read after the later figure ("aid workers":
 * civilians); "44 pro-government and 39 rebel fighters" keeps its own side (`harmSide`, read first).
 */
function sharedGroup(s: string, tokens: Token[], gappedAt: number): Group | '' {
  const figure = tokens[gappedAt];
  if (!figure) return '';
  const later = findQuantities(s.slice(figure.start, figure.end + 1))[0];
  if (!later) return '';
  const shared = readHead(s, { ...later, start: later.start + figure.start, end: later.end + figure.start });
  return shared?.unit === 'persons' ? shared.group : '';
}

/** A noun phrase of persons with no word of harm or of flight in it ("75 victims", "120 civilians", not "40 dead"). */
function barePersons(phrase: HeadNoun): boolean {
  return phrase.unit === 'persons' && !phrase.internalCue && !phrase.modifiers;
}

/**
 * The noun a singular noun qualifies: the next noun ("IDP arrivals"), or the noun after a second qualifier joined by
 * "and"/"or" ("village and district administrators", "camp or town residents"), both qualifiers in the singular.
 */
function compoundHead(tokens: Token[], i: number): Token | null {
  const [next, second, noun] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (next?.pos === 'NOUN') return next;
  const joined = next?.pos === 'CCONJ' && /^(?:and|or)$/i.test(next.text) && second?.pos === 'NOUN';
  return joined && second.text.toLowerCase() === second.lemma && noun?.pos === 'NOUN' ? noun : null;
}

/**
 * "15 regime casualties", "4 army deaths": the side a figure's own words name before a noun of harm, up to a gap
 * ("11 army and 4 militia casualties": the 11's words are "army" only).
 */
function harmSide(words: string): Group | '' {
  const own = words.split(/\s+(?:and|or)\s+\d/)[0]!.trim();
  return own ? sideGroup(own) : '';
}

/**
 * "battle-related", "conflict-linked", "violence-induced": a noun joined by a hyphen (no spaces) to a participle or an
 * adjective, before a noun. It qualifies that noun, as an adjective does, so it is no head of its own.
 */
function hyphenedQualifier(tokens: Token[], k: number): boolean {
  const [noun, dash, word, next] = [tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3]];
  if (!noun || !dash || !word || next?.pos !== 'NOUN' || noun.pos !== 'NOUN' || dash.text !== '-') return false;
  const joined = noun.end === dash.start && dash.end === word.start;
  return joined && (word.pos === 'ADJ' || (word.pos === 'VERB' && /ed$/i.test(word.text)));
}

/** The frame that governs a counted phrase, trying each argument position in turn. */
function attach(s: string, tokens: Token[], c: Counted, places: PlaceHit[]): Attachment | null {
  // A head before its figure is a ranking's noun (ranking-head.ts): only that noun's own frame may count it.
  if (c.head && c.head.end <= c.q.start) return counted(s, tokens, c);
  return counted(s, tokens, c) ?? labelled(tokens, c) ?? ofComplement(s, tokens, c) ?? riseTo(s, tokens, c) ?? asObject(s, tokens, c) ?? asSubject(s, tokens, c, places) ?? addedTo(tokens, c) ?? afterUncountedConjunct(s, tokens, c);
}

/** Parts of speech inside an uncounted first conjunct: "the head of the local farmers' union". */
const CONJUNCT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** The most words such a conjunct may hold. */
const CONJUNCT_REACH = 8;

/**
 * "shot dead the head of the farmers' union and four nurses", "killed the imam and three worshippers": a counted
 * group of persons joined by "and" to an object with no figure (a role or office, which the data contract does not
 * count) is the same verb's object. The first conjunct opens on a determiner or a possessive right after the verb and
 * holds only nouns, adjectives and "of"; a figure in it makes it a counted list, read elsewhere. Places are left out:
 * "seized the town of X and a number of villages" is one capture whose fact the named place already gives.
 */
function afterUncountedConjunct(s: string, tokens: Token[], c: Counted): Attachment | null {
  if (!c.head || c.unit !== 'persons') return null;
  const first = tokens.findIndex((t) => t.end > c.q.start);
  if (first < 2 || tokens[first - 1]!.lemma !== 'and') return null;
  for (let j = first - 2; j >= 1 && j >= first - 1 - CONJUNCT_REACH; j--) {
    const t = tokens[j]!;
    if (t.pos === 'DET' || POSSESSIVES.has(t.lemma)) {
      const found = objectVerbAt(s, tokens, j - 1, c);
      if (found) return found;
    }
    if (!CONJUNCT_POS.has(t.pos) && t.lemma !== 'of' && !POSSESSIVES.has(t.lemma) && !/^['’]$/.test(t.text)) return null;
  }
  return null;
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);

/** Words that add a further counted phrase to a predicate already stated: "were evacuated ... in addition to N families". */
const ADDING = [['in', 'addition', 'to'], ['along', 'with'], ['together', 'with']];

/**
 * "17 bodies were evacuated on 20 October in addition to five families", "shelling killed 4 soldiers along with 3
 * civilians": a counted phrase added to a clause shares the clause's predicate (the nearest verb before it with a
 * frame, in the same clause).
 */
function addedTo(tokens: Token[], c: Counted): Attachment | null {
  if (!c.head) return null;
  const first = tokens.findIndex((t) => t.end > c.q.start);
  const words = ADDING.find((w) => w.every((lemma, j) => tokens[first - w.length + j]?.lemma === lemma));
  if (!words) return null;
  for (let k = first - words.length - 1; k >= 0 && k >= first - ADDED_REACH; k--) {
    const t = tokens[k]!;
    if (/^[.;:,]$/.test(t.text)) return null;
    if (t.pos !== 'VERB') continue;
    const frame = frames().find((f) => f.pos === 'VERB' && (f.lemma === t.lemma || f.forms.includes(t.text.toLowerCase())) && isCategory(f.category));
    return frame && isCategory(frame.category) ? { category: frame.category, frame, start: t.start, end: t.end, cumulative: false } : null;
  }
  return null;
}

/** How far back the predicate of an added phrase may be, in tokens. */
const ADDED_REACH = 12;

/**
 * "22 families (130 individuals) were stranded": a count of persons in brackets right after a count of families or
 * households restates that fact in persons.
 */
function restatedInPersons(s: string, c: Counted, before: Draft[]): FrameDraft | null {
  if (c.unit !== 'persons' || !c.head || !/\(\s*$/.test(s.slice(0, c.q.start)) || !/^\s*\)/.test(s.slice(c.end))) return null;
  const whole = before.find((d) => d.kind === 'displacement' && d.unit !== 'persons' && /^\s+[\p{L}\-]+\s*\(\s*$/u.test(s.slice(d.figEnd, c.q.start)));
  if (!whole) return null;
  return { ...whole, unit: 'persons', quantity: quantityOf(c.q), count_phrase: c.q.phrase, figStart: c.q.start, figEnd: c.q.end, frame: 'restated/persons', reporter: (whole as Partial<FrameDraft>).reporter ?? '' };
}

/** "310 households comprising 1,870 people": the fact of either unit in the other (composed-units.ts). */
function composed(s: string, c: Counted, before: Draft[]): FrameDraft | null {
  const copy = composedPersons(s, c, before) ?? composedFamilies(s, c, before);
  return copy && { ...copy, frame: 'restated/composed', reporter: (copy as Partial<FrameDraft>).reporter ?? '' };
}

/**
 * "some 12,300 individuals (approximately 2,460 households) were displaced": a count of households or families in
 * brackets right after a count of persons restates the persons' fact in another unit; it is no second fact.
 */
function restatedInHouseholds(s: string, c: Counted, before: Draft[]): boolean {
  if ((c.unit !== 'households' && c.unit !== 'families') || !/\(\s*$/.test(s.slice(0, c.q.start)) || !/^\s*\)/.test(s.slice(c.end))) return false;
  return before.some((d) => d.kind === 'displacement' && d.unit === 'persons' && /^\s+[\p{L}\-]+\s*\(\s*$/u.test(s.slice(d.figEnd, c.q.start)));
}

/**
 * "N displacements", "N deaths": the head noun is the event. Licensed nouns need a reporting verb before them in the
 * clause. A noun with a row per category ("N casualties": killed and injured) gives a fact of each, unless a breakdown
 * follows it ("N casualties: M killed and K injured", "N casualties (M killed ...)"): the breakdown states those facts.
 */
function counted(s: string, tokens: Token[], c: Counted): Attachment | null {
  if (!c.head) return null;
  // "suffered heavy casualties": a word for a sum of dead and hurt says neither how many died nor how many were hurt.
  const rows = frameFor(c.head, 'head', 'NOUN').filter((f) => isCategory(f.category) && (!f.licensed_by || ((f.licensed_by === 'reporting' || f.licensed_by === 'cause') && licensedInClause(tokens, c.head!.i, f.licensed_by) && !(f.licensed_by === 'cause' && c.q.vague_word))));
  const frame = rows[0];
  if (!frame || !isCategory(frame.category)) return null;
  const also = rows.slice(1).map((f) => f.category).filter(isCategory);
  if (also.length && BREAKDOWN_NEXT.test(s.slice(c.head.end))) return null;
  // "ISIL suffered 340 fatalities", "the brigade sustained 45 casualties": the subject's own loss, whatever the noun.
  const suffered = KIND_OF[frame.category] === 'casualty' && isSufferingVerb(clauseVerb(tokens, c.head.i)?.lemma ?? '');
  return { category: frame.category, also, frame, start: c.head.start, end: c.head.end, cumulative: false, suffered };
}

/** A breakdown right after a counted noun (and its place): a colon, bracket or dash, then a figure. */
const BREAKDOWN_NEXT = /^(?:\s+(?:in|on|among)\s[^.;:(),]{1,60}?)?\s*[:(–—,]\s*(?:at\s+least\s+|some\s+|about\s+)?\d/;

/**
 * A label line of a report ("Civilian deaths: 45", "Injured: 120", "IDPs: 3,000 families", "• Killed – 12"): the
 * figure follows a colon or a dash that ends a short label at the start of the line; a word of the label names the
 * category through its own frame (a counted noun, or a verb whose subject is the count). A report's line is the
 * report's own count, so a noun that needs a reporting verb elsewhere ("Arrivals: 3,400") counts here.
 */
function labelled(tokens: Token[], c: Counted): Attachment | null {
  const first = tokens.findIndex((t) => t.end > c.q.start);
  const mark = tokens[first - 1];
  if (!mark || !LABEL_MARKS.has(mark.text)) return null;
  const label: Token[] = [];
  for (let k = mark.i - 1; k >= 0 && !BULLETS.has(tokens[k]!.text) && !endsPair(tokens, k); k--) {
    if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'NUM' || label.length >= LABEL_WORDS + LABEL_TAIL_WORDS) return null;
    label.unshift(tokens[k]!);
  }
  if (!shortLabel(label)) return null;
  const named = labelCategory(label);
  return named ? { ...named, start: label[0]!.start, end: mark.end, cumulative: false } : null;
}

/**
 * The category a label's words name ("Civilian deaths", "Newly displaced families"), with the victims or unit it
 * names: a word of the label through its own frame (a counted noun, or a verb whose subject is the count).
 */
export function labelCategory(label: Token[]): Pick<Attachment, 'category' | 'frame' | 'group' | 'unit'> | null {
  if (!label.length) return null;
  const victims = labelVictims(label);
  // A label is often capitalised ("Deaths in Kherson"): the tagger reads its lower-case form as words, not names.
  const words = tokenize(label.map((t) => t.text.toLowerCase()).join(' '));
  for (const w of words) {
    const f = [...frameFor(w, 'head', 'NOUN'), ...frameFor(w, 'subject', 'VERB')].find((x) => isCategory(x.category));
    if (!f || !isCategory(f.category)) continue;
    // "Trucks crossed: 45": a label that names something other than people counts that ("Deaths in Kherson" names a place).
    const head = words.slice(0, (words.findIndex((t) => t.pos === 'ADP') + 1 || words.length + 1) - 1);
    if (!victims && head.some((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && t.i !== w.i && !OF_AMOUNT.has(t.lemma))) return null;
    return { category: f.category, frame: f, group: victims?.group ?? '', unit: victims?.unit };
  }
  return null;
}

/**
 * Nouns of an amount that a label names its counted noun through: "The highest number of deaths", "The majority of
 * arrivals", "Death toll" (a toll is the amount of deaths, no thing of its own).
 */
const OF_AMOUNT = new Set(['number', 'majority', 'share', 'bulk', 'proportion', 'toll', 'tally']);
// A table's cell border too ("IDPs | 45,000", "| Killed | 1,204 |"): a row of a label cell and a figure cell.
const LABEL_MARKS = new Set([':', '–', '—', '|']);
// A comma too ("Killed: 7, wounded: 19"): the cue finder leaves a word a label mark follows to the label (cues.ts).
const PAIR_SEPARATORS = new Set([';', '|', ',']);

/**
 * A table-like line holds several pairs ("Killed: 12; Injured: 30 | Missing: 4", "Killed: 7, wounded: 19"): a separator right after the previous
 * pair's figure ends that pair, so the next label starts after it, as it would after a bullet.
 */
function endsPair(tokens: Token[], k: number): boolean {
  return PAIR_SEPARATORS.has(tokens[k]!.text) && tokens[k - 1]?.pos === 'NUM' && LABEL_MARKS.has(tokens[k - 2]?.text ?? '');
}
const BULLETS = new Set(['•', '-', '*', '–', '—', '·', 'o', '▪', '|']);
/** A label is a few words ("Civilians killed", "Newly displaced families"); more is a sentence. */
const LABEL_WORDS = 4;
/**
 * A key-figure line adds where and since when after its words ("Civilians killed in Sagaing Region: 52", "People
 * displaced in Ituri since January: 14,300"): prepositional phrases, a few words more, that do not count as the label's.
 */
const LABEL_TAIL_WORDS = 6;
function shortLabel(label: Token[]): boolean {
  const tail = label.findIndex((t, i) => i > 0 && t.pos === 'ADP');
  return (tail < 0 ? label.length : tail) <= LABEL_WORDS;
}

/** "Civilian deaths", "Children killed", "Displaced families": the people a label names, if any. */
function labelVictims(label: Token[]): { group: Group | ''; unit: Unit } | null {
  const phrase = label.map((t) => t.text).join(' ');
  const victims = nounHead(phrase);
  if (!victims || victims.unit === 'places' || victims.unit === 'km') return null;
  return { group: victims.unit === 'persons' ? victims.group : '', unit: victims.unit };
}

function licensedInClause(tokens: Token[], at: number, by: 'reporting' | 'cause'): boolean {
  return by === 'reporting' ? reportingVerb(tokens, at) !== null || reportedAfter(tokens, at) || claimLabel(tokens, at) : causingVerb(tokens, at);
}

/** How many words may stand between the label's colon and the counted noun ("UN estimate: more than 900 killings"). */
const LABEL_REACH = 5;

/**
 * "UN estimate: 921 killings", "Church count: 410 deaths": a source's label before the figure states it as its
 * count, as a reporting verb does.
 */
function claimLabel(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 1 && k >= at - LABEL_REACH; k--) {
    if (tokens[k]!.text !== ':') continue;
    const noun = tokens[k - 1]!;
    return noun.pos === 'NOUN' && CLAIM_NOUNS.has(noun.lemma.toLowerCase());
  }
  return false;
}

/** How many words may sit between a counted noun and the passive reporting verb after it ("were also registered"). */
const PASSIVE_REACH = 3;

/** "N new arrivals were registered", "N movements tracked": a reporting verb in the passive right after the noun. */
function reportedAfter(tokens: Token[], at: number): boolean {
  for (let k = at + 1; k < tokens.length && k <= at + PASSIVE_REACH + 1; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && isReportingVerb(t.lemma)) return /ed$/i.test(t.text);
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.lemma === 'be' || t.lemma === 'have')) return false;
  }
  return false;
}

/** The reporting verb ("tracked", "has documented") before a token in its clause, if any. */
function reportingVerb(tokens: Token[], at: number): Token | null {
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === '.' || t.text === ':') return null;
    // "in Gao (40 reported deaths) and in Mopti (12 reported deaths)": a participle right after a figure describes
    // the noun that figure counts; nobody before it reported anything.
    if (t.pos === 'VERB' && isReportingVerb(t.lemma) && tokens[k - 1]?.pos !== 'NUM') return t;
  }
  return null;
}

/** Words of ability between a reporter and its verb: "was able to document", "managed to record". */
const ABLE_TO = new Set(['able', 'to', 'manage']);

/** A causing verb ("caused", "inflicted", "suffered") governs the noun: the nearest verb before it in its clause. */
function causingVerb(tokens: Token[], at: number): boolean {
  return isCausingVerb(clauseVerb(tokens, at)?.lemma ?? '');
}

/** The nearest verb before a token in its clause, if any. */
function clauseVerb(tokens: Token[], at: number): Token | null {
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (/^[.;:,]$/.test(t.text)) return null;
    if (t.pos === 'VERB') return t;
  }
  return null;
}

const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PUNCT', 'NUM']);

/**
 * Who reports the count: the subject of the reporting verb that governs it ("The Shelter Cluster has tracked N"),
 * when that subject names an organisation or person (a proper noun); "teams recorded" names nobody.
 */
function reportingSubject(s: string, tokens: Token[], at: number): string {
  const verb = reportingVerb(tokens, at);
  if (!verb) return '';
  let k = verb.i - 1;
  // "has documented", "was able to document", "managed to record": what stands between the subject and its verb.
  while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || ABLE_TO.has(tokens[k]!.lemma))) k--;
  const end = k;
  // "The Syrian Observatory for Human Rights": "of" and "for" between capitalised words belong to the name.
  const capital = (t: Token | undefined) => t?.pos === 'PROPN' || (t?.pos === 'DET' && tokens[t.i + 1]?.pos === 'PROPN');
  const named = (t: Token | undefined) => t?.pos === 'PROPN' || (t?.pos === 'NOUN' && startsCapital(t.text));
  const inName = (t: Token) => (t.lemma === 'of' || t.lemma === 'for') && named(tokens[t.i - 1]) && capital(tokens[t.i + 1]);
  while (k >= 0 && (SUBJECT_POS.has(tokens[k]!.pos) || inName(tokens[k]!)) && !/^[,;:.—–]$/.test(tokens[k]!.text)) k--;
  // The article is no part of the name ("The Syrian Observatory ..." is "Syrian Observatory ...").
  while (tokens[k + 1]?.pos === 'DET' && k + 1 < end) k++;
  // "In the past week Aleppo recorded": a fronted time phrase with no comma after it is no part of the subject.
  const from = pastFrontedTime(s, tokens[k + 1]?.start ?? 0, tokens[end]?.end ?? 0);
  const words = tokens.slice(k + 1, end + 1).filter((t) => t.start >= from);
  // A capital at the start of a sentence proves nothing ("Teams recorded"); an acronym or a later proper noun does.
  if (!words.some((t) => t.pos === 'PROPN' && (t.i > 0 || /^[A-Z]{2,}$/.test(t.text)))) return '';
  const subject = s.slice(words[0]!.start, words[words.length - 1]!.end);
  // "Diyala recorded 37 killed": where the figures were counted, no reporter.
  return isPlaceSubject(subject, s.slice(0, verb.start)) ? '' : subject;
}

/** "the death of N civilians", "the displacement of some 6,000 people". */
function ofComplement(s: string, tokens: Token[], c: Counted): Attachment | null {
  const first = tokens.findIndex((t) => t.end > c.q.start);
  let k = first - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k]!.lemma) && tokens[k]!.lemma !== 'of') k--;
  k = coordinatedOf(tokens, k);
  if (tokens[k]?.lemma !== 'of') return null;
  const noun = tokens[k - 1];
  if (!noun || noun.pos !== 'NOUN') return null;
  const frame = frameFor(noun, 'of', 'NOUN')[0];
  if (!frame || !isCategory(frame.category)) return null;
  if (frame.licensed_by === 'persons' && !(c.known && c.unit === 'persons')) return null;
  // "could lead to the deaths of", "warned of the displacement of": an event feared or foreseen is no fact.
  if (isModalNoun(s, noun.start, noun.end, true)) return null;
  return { category: frame.category, frame, start: noun.start, end: noun.end, cumulative: false };
}

/**
 * "the death of 12 children and 3 women", "the killing of a child and 5 women": a later member of a coordinated
 * complement shares its "of". From the token before the figure (`k`), the index of that "of", or `k` unchanged.
 */
function coordinatedOf(tokens: Token[], k: number): number {
  if (tokens[k]?.lemma !== 'and' && tokens[k]?.text !== ',') return k;
  let j = k - 1;
  // One member before: a figure or an article, its modifiers and its noun ("12 children", "a child", "9 regime soldiers").
  while (j >= 0 && j > k - 6 && MEMBER_POS.has(tokens[j]!.pos) && tokens[j]!.lemma !== 'of') j--;
  const member = tokens.slice(j + 1, k);
  const counted = member[0] && (member[0].pos === 'NUM' || member[0].pos === 'DET');
  return tokens[j]?.lemma === 'of' && counted && member.some((t) => t.pos === 'NOUN') ? j : k;
}

const MEMBER_POS = new Set(['NUM', 'DET', 'ADJ', 'NOUN']);

/** "seized three more villages", "killed another 14 civilians": an active verb before its counted object. */
function asObject(s: string, tokens: Token[], c: Counted): Attachment | null {
  let k = tokens.findIndex((t) => t.end > c.q.start) - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k]!.lemma)) k--;
  return objectVerbAt(s, tokens, beforeAside(tokens, k), c);
}

/** The frame of the active verb at `k` (or of a verb of several words ending there) whose object is `c`, or null. */
function objectVerbAt(s: string, tokens: Token[], k: number, c: Counted): Attachment | null {
  const verb = tokens[k];
  // The tagger sometimes calls a past tense before its object a noun ("retook") or an adjective ("liberated"): a
  // listed form there is the verb.
  if (!verb) return null;
  // "hacked to death 23 villagers": the "to" of a verb of several words before its last word is no infinitive's.
  if (isIntention(s, verb.start)) return phrasalObject(s, tokens, k);
  if (verb.pos !== 'VERB' && !((verb.pos === 'NOUN' || verb.pos === 'ADJ') && tokens[k + 1]?.lemma !== 'of')) return phrasalObject(s, tokens, k);
  const previous = tokens[k - 1];
  if (previous && (previous.lemma === 'be' || previous.lemma === 'get')) return null; // "were killed 5": not an object
  // "forced 2,000 families from their homes": a verb with a particle reads it after the object.
  const rest = tokens.filter((t) => t.start >= c.end);
  const frame = frameFor(verb, 'object', 'VERB', rest).find((f) => f.voice === 'active' && (verb.pos === 'VERB' || f.forms.includes(verb.text.toLowerCase())));
  if (frame && isCategory(frame.category)) return { category: frame.category, frame, start: verb.start, end: verb.end, cumulative: false };
  return phrasalObject(s, tokens, k);
}

// The most words an aside between commas may hold ("according to a first count", "the ministry said").
const ASIDE_WORDS = 6;

/**
 * "The strike killed, in a preliminary toll, five people": a short aside set off by commas between a verb and its
 * counted object. From the comma before the object (`k`), the index of the word before the aside's opening comma, or
 * `k` unchanged. An aside holding a figure is a list's member, not an aside ("killed 3, wounded 4, 5 ...").
 */
function beforeAside(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ',') return k;
  for (let j = k - 1; j >= 1 && j >= k - ASIDE_WORDS - 1; j--) {
    if (tokens[j]!.pos === 'NUM') return k;
    if (tokens[j]!.text === ',') return j - 1 < k - 2 ? j - 1 : k;
  }
  return k;
}

/**
 * "shot dead 14 passengers", "gunned down 22 villagers": a verb of several words (a row such as "shoot dead") whose
 * last word stands right before the counted object.
 */
function phrasalObject(s: string, tokens: Token[], last: number): Attachment | null {
  for (let k = last - 1; k >= 0 && k >= last - 2; k--) {
    const verb = tokens[k]!;
    if (isIntention(s, verb.start)) continue;
    const frame = frameFor(verb, 'object', 'VERB', tokens.slice(k + 1, last + 1)).find((f) => f.voice === 'active' && f.lemma.includes(' ') && lastWord(f) === tokens[last]!.lemma);
    if (frame && isCategory(frame.category)) return { category: frame.category, frame, start: verb.start, end: tokens[last]!.end, cumulative: false };
  }
  return null;
}

function lastWord(f: Frame): string {
  return f.lemma.slice(f.lemma.lastIndexOf(' ') + 1);
}

/**
 * "At least 12 people are believed to have died", "Another nine died", "N soldiers were reportedly killed": the
 * subject's verb after auxiliaries, adverbs and verbs of belief; a passive frame needs a form of "be" before it, an
 * intransitive one must not be passive. A modal ("could flee") is no fact. An apposition or a bracket after the subject
 * ("N people, mostly women and children, were evacuated", "N families (M individuals) ...") stands between them. A bare
 * participle with no object ("N families stranded in X", "with N people evacuated to X") is a passive too.
 */
function asSubject(s: string, tokens: Token[], c: Counted, places: PlaceHit[]): Attachment | null {
  let k = c.head ? c.head.i + 1 : c.after;
  const endTok = tokens.findIndex((t) => t.start >= c.end);
  // The counted phrase may already hold part of a phrase of origin ("N people from the Rutshuru"): read it whole.
  const origin = pastOrigin(tokens, k);
  if (endTok > k) k = endTok;
  k = pastPlacePhrase(s, tokens, k, places);
  const aged = pastAge(tokens, k);
  // "three boys aged between 9 and 15 years, were injured": a comma may close the ages and nothing else.
  const agedComma = aged > k && tokens[aged]?.text === ',' && pastInsert(tokens, aged) === aged ? aged + 1 : aged;
  k = origin > k ? origin : pastInsert(tokens, agedComma);
  // "N households (HH) (M individuals) who ...": the persons' count in a second bracket; "(M individuals) who ...":
  // the bracketed count itself, whose verb is its whole's, after the bracket closes.
  k = pastInsert(tokens, k);
  if (tokens[k]?.text === ')' && tokens[tokens.findIndex((t) => t.start >= c.q.start) - 1]?.text === '(') k = pastInsert(tokens, k + 1);
  // "N households (M individuals) from A and B arrived": the phrase of origin may follow the bracket.
  k = pastOrigin(tokens, k);
  k = pastUncountedMember(tokens, k);
  k = pastMembersOf(tokens, k);
  const rate = pastRate(tokens, k) > k;
  if (rate) k = pastRate(tokens, k);
  k = pastReducedRelative(tokens, k);
  // "N families who sought refuge in X": a relative pronoun right after the subject opens the clause that says what
  // befell it, as "were" would; a verb after it still has to be a frame's.
  if (RELATIVE_SUBJECT.has(tokens[k]?.lemma ?? '') && tokens[k]!.pos === 'PRON') k++;
  let passive = false;
  let auxiliary = false;
  // "preparing for 500,000 people to be displaced", "expects 3,000 families to flee": a subject with an infinitive
  // and no finite verb is a projection, not an event.
  if (tokens[k]?.lemma === 'to' && tokens[k]!.pos === 'PART') return null;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (modality().modalLemmas.has(t.lemma)) return null;
    if (t.pos === 'AUX' || isBe(t) || t.lemma === 'have') { passive = isBe(t); auxiliary = true; continue; }
    if (t.pos === 'ADV' || t.pos === 'PART') {
      if (t.lemma === 'not' || t.lemma === 'never') return null;
      continue;
    }
    // "are believed to have died": the verb of belief stands between the subject and its predicate (certainty.ts).
    if (t.pos === 'VERB' && isHedgeVerb(t.lemma) && tokens[k + 1]?.lemma === 'to') { k++; passive = false; continue; }
    break;
  }
  const verb = tokens[k];
  // The tagger may call a participle after "be" an adjective ("are sheltered"): a listed form there is the verb.
  if (!verb || (verb.pos !== 'VERB' && !(verb.pos === 'ADJ' && passive && frameFor(verb, 'subject', 'VERB').some((f) => f.forms.includes(verb.text.toLowerCase()))))) return null;
  // "are fleeing", "are sheltering": a form of "be" before a present participle is a progressive, not a passive.
  if (/ing$/i.test(verb.text)) passive = false;
  const bare = !auxiliary && bareParticiple(tokens, verb);
  const voiced = (v: Token) => subjectFrames(v, tokens, c).find((f) => (f.voice === 'passive' ? passive || bare : !passive));
  let frame = voiced(verb);
  let at = verb;
  // "had been found and killed", "were captured and executed": the participle after "and" shares the subject and
  // its "be"; it is the predicate when the first participle says nothing of the counted people.
  const second = passive || bare ? conjoinedParticiple(tokens, verb) : null;
  if (second && (!frame || !isCategory(frame.category) || !fits(frame.category, c.unit))) [frame, at] = [voiced(second), second];
  if (!frame || !isCategory(frame.category)) return null;
  return { category: frame.category, frame, start: at.start, end: at.end, cumulative: false, subject: true, ...(rate ? { rate } : {}) };
}

/**
 * The subject rows of a verb, a row licensed by persons first when the subject names people and the verb takes no
 * complement that makes it an idiom ("fell ill", "fell victim", "fell into", "fell back"); left out otherwise.
 */
function subjectFrames(v: Token, tokens: Token[], c: Counted) {
  const rows = frameFor(v, 'subject', 'VERB', tokens.slice(v.i + 1));
  const persons = c.known && c.unit === 'persons' && !idiomAfter(tokens[v.i + 1]);
  return [...rows.filter((f) => persons && f.licensed_by === 'persons'), ...rows.filter((f) => f.licensed_by !== 'persons')];
}

/** Particles that make a phrasal verb of the one before ("fell back", "fell into", "fell behind"): a closed class. */
const PARTICLES = new Set(['into', 'back', 'behind', 'apart', 'off', 'out', 'down', 'through', 'over', 'short', 'under']);

/** A word after the verb that makes it an idiom: an adjective or noun complement ("ill", "victim") or a particle. */
function idiomAfter(t: Token | undefined): boolean {
  return !!t && (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || PARTICLES.has(t.lemma));
}

/** Words between two participles that share one "be": "found and killed", "captured and later executed". */
const CONJOINED = new Set(['and', 'then', 'later', 'subsequently']);

/** The past participle joined by "and" to the one at `verb` ("found and killed"), or null. */
function conjoinedParticiple(tokens: Token[], verb: Token): Token | null {
  let k = verb.i + 1;
  if (tokens[k]?.lemma !== 'and') return null;
  while (CONJOINED.has(tokens[k]?.lemma ?? '')) k++;
  const next = tokens[k];
  return next?.pos === 'VERB' && /(?:ed|en|wn|t)$/i.test(next.text) ? next : null;
}

/** Relative pronouns that may be a clause's subject: "who", "that" ("which" is for things, no victims). */
const RELATIVE_SUBJECT = new Set(['who', 'that']);
const BE_FORMS = new Set(['being', 'been']);
/** Verbs of state that take a participle as "be" does: "remain stranded", "stay displaced". */
const STATE_VERBS = new Set(['remain', 'stay']);

function isBe(t: Token): boolean {
  return t.lemma === 'be' || BE_FORMS.has(t.text.toLowerCase()) || STATE_VERBS.has(t.lemma);
}

/** Words inside an age list: "aged 44 and 46", "aged between 20 and 30", "aged 8, 11 and 13". */
const AGE_LIST_WORDS = new Set(['and', 'or', 'to', 'between', ',', '-', '–']);

/**
 * The token after the victims' ages ("two men aged 44 and 46 were killed"), or `k`: the ages describe the counted
 * noun, so the verb after them is its predicate. A comma that ends the list is left to the clause.
 */
function pastAge(tokens: Token[], k: number): number {
  if (tokens[k]?.text.toLowerCase() !== 'aged') return k;
  let j = k + 1;
  // A number before a noun is a count ("aged 60 and 3 children"), not an age: the list ends before it. "years" is the
  // ages' own unit ("aged between 9 and 15 years").
  const years = (t: Token | undefined) => t?.lemma.toLowerCase() === 'year';
  const age = (t: Token) => t.pos === 'NUM' && (tokens[t.i + 1]?.pos !== 'NOUN' || years(tokens[t.i + 1]));
  while (j < tokens.length && (age(tokens[j]!) || AGE_LIST_WORDS.has(tokens[j]!.text.toLowerCase()))) j++;
  while (j > k + 1 && AGE_LIST_WORDS.has(tokens[j - 1]!.text.toLowerCase())) j--;
  if (j <= k + 1 || tokens[j - 1]!.pos !== 'NUM') return k;
  // "aged 9 to 15 years old": the unit and "old" close the list.
  if (years(tokens[j])) j += tokens[j + 1]?.text.toLowerCase() === 'old' ? 2 : 1;
  return j;
}

/** Words that say a number is not known: "an unknown number of", "an undetermined number of". */
const UNCOUNTED = new Set(['unknown', 'undetermined', 'unspecified', 'unconfirmed', 'uncounted', 'undisclosed', 'indeterminate']);
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/**
 * The token after a coordinated member whose number is not known ("13 soldiers and an unknown number of rebels were
 * killed"), or `k`: that member has no figure to be a fact, and the verb after it is still the first member's.
 */
function pastUncountedMember(tokens: Token[], k: number): number {
  const [and, article, word, noun, of] = tokens.slice(k, k + 5);
  if (!and || !['and', 'or'].includes(and.lemma) || !article || !['a', 'an'].includes(article.text.toLowerCase())) return k;
  if (!word || !UNCOUNTED.has(word.text.toLowerCase()) || noun?.text.toLowerCase() !== 'number' || of?.lemma !== 'of') return k;
  let j = k + 5;
  while (j < tokens.length && NOUN_PHRASE_POS.has(tokens[j]!.pos)) j++;
  return j > k + 5 ? j : k;
}

/** The most words of the body after "members of": "the local civil defence teams". */
const MEMBERS_OF_REACH = 6;

/**
 * The token after the body a count of members belongs to ("12 members of rescue teams died", "nine members of the
 * family died in the strike"), or `k`: "of" and its noun phrase say whose members they were; the verb after is theirs.
 */
function pastMembersOf(tokens: Token[], k: number): number {
  if (tokens[k]?.lemma !== 'of' || tokens[k - 1]?.lemma !== 'member') return k;
  let j = k + 1;
  while (j < tokens.length && j <= k + MEMBERS_OF_REACH && NOUN_PHRASE_POS.has(tokens[j]!.pos)) j++;
  return j > k + 1 && tokens[j - 1]!.pos !== 'DET' ? j : k;
}

/**
 * The auxiliary after a reduced relative clause right after the subject ("N people escaping the violence have crossed",
 * "N civilians trying to reach the border were killed"), or `k`: the present participle says who they are, the
 * auxiliary opens what befell them. Only an auxiliary ends it, so a participle that is itself the predicate ("N people
 * fleeing the town", a headline) stays the verb; a figure or a clause mark inside ends the look.
 */
function pastReducedRelative(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.pos !== 'VERB' || !/\p{L}ing$/iu.test(t.text) || BREAKDOWN_PARTICIPLES.has(t.text.toLowerCase())) return k;
  for (let j = k + 1; j < tokens.length && j <= k + INSERT_REACH; j++) {
    const u = tokens[j]!;
    if (u.pos === 'AUX' || isBe(u)) return j;
    if (u.pos === 'NUM' || /^[.;:()!?,—–]$/.test(u.text) || (u.pos === 'VERB' && /\p{L}ing$/iu.test(u.text))) return k;
  }
  return k;
}

/** How far a phrase of origin may reach, in tokens. */
const INSERT_REACH = 10;
/**
 * How far an apposition or a bracket may reach, in tokens: ", a 70-year-old woman and a 52-year-old man," is 15 (each
 * age is five tokens).
 */
const APPOSITION_REACH = 16;

/** Participles that open a breakdown of the figure before them as a preposition would: "(including 12 children)". */
const BREAKDOWN_PARTICIPLES = new Set(['including', 'excluding']);

/**
 * The token after an apposition (", mostly women and children,", "— the de facto army of the region —") or a bracket
 * ("(83 individuals)") at `k`, or `k`.
 */
function pastInsert(tokens: Token[], k: number): number {
  const open = tokens[k]?.text;
  // "eight fighters of the SDF — the de facto army of the region — were killed": wire copy sets an apposition
  // between dashes as it does between commas.
  // Typed copy sets that dash as a hyphen with spaces: "At least 50 people - mainly women and children - are killed".
  const close = open === ',' ? ',' : open === '(' ? ')' : open === '—' || open === '–' ? open : spacedHyphen(tokens, k) ? '-' : null;
  if (!close) return k;
  const breakdown = close === ')' ? pastBreakdown(tokens, k) : k;
  if (breakdown > k) return breakdown;
  for (let j = k + 1; j < tokens.length && j <= k + APPOSITION_REACH; j++) {
    const t = tokens[j]!;
    // ", a nurse, a teacher and a student,": an apposition of roles, each with its article, has commas of its own.
    if (close === ',' && t.text === ',' && isArticle(tokens[k + 1]) && isArticle(tokens[j + 1])) continue;
    if (t.text === close && (close !== '-' || spacedHyphen(tokens, j))) return j + 1;
    // "(including 12 children)", ", excluding fighters,": a participle that opens a breakdown is a preposition there.
    if (j === k + 1 && BREAKDOWN_PARTICIPLES.has(t.text.toLowerCase())) continue;
    // ", identified as A and B,", ", named as A,": the victims' names in apposition; the participle is no verb there.
    if (j === k + 1 && close === ',' && NAMING_PARTICIPLES.has(t.text.toLowerCase()) && /^[A-Z]|^as$/.test(tokens[j + 1]?.text ?? '')) continue;
    if (j === k + 2 && close === ',' && NAMING_PARTICIPLES.has(tokens[k + 1]!.text.toLowerCase()) && t.text === 'as') continue;
    // ", aged 9,", "(aged 60)": an apposed age; "aged" is no verb of a clause there.
    if (j === k + 1 && t.text.toLowerCase() === 'aged' && tokens[j + 1]?.pos === 'NUM') continue;
    // ", serving in the 57th Brigade,", ", fighting for the RSF,": a present participle opening the apposition says who
    // they are, as a noun phrase would; a finite verb or an auxiliary after it still ends the look.
    if (j === k + 1 && close === ',' && t.pos === 'VERB' && /\p{L}ing$/iu.test(t.text)) continue;
    // A clause of its own (a verb) or the end of one is no apposition; an apostrophe ("fighters' relatives") is inside it.
    // A bracket's list of parts has commas of its own ("(including 14 children, 11 women and three men)").
    if (close === ')' && t.text === ',') continue;
    // "women-headed", "RSF-held": a participle after a hyphen ends a compound adjective, no verb of a clause.
    if (t.pos === 'VERB' && /^[-‐]$/.test(tokens[j - 1]!.text)) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[.;:()!?,]$/.test(t.text)) return k;
  }
  return k;
}

/** How far a bracketed breakdown may reach, in tokens: four counted members, each with a phrase of its own. */
const BREAKDOWN_REACH = 40;

/**
 * "64 people (12 children, 1 infant hit by falling debris, 20 women) were injured": a bracket that opens on a count
 * and lists counted members is the figure's breakdown, however long; its members may carry verbs of their own. The
 * token after it, or `k` when the bracket opens on no count, holds no list (no comma) or does not close.
 */
function pastBreakdown(tokens: Token[], k: number): number {
  if (tokens[k + 1]?.pos !== 'NUM') return k;
  let listed = false;
  for (let j = k + 2; j < tokens.length && j <= k + BREAKDOWN_REACH; j++) {
    const t = tokens[j]!.text;
    if (t === '(' || t === ';' || t === ':') return k;
    if (t === ',') listed = true;
    if (t === ')') return listed ? j + 1 : k;
  }
  return k;
}

/** Participles that open an apposition giving the victims' names: ", identified as A and B,", ", named as A,". */
const NAMING_PARTICIPLES = new Set(['identified', 'named']);

const isArticle = (t: Token | undefined): boolean => !!t && /^an?$/i.test(t.text);

/** A hyphen standing alone between spaces, as a dash is typed; "women-headed" joins its words without spaces. */
const spacedHyphen = (tokens: Token[], k: number): boolean =>
  tokens[k]?.text === '-' && (tokens[k - 1]?.end ?? -1) < tokens[k]!.start && tokens[k]!.end < (tokens[k + 1]?.start ?? Infinity);

/** Word classes of a place phrase of origin: "the Rutshuru territory", "Myanmar’s North-West region", "A and B". */
const ORIGIN_POS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PART', 'CCONJ']);

/**
 * The token after a phrase of origin right after the subject ("N people from the Rutshuru territory have fled", "N
 * individuals from the country's north-west have sought refuge"), or `k`: who they are stays the verb's subject. A
 * figure or a clause mark inside ends the look, so "N of 20,000 residents from ..." is not crossed.
 */
function pastOrigin(tokens: Token[], k: number): number {
  if (tokens[k]?.lemma !== 'from') return k;
  for (let j = k + 1; j < tokens.length && j <= k + INSERT_REACH; j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX' || t.pos === 'VERB') return j > k + 1 ? j : k;
    if (!ORIGIN_POS.has(t.pos) && t.lemma !== 'of' && !/^[-'’]$/.test(t.text)) return k;
  }
  return k;
}

/**
 * The token after a place phrase right after the subject ("At least 60 civilians in Rakhine were killed", "N people
 * across the Gaza Strip have fled"; subject-place.ts, the one reader of it), or `k`: where they are, the verb's
 * subject is still the count.
 */
function pastPlacePhrase(s: string, tokens: Token[], k: number, places: PlaceHit[]): number {
  const from = tokens[k - 1]?.end;
  if (from === undefined) return k;
  const end = pastSubjectPlace(s, from, places);
  const next = end > from ? tokens.findIndex((t) => t.start >= end) : -1;
  return next < 0 ? k : next;
}

/** Words that make a span of time a rate: "per day", "a week", "each night". */
const RATE_WORDS = new Set(['per', 'a', 'an', 'each', 'every']);

/**
 * The token after a rate right after the subject ("4,000 people per day have been displaced", "1,500 a day are
 * fleeing"), or `k`: the figure is still the verb's subject, a count of each day's flow.
 */
function pastRate(tokens: Token[], k: number): number {
  const unit = tokens[k + 1];
  return RATE_WORDS.has(tokens[k]?.lemma ?? '') && unit && TIME_NOUNS.has(unit.lemma) ? k + 2 : k;
}

/** A past participle ("stranded", "evacuated") with no object after it: a reduced passive ("N families stranded in X"). */
function bareParticiple(tokens: Token[], verb: Token): boolean {
  if (!/(?:ed|en)$/i.test(verb.text)) return false;
  const next = tokens[verb.i + 1];
  return !next || next.pos === 'ADP' || next.pos === 'PUNCT' || next.pos === 'ADV';
}

/**
 * "killed 550 people, including 232 in A, 223 in B and 51 in C", "18,500 returned – 2,500 to A and 16,000 to B": a
 * figure without a noun, followed by its own place, after "including", a dash or a colon that follows a fact of the
 * same sentence, is the part of that fact in that place. Returns the fact it belongs to, or null. A whole counted by a
 * vague word ("killed dozens of people across the province, including 14 in A") has parts as a counted one does.
 */
function continuedBreakdown(s: string, tokens: Token[], c: Counted, before: Draft[]): Draft | null {
  if (!partByPlace(s, tokens, c)) return null;
  const whole = before.filter((d) => d.figEnd <= c.q.start && d.kind !== 'territory' && (d.quantity?.value != null || !!d.quantity?.vague_word)).pop();
  if (!whole) return null;
  const between = s.slice(whole.figEnd, c.q.start);
  if (/[.;]/.test(between) || between.length > 160) return null;
  return /(?:[–—:]|\binclud(?:ing|es)|\bof\s+whom|\bamong\s+them)\s*$/i.test(between) ? whole : null;
}

/** A figure without a noun, its own place after it ("12 in Kherson"), and no verb of its own after that place. */
function partByPlace(s: string, tokens: Token[], c: Counted): boolean {
  if (c.end !== c.q.end || !/^\s+(?:in|to|at|from)\s/.test(s.slice(c.end))) return false;
  // "3,000 in the north went to camps": a verb after the place makes it a clause of its own, not a part.
  for (let k = c.after; k < tokens.length && tokens[k]!.pos !== 'PUNCT' && tokens[k]!.pos !== 'CCONJ'; k++) {
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
  }
  return true;
}

/**
 * "The shelling killed civilians in several towns, including 12 in Kherson and 5 in Beryslav": parts by place after
 * a clause whose noun of people has no figure. The whole is that clause's fact as a counted noun would give it (its
 * category from the clause's predicate, its group from the noun); it is no fact itself, only what its parts share.
 */
function uncountedWhole(s: string, tokens: Token[], c: Counted, places: PlaceHit[]): Draft | null {
  if (!partByPlace(s, tokens, c)) return null;
  const noun = uncountedNoun(s, tokens, c.q.start);
  if (!noun) return null;
  const at = noun.token.start;
  const bare: Counted = { q: { ...c.q, start: at, end: at, numStart: at, numEnd: at }, after: noun.token.i, head: noun.token, unit: noun.unit, group: noun.group, end: noun.end, known: true };
  const found = attach(s, tokens, bare, places);
  if (!found || KIND_OF[found.category] === 'territory' || !fits(found.category, noun.unit)) return null;
  return draftOf(s, bare, found, [], '');
}

/** What opens a toll's breakdown: "including", "among whom", "they are", "the victims include", or a colon. */
const BREAKDOWN_LEAD = String.raw`(?:including|among\s+them|among\s+whom|of\s+whom|(?:they|these|the\s+victims|the\s+dead)\s+(?:are|were|include|included))`;
const BREAKDOWN_OPENS = new RegExp(
  String.raw`(?:(?:,\s*|\s+(?=including\b))${BREAKDOWN_LEAD}\s*:?|:)\s+(?:(?:an?|one)\s+[\p{L}\-]+(?:\s*,\s*|\s+and\s+))?$`, 'iu');

/**
 * "the killing of 61 civilians, including 18 children and 9 women": a counted group after "including", "among them"
 * or "of whom" (or after such a part and "and" / a comma) is a part of the casualty fact before it, the same series.
 */
function subgroupOf(s: string, c: Counted, before: Draft[]): Draft | null {
  if (!c.head || c.unit !== 'persons') return null;
  const previous = before.filter((d) => d.figEnd <= c.q.start && d.kind === 'casualty').sort((a, b) => a.figStart - b.figStart);
  const last = previous[previous.length - 1];
  if (!last) return null;
  const between = s.slice(last.figEnd, c.q.start);
  if (/[.;]/.test(between)) return null;
  // "rose to 30, they are 9 children, 5 women and 16 men": a monitor's breakdown of its toll, as well as "including".
  // "4 fatalities, they are a child and 3 women": a member without a figure may come first; "3,200 deaths in 2023: 1,100
  // civilians, ...": a colon opens the breakdown of the figure just stated.
  const opens = BREAKDOWN_OPENS.test(s.slice(0, c.q.start));
  // The next part of a breakdown, after the previous part's noun phrase ("21 members of the regime forces and 15 ...").
  const partEnd = (last as Partial<FrameDraft>).frame === 'part/group' || last.part ? partNounEnd(s, last) : -1;
  // "88 children under the age of 18 and 61 women", "70 members of the regime forces and loyal militiamen, and 47 ...":
  // an age or a complement of the previous part's noun does not end the list.
  const afterPart = partEnd >= 0 ? s.slice(partEnd, c.q.start).replace(AGE_BOUND, '').replace(NOUN_COMPLEMENT, '') : '';
  const continues = partEnd >= 0 && (/^\s*[\p{L}\-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u.test(between) || /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(afterPart));
  // "12 fatalities on Monday, 7 of them civilians": the part names itself after its figure.
  const tail = /,\s*$/.test(between) && PARTITIVE_TAIL.test(s.slice(c.q.end));
  // "Killed: 45 (12 children)", "45 people (including 12 children)": a bracket right after the figure (or its noun)
  // holds its parts.
  // "93 deaths in Magway Region in June (71 civilians and 22 soldiers)": the whole's place and time may come first.
  const bracket = /^\s*(?:[\p{L}\-]+\s*){0,3}\(\s*(?:(?:including|among\s+them|of\s+whom)\s+)?$/iu.test(between) || BRACKET_AFTER_COMPLEMENTS.test(between);
  // "The 12 dead included four children", "the 30 people killed include 11 women": the toll is the verb's subject.
  const subject = TOLL_INCLUDES.test(between);
  if (!opens && !continues && !tail && !bracket && !subject) return null;
  return lastWhole(previous);
}

/**
 * A monitor's toll, its noun, then where and when, then its breakdown in a bracket: "93 deaths in Magway Region in
 * June (71 civilians ...)", "58 people were killed in El Fasher on 14 June (including 11 children)". Each complement
 * opens with a preposition of place or time; no second clause ("and ...") before the bracket.
 */
const COMPLEMENT_OF_TOLL = String.raw`(?:in|on|at|during|across|near|since)\s+(?:[\p{L}\d\-'’]+\s+){1,4}`;
const BRACKET_AFTER_COMPLEMENTS = new RegExp(
  String.raw`^\s*(?:(?!and\b)[\p{L}\-]+\s+){0,3}(?:${COMPLEMENT_OF_TOLL}){1,3}\(\s*(?:including\s+|among\s+them\s+)?$`, 'iu');

/**
 * The whole's own noun phrase (a place phrase with it), then "include(d)": a few words, no clause ("that", "which")
 * and no punctuation.
 */
const TOLL_INCLUDES = /^(?:\s+(?!(?:that|which|who)\b)[\p{L}\-]+){1,8}\s+(?:include|includes|included)\s+$/iu;

/** ", 37 of them at the hands of X", ", 61 of them by X", ", 150 of them caused by X": a part of a toll, by perpetrator. */
const AGENT_PART = new RegExp(String.raw`^\s+of\s+(?:them|whom)\s+(?:(?:were|was)\s+)?(?:(?:killed|caused|committed|perpetrated)\s+)?${AGENT_BY}`, 'i');

/**
 * A figure after a comma, "of them" and its perpetrator, right after a casualty toll of the same clause, is the part
 * of that toll one party caused: the toll's category, group and places, with its own actor.
 */
function agentPart(s: string, c: Counted, before: Draft[]): FrameDraft | null {
  const agent = AGENT_PART.exec(s.slice(c.q.end));
  if (!agent) return null;
  const whole = lastWhole(before.filter((d) => d.figEnd <= c.q.start && d.kind === 'casualty').sort((a, b) => a.figStart - b.figStart));
  const between = whole ? s.slice(whole.figEnd, c.q.start) : '';
  if (!whole || /[.;:]/.test(between) || !/,\s*$/.test(between)) return null;
  const at = c.q.end + agent[0].length;
  return { ...partOf(whole, c, whole.places), actor_text: agentAt(s, at), frame: 'part/agent' };
}

/** Where a part's own noun phrase ends ("21 women", "70 members"); a part read with a list's verb ends its list. */
function partNounEnd(s: string, part: Draft): number {
  const q = findQuantities(s.slice(0, part.figEnd)).pop();
  return (q && q.start === part.figStart ? readHead(s, q)?.end : undefined) ?? part.figEnd;
}

/** A group noun's complement ("of the regime forces and loyal militiamen"), up to the comma before the next part. */
const NOUN_COMPLEMENT = /^\s+(?:of|from|loyal\s+to)\s+[^,;.:\d()]{1,60}?(?=,|\s+and\s+$)/i;

/**
 * The last whole (no part) of figure-ordered drafts; where another finder read the same figure, its draft (listed
 * first) is the one kept, so a part takes the series of the fact that stands.
 */
function lastWhole(ordered: Draft[]): Draft | null {
  const wholes = ordered.filter((d) => !isPart(d) && !d.part);
  const last = wholes[wholes.length - 1];
  return last ? wholes.find((d) => d.figStart === last.figStart)! : null;
}

/**
 * "Of the 1,412 civilians killed since February, 281 were children and 187 were women": after a lead that names the
 * toll ("of the", "among the", or bare: "among 410 people killed"), a figure whose group follows a copula is a part of that toll. Returns the whole with
 * the part's group, or null.
 */
function copulaPart(s: string, c: Counted, before: Draft[]): Draft | null {
  const copula = c.head ? null : /^\s+(?:were|are)(?=\s)/i.exec(s.slice(c.q.end));
  const named = copula ? readHead(s, { ...c.q, end: c.q.end + copula[0].length }) : null;
  if (!named || named.unit !== 'persons' || !named.group || named.group === 'people') return null;
  const whole = lastWhole(before.filter((d) => d.figEnd <= c.q.start && d.kind === 'casualty').sort((a, b) => a.figStart - b.figStart));
  if (!whole || /[.;]/.test(s.slice(whole.figEnd, c.q.start)) || !s.slice(whole.figEnd, c.q.start).includes(',')) return null;
  // "Among 212 people killed, 74 were police": a report's lead may name the toll with no determiner.
  return /(?:^|[,;:]\s*)(?:of|among)\s+(?:(?:the|these|those)\s+)?$/i.test(s.slice(0, whole.figStart)) ? { ...whole, group: named.group } : null;
}

/** An age bound right after a group noun: "under the age of 18", "over 18 years old", "(aged under 18)". */
const BEYOND = String.raw`(?:under|over|below|above|less\s+than|more\s+than)`;
const AGE = String.raw`(?:\d{1,2}|ten|eleven|twelve|\p{L}+teen)`;
const AGE_BOUND = new RegExp(String.raw`^\s*\(?\s*(?:aged\s+)?${BEYOND}\s+(?:the\s+age\s+of\s+)?${AGE}(?:\s+years?(?:\s+of\s+age|\s+old)?)?(?:\s*\))?`, 'iu');

/**
 * "1.5 million displacements, including Raqqa (318,761), Idleb (315,824) ...": a figure in brackets right after a
 * place, in a breakdown ("including", a colon, "mainly to") of a fact before it, is that fact's part in that place.
 * The bracket may name the whole's unit ("fled, mainly to Arak (744 HHs) and Marib city (201 HHs)"), and a feature
 * word may stand between the name and the bracket.
 */
function bracketedPart(s: string, c: Counted, places: PlaceHit[], before: Draft[]): { whole: Draft; place: PlaceHit } | null {
  if (!/\(\s*$/.test(s.slice(0, c.q.start)) || !/^\s*\)/.test(s.slice(c.end))) return null;
  const place = places.find((p) => BRACKET_AFTER_NAME.test(s.slice(p.end, c.q.start))) ?? nameBefore(s, c.q.start);
  if (!place) return null;
  const whole = before.filter((d) => d.figEnd <= place.start && d.kind !== 'territory' && d.quantity?.value != null && !isPart(d)).pop();
  // A noun in the bracket must name the whole's unit: "(744 HHs)" under households, not "(12 schools)".
  if (!whole || (c.end > c.q.end && c.unit !== whole.unit)) return null;
  const between = s.slice(whole.figEnd, place.start);
  return !/[.;]/.test(between) && BREAKDOWN_OPENER.test(between) ? { whole, place } : null;
}

/** What may stand between a place and its bracketed figure: a feature word ("Marib city (201 HHs)"). */
const FEATURE_AFTER_NAME = String.raw`city|town|village|district|sub-district|subdistrict|camp|governorate|province|region|state`;
const BRACKET_AFTER_NAME = new RegExp(String.raw`^\s*(?:(?:${FEATURE_AFTER_NAME})\s*)?\(\s*$`, 'i');
/** What opens a breakdown by place: "including", a colon, or where most went or came from ("mainly to", "mostly in"). */
const BREAKDOWN_OPENER = /\binclud(?:ing|es)\b|:|\b(?:mainly|mostly|primarily|chiefly|largely)\s+(?:to|in|into|towards?|from)\b/i;

function isPart(d: Draft): boolean {
  return ((d as Partial<FrameDraft>).frame ?? '').startsWith('part/');
}

// At module level: tsx rebuilds a \p{...} regex literal at each call where it stands (text.ts `startsCapital`).
const OF_THE_NOUN = /^\s+of\s+(?:the|these|those)\s+(\p{L}+)(?:\s+(\p{L}+))?/u;
/**
 * "only 326 of the deaths", "verified 12 of these deaths": a figure of a set of counted events (a noun with a `head`
 * frame) counts those events; the count filter takes "N of the ..." for a member of a set ("one of the towns").
 */
function partOfEvents(s: string, q: QuantityHit): boolean {
  const m = OF_THE_NOUN.exec(s.slice(q.end));
  if (!m || q.value === null || q.value < 2) return false; // "one of the deaths" names a member
  // "310 of the civilian deaths": one modifier may stand before the noun of the counted events.
  return [m[1], m[2]].some((w) => w !== undefined && countsEvents(w));
}

/** A noun whose count is a count of harmed people by itself ("deaths", "casualties"), not only when reported. */
function countsEvents(word: string): boolean {
  const noun = tokenize(word)[0];
  return !!noun && noun.pos === 'NOUN' && frameFor(noun, 'head', 'NOUN').some((f) => !f.licensed_by);
}

/** "three of the wounded", "four of those injured": people counted among the hurt, who may die later. */
const OF_THE_HURT = /^\s+of\s+(?:the|those)\s+(?:wounded|injured)\b/i;

/** "Three of the wounded later died": the count filter takes "N of the ..." for a member of a set; the hurt are people. */
function partOfHurt(s: string, q: QuantityHit): boolean {
  return q.value !== null && OF_THE_HURT.test(s.slice(q.end));
}

/** "14 of its fighters", "31 of their men": a part of the subject's own people. */
const OWN = /^\s+of\s+(?:its|their|our|his|her)(?=\s)/i;

/**
 * "the deaths of 14 of its fighters": the count filter takes "N of its ..." for a member of a set ("one of its
 * towns"); two or more of the subject's people are a count of persons.
 */
function partOfOwn(s: string, q: QuantityHit): boolean {
  const own = OWN.exec(s.slice(q.end));
  if (!own || q.value === null || q.value < 2) return false;
  return readHead(s, { ...q, end: q.end + own[0].length })?.unit === 'persons';
}

/** "20 of their fighters": a possessive partitive, whose noun is the counted head. */
const POSSESSIVE_PARTITIVE = /^\s+of\s+(?:its|their|our|his|her)\s+\p{L}/u;
const WORD_THEN_BRACKET = /\p{L}\s*\(\s*$/u;

/** "Idleb (315,824)": a figure alone in brackets after a name (the count filter takes "(" for a phone number). */
function bracketedAfterName(s: string, q: QuantityHit): boolean {
  return q.value !== null && WORD_THEN_BRACKET.test(s.slice(0, q.start)) && /^\s*\)/.test(s.slice(q.end));
}

const NAME_WORDS = String.raw`\p{Lu}[\p{L}'’\-]*(?:\s+(?:al-|el-|Al-|Ar-|As-|An-)?\p{Lu}[\p{L}'’\-]*){0,3}`;
/** "Idleb (", "Marib city (": a capitalised name, perhaps its feature word, before a bracket. */
const NAME_BEFORE_BRACKET = new RegExp(String.raw`(${NAME_WORDS})(?:\s+(?:${FEATURE_AFTER_NAME}))?\s*\(\s*$`, 'u');

/**
 * A list item "Idleb (315,824)" has no locative word for the place finder: the capitalised name right before the
 * bracket is the place, as written.
 */
function nameBefore(s: string, bracketAt: number): PlaceHit | null {
  const m = NAME_BEFORE_BRACKET.exec(s.slice(0, bracketAt));
  if (!m) return null;
  return { text: m[1]!, start: m.index, end: m.index + m[1]!.length, feature_hint: '', admin_hint: '', near: false, cue: '' };
}

/** A part of a fact by place: same category, group and unit, its own figure and place. */
function partOf(whole: Draft, c: Counted, places: PlaceHit[]): FrameDraft {
  return {
    ...whole,
    quantity: quantityOf(c.q),
    count_phrase: c.q.phrase,
    figStart: c.q.start,
    figEnd: c.q.end,
    // A part shares its whole's predicate, so its time phrase is the whole's ("rose to 144 since 25 December ...,
    // including 41 children").
    cueStart: Math.min(whole.cueStart, c.q.start),
    cueEnd: Math.max(whole.cueEnd, c.end),
    places,
    articlePlaces: [],
    cumulative: whole.cumulative,
    frame: 'part/place',
    reporter: whole.reporter ?? '',
  };
}

/**
 * "58,000 arrivals in A, 18,000 in B and 14,000 in C": figures without a noun of their own, after a counted one,
 * each followed by its own place, joined by commas and "and": they share the first one's noun and predicate.
 * `bare` lets the first figure have no noun of its own (a part by place: "232 in A, 223 in B"); `verbEnd` is where the
 * first member's verb ends when the figure is its subject ("5 people died in A and another 3 in B").
 */
function gappedList(s: string, tokens: Token[], all: Counted[], i: number, bare = false, verbEnd = 0): Counted[] {
  const first = all[i]!;
  // "the toll rose to 63 in May, compared with 44 in April": a figure with no noun of its own heads a list by date.
  const datedOnly = !first.head && !bare;
  const out: Counted[] = [];
  let prev = first;
  for (let j = i + 1; j < all.length; j++) {
    const c = all[j]!;
    // "5 people died in A and another 3 in B": the first member's own verb stands between it and its place.
    // "312 civilian deaths in March": the event noun the figure counts ends the member, past the noun phrase read.
    const end = Math.max(prev.end, prev.head && prev.head.start >= prev.q.end ? prev.head.end : 0);
    const from = prev === first ? Math.max(end, verbEnd) : end;
    const gap = s.slice(from, c.q.start);
    // "5 died in A and another 3 in B": a word saying the next member adds to the first may stand before its figure.
    // A member followed by its date ("19 in A on 2 May and another 23 on 3 May") is a list by date.
    const dated = DATED_MEMBER.test(s.slice(c.end));
    if (datedOnly && !dated) break;
    // "412 were killed in A, and 96 others in B": "others" names the first member's persons again, no noun of its own.
    if (c.head && c.head.lemma !== first.head?.lemma && !inheritsNoun(c.head.text)) break;
    // "46 civilians and Ukrainian forces 9": the noun reader may take the actor into the member's noun phrase.
    const headEnd = prev.head && prev.head.end < prev.end ? prev.head.end : prev.end;
    const actor = !bare && !verbEnd && !dated ? actorMember(s, s.slice(headEnd, c.q.start), c) : '';
    if (actor) {
      out.push({ ...c, unit: first.unit, group: first.group, actor });
      prev = c;
      continue;
    }
    if (!(dated ? DATE_GAP : PLACE_GAP).test(gap)) break;
    // "and four more in B": the adding word may follow the figure as well.
    if (!dated && !PLACED_MEMBER.test(s.slice(c.end))) break;
    // A verb between members opens another clause; not one inside a compound word ("Saudi-led forces").
    const joined = dated ? FOLLOWED_BY_END.exec(gap) : null;
    const verbsUpTo = joined ? from + joined.index : c.q.start;
    if (tokens.some((t, k) => t.pos === 'VERB' && t.start >= from && t.end <= verbsUpTo && tokens[k - 1]?.text !== '-')) break;
    out.push({ ...c, unit: first.unit, group: carriedGroup(first.group, c.head?.text ?? '') });
    prev = c;
  }
  return out;
}

/**
 * "Government forces killed 120 civilians, Russian forces 45 and armed groups 12", "the RSF killed 30 in A, the army
 * 14 in B": a member of a toll by perpetrator, the verb written once. The gap after the member before (and its
 * places) ends in an actor and nothing else, and the figure ends its clause or is followed by its own place.
 * Returns that actor, or ''.
 */
const ACTOR_GAP = /^(?:\s+(?:in|at|near|around)\s[^.;:()\d,]{1,60}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)([^.;:()\d,]{2,60}?)\s+$/i;
const ACTOR_MEMBER_END = /^(?:\s*(?:$|[,.;)])|\s+(?:and|in|at|near|around|on|during|since|last|this|over)\b)/i;
function actorMember(s: string, gap: string, c: Counted): string {
  const m = ACTOR_GAP.exec(gap);
  if (!m || !ACTOR_MEMBER_END.test(s.slice(c.end))) return '';
  return onlyActor(m[1]!);
}

const ADDING_WORD = String.raw`(?:(?:another|a\s+further|further)\s+)?`;
// "82 were killed by regime forces, 31 by Russian forces and 12 by ISIS": a member may be placed by its agent too.
// A member's place may carry an apposition ("in Kostiantynivka, a frontline town in the Donetsk region, and three
// more in Kramatorsk"), so its words may run past the sixty characters a date gap is given.
// The member before may close on its own date, digits and all ("in A on 3 May and another 7 in B on 5 May").
const PLACE_GAP = new RegExp(String.raw`^\s+(?:in|to|at|from|by)\s[^.;:()\d]{1,110}?(?:\s+on\s[^.;:()]{1,30}?)?(?:,\s*(?:and\s+)?|\s+and\s+)${ADDING_WORD}$`, 'i');
// "312 were killed in March, followed by 208 in April": a later member of a list by date may be joined by "followed by";
// a toll that changed names its earlier figure after a word of comparison ("rose to 63 in May, compared with 44 in
// April", "1,861 for the month of March, up from 1,645 in February"), its own date being optional before it
// ("rose to 63, compared with 44 in March": the member's month is the article's to give).
const FOLLOWED_BY = String.raw`,?\s+(?:followed\s+by|compared\s+(?:with|to)|up\s+from|down\s+from)\s+`;
const DATE_GAP = new RegExp(String.raw`^(?:\s+(?:on|in|at|for|during)\s[^.;:()]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+|${FOLLOWED_BY})|${FOLLOWED_BY})${ADDING_WORD}$`, 'i');
/** The joining "followed by" at a gap's end: its participle is no verb of a clause between the members. */
const FOLLOWED_BY_END = new RegExp(String.raw`${FOLLOWED_BY}${ADDING_WORD}$`, 'i');
const PLACED_MEMBER = /^\s+(?:(?:more|others)\s+)?(?:in|to|at|from|by)\s/;
/** A member of a casualty list followed by its own agent: "31 by Russian forces". */
const AGENT_MEMBER = /^\s+(?:(?:more|others)\s+)?by\s+/;
/** A member followed by its own day ("23 on 3 May") or month ("208 in April", "208 during April 2024"). */
const DATED_MEMBER = new RegExp(String.raw`^\s+(?:(?:more|others)\s+)?(?:on\s|(?:in|during)\s+(?:${alternation(monthNames())})\b)`, 'i');

/**
 * Places of one member of a list: those between its figure and the next member's. The last member's end at the
 * sentence's next figure (`after`): "96 others in B, while 1,300 were wounded in A" places the 96 in B alone.
 */
function segmentPlaces(places: PlaceHit[], m: Counted, members: Counted[], after?: Counted): PlaceHit[] {
  const next = members[members.indexOf(m) + 1] ?? after;
  const end = next ? next.q.start : Infinity;
  return places.filter((p) => p.start >= m.end && p.start < end);
}

function draftOf(s: string, c: Counted, a: Attachment, places: PlaceHit[], reporter: string): FrameDraft {
  const kind = KIND_OF[a.category];
  return {
    kind,
    category: a.category,
    // "Government troops suffered 30 casualties": the sufferer's side names the victims when the noun does not.
    group: kind === 'casualty' ? (a.suffered && sideGroup(subjectActor(s, a.start))) || c.group || a.group || 'people' : '',
    quantity: quantityOf(c.q),
    // "the number of families who fled rose to 2,100": a bare toll counts its noun's complement.
    unit: !c.head && a.unit ? a.unit : c.unit,
    count_phrase: c.q.phrase,
    figStart: c.q.start,
    figEnd: c.q.end,
    cueStart: Math.min(a.start, c.q.start),
    cueEnd: Math.max(a.end, c.end),
    places,
    // Who gained ground: the capture verb's subject, or "to X" / "by X" after a verb whose subject is the places
    // ("three villages fell to the rebels"); who killed: "by X" after the noun phrase, or the clause's subject.
    actor_text: kind === 'territory' ? (a.subject ? agentAfter(s, a.end) : subjectActor(s, a.start)) : kind === 'casualty' && !c.own && !a.suffered ? perpetrator(s, { category: a.category, start: a.start, end: a.subject ? a.end : Math.max(a.end, c.end) }, !!a.subject) : '',
    cumulative: a.cumulative,
    ...(a.rate ? { rate: true } : {}),
    frame: `${a.frame.lemma}/${a.frame.count_role}`,
    reporter,
  };
}

