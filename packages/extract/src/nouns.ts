/**
 * What a figure counts: the head noun after it ("20 civilians", "2,000 families", "scores of hamlets", "15km"),
 * the unit and casualty group it implies, and displacement words inside the noun phrase ("450 recently displaced households").
 */
import type { Group, Unit } from '@frontline/schema';
import type { QuantityHit } from './numbers.ts';
import { figureKey, findQuantities, wordNumber } from './numbers.ts';
import { ACTORS, GROUPS, parseRegistry } from '@frontline/schema';
import { readDataFile } from './data.ts';
import { actorMentions } from './actors.ts';
import { codeUnitTest } from './alias-trie.ts';
import { ARTICLE_TEXTS, recallingOne, startsCapital } from './text.ts';
import { groupByAge } from './ages.ts';
import { sideWord } from './side-words.ts';
import { isFacilityNoun, isMaterielNoun } from './thing-nouns.ts';
import { partyGroup, partySize } from './party-size.ts';
import { addsSameVictims, victimNation } from './nation-victims.ts';

export interface HeadNoun {
  noun: string;
  unit: Unit;
  group: Group | '';
  /** End of the noun phrase, conjoined nouns included ("towns and villages"). */
  end: number;
  /** Words between the figure and the noun ("pro-regime", "newly displaced"). */
  modifiers: string;
  /** 'displaced' / 'idps' when the phrase itself says so; 'killed' for "N dead", "N bodies"; 'injured' for "N injured people". */
  internalCue: 'displaced' | 'idps' | 'killed' | 'injured' | '';
}

/** Nouns of dead persons' remains: a count of them is a count of the killed ("4 bodies", "three corpses"). */
export const REMAINS_NOUNS = new Set(['bodies', 'corpses']);

/**
 * Nouns of persons with the group the noun alone implies (data/person-nouns.csv): '?' = depends on who they fight
 * for; 'inherit' = the group of the phrase they follow ("four soldiers died and 12 others").
 */
const PERSON_GROUPS = [...GROUPS, '?', 'inherit'] as const;
function personNounsTable(): Record<string, Group | '?' | 'inherit'> {
  const rows = parseRegistry(readDataFile('person-nouns.csv'), 'person-nouns.csv', ['noun', 'group'], { group: PERSON_GROUPS });
  return Object.fromEntries(rows.map((r) => [r.noun!.toLowerCase(), r.group as Group | '?' | 'inherit']));
}

const PERSON_NOUNS = personNounsTable();

/**
 * "77 health workers", "aid workers": a noun of persons of no side, modified by a work that the law of war protects
 * (data/protected-work-modifiers.csv), counts civilians; "workers" alone stays people.
 */
const PROTECTED_WORK = new Set(
  parseRegistry(readDataFile('protected-work-modifiers.csv'), 'protected-work-modifiers.csv', ['modifier']).map((r) => r.modifier!.toLowerCase()),
);
function protectedWork(mods: string): boolean {
  const last = mods.toLowerCase().split(/\s+/).pop() ?? '';
  return PROTECTED_WORK.has(last.replace(/-care$/, 'care'));
}

/** "of medical teams", "of the humanitarian staff": a complement whose first word is a protected work's modifier. */
const WORK_COMPLEMENT = /^\s+(?:of|from)\s+(?:the\s+)?([\p{L}-]+)\s+\p{L}/u;
function protectedComplement(rest: string): boolean {
  const m = WORK_COMPLEMENT.exec(rest);
  return !!m && PROTECTED_WORK.has(m[1]!.toLowerCase());
}

/** A word that names persons ("woman", "nurse", "boys"): an age may be apposed to it. */
export function isPersonNoun(word: string): boolean {
  const g = PERSON_NOUNS[word.toLowerCase()];
  return g !== undefined && g !== 'inherit';
}

/** A word that names no persons of its own but those of the phrase before ("others", "more": person-nouns.csv). */
export function inheritsNoun(word: string): boolean {
  return PERSON_NOUNS[word.toLowerCase()] === 'inherit';
}

/** Groups that are parts of a civilian toll: "others" after one of them are not more of it. */
const PART_GROUPS = new Set<Group | ''>(['children', 'women']);

/**
 * The group of a figure whose noun is `noun` after one of `group`: "killed three women and injured 9 others": "others"
 * are other people than a part's group (children, women); after a series ("40 civilians ... 60 others") they are more
 * of it, and "four more" after a part is more of that part ("3 children died on Monday and 4 more on Tuesday").
 */
export function carriedGroup(group: Group | '', noun: string): Group | '' {
  return PART_GROUPS.has(group) && /^others$/i.test(noun) ? 'people' : group;
}

/** People in care (data/care-nouns.csv: "patients"): moved between hospitals or arriving at one, they fled nothing. */
const CARE_NOUNS = new Set(parseRegistry(readDataFile('care-nouns.csv'), 'care-nouns.csv', ['noun', 'example']).map((r) => r.noun!.toLowerCase()));

/**
 * A noun phrase that counts only people whose moving is no displacement: fighters ("2,000 fighters", "300 soldiers",
 * not "rebels and civilians") and people in care ("Fifty patients arrived at the hospital").
 */
export function moversOnly(phrase: string): boolean {
  const nouns = phrase.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w in PERSON_NOUNS || w in FAMILY_NOUNS);
  return nouns.length > 0 && nouns.every((w) => {
    const g = PERSON_NOUNS[w];
    return CARE_NOUNS.has(w) || (w !== 'members' && (g === '?' || g === 'government_forces' || g === 'opposition_fighters' || g === 'isis_fighters'));
  });
}

/** Kin nouns a possessive counts (data/possessive-kin.csv): "their parents" are two, "his wife" one. */
const KIN_COUNTS = new Map(parseRegistry(readDataFile('possessive-kin.csv'), 'possessive-kin.csv', ['noun', 'count', 'example'])
  .map((r) => [r.noun!.toLowerCase(), kinRowCount(r.noun!, r.count!)]));
/** How many people a kin noun after a possessive counts ("parents" 2, "wife" 1), 0 when it is no such noun. */
export const kinCount = (noun: string): number => KIN_COUNTS.get(noun.toLowerCase()) ?? 0;

/** A possessive and its kin noun: "their parents", "his wife". */
export interface KinPhrase {
  /** Where the kin noun ends. */
  end: number;
  /** How many people the kin noun counts. */
  value: number;
}
const KIN_PHRASE = /(?:their|his|her)\s+(\p{L}+)/iuy;

/**
 * The one reader of possessive kin (data/possessive-kin.csv): the possessive at `at` in `s` and the kin noun after it,
 * or null when none opens there. The noun-phrase reader (a kin phrase after "and" is a member of its own) and the
 * single-person finder (the possessive counts the kin) both ask it.
 */
export function possessiveKinAt(s: string, at: number): KinPhrase | null {
  KIN_PHRASE.lastIndex = at;
  const m = KIN_PHRASE.exec(s);
  const value = m ? kinCount(m[1]!) : 0;
  return value ? { end: at + m![0].length, value } : null;
}

/** A row's count, a whole number of people from 1 up; a data file that says otherwise is an error, not a zero. */
export function kinRowCount(noun: string, count: string): number {
  const n = Number(count);
  if (!Number.isInteger(n) || n < 1) throw new Error(`possessive-kin.csv: "${noun}" has count "${count}", not a whole number of people`);
  return n;
}

// "48 HHs", "1 HH": tracking reports' abbreviation of households.
const FAMILY_NOUNS: Record<string, Unit> = { families: 'families', family: 'families', households: 'households', household: 'households', hh: 'households', hhs: 'households' };

/**
 * Nouns of places that change hands (data/place-nouns.csv): settlements, areas and military positions ("villages",
 * "districts", "bases"). A count of them counts places, not persons ("captured 20 junta bases").
 */
const PLACE_NOUN_ROWS = parseRegistry(readDataFile('place-nouns.csv'), 'place-nouns.csv', ['noun', 'kind', 'example'], {
  kind: ['settlement', 'area', 'position'],
});
/** A row's plural and, where the table gives one, its singular ("one village"), lower-case. */
const forms = (r: (typeof PLACE_NOUN_ROWS)[number]) => [r.noun!, r.singular ?? ''].filter(Boolean).map((w) => w.toLowerCase());
const PLACE_NOUNS = new Set(PLACE_NOUN_ROWS.flatMap(forms));

/** The plural nouns of places that change hands, lower-case: what a count of places is a count of ("two towns"). */
export const COUNTED_PLACE_NOUNS = PLACE_NOUN_ROWS.map((r) => r.noun!.toLowerCase());

/** The nouns of inhabited places only ("villages", "towns", "a community"), lower-case. */
export const SETTLEMENT_NOUNS = PLACE_NOUN_ROWS.filter((r) => r.kind === 'settlement').flatMap(forms);

/**
 * The singular nouns of a place one side can take from another, settlements and areas ("another village", "a
 * district"); positions are left out, whose singulars ("point", "post") are mostly other words.
 */
export const ONE_PLACE_NOUNS = PLACE_NOUN_ROWS.filter((r) => r.kind !== 'position' && r.singular).map((r) => r.singular!.toLowerCase());

/** Singular nouns of settlements and areas that only a figure of one counts; after more they qualify a noun. */
const ADJUNCT_PLACE_NOUNS = new Set(ONE_PLACE_NOUNS.filter((w) => !PLACE_NOUN_ROWS.some((r) => r.noun!.toLowerCase() === w)));

const KM_NOUNS: Record<string, number> = {
  km: 1, kms: 1, kilometres: 1, kilometers: 1, kilometre: 1, kilometer: 1, miles: 1.609, mile: 1.609,
};

/** Words that end a noun phrase: a noun is never found past them. */
const STOP = new Set([
  'have', 'has', 'had', 'were', 'was', 'are', 'is', 'be', 'been', 'being', 'will', 'would', 'can', 'could', 'may', 'might',
  'did', 'do', 'does', 'and', 'or', 'but', 'in', 'on', 'at', 'of', 'to', 'from', 'by', 'with', 'for', 'since', 'after',
  'before', 'than', 'that', 'which', 'who', 'whom', 'as', 'per', 'while', 'during', 'among', 'into', 'toward', 'towards',
  'near', 'across', 'over', 'under', 'between', 'including', 'the', 'a', 'an', 'this', 'these', 'those', 'their', 'its',
  'his', 'her', 'our', 'they', 'them', 'it', 'he', 'she', 'we', 'killed', 'died', 'fled', 'said', 'say', 'says',
  'include', 'includes', 'included',
]);

/**
 * The casualty group of an actor class (data/class-groups.csv): a named group's fighters are counted by its side in
 * actors.csv ("three YPG fighters" are a non-state group's). `early`: the class's name decides before a nation word,
 * which then says who backs the group ("US-backed SDF fighters", "Turkish-backed SNA fighters"); a state's force
 * named with its nation ("Russian army soldiers") is read by the nation word first, as a foreigner where it is one.
 */
const CLASS_GROUPS = new Map(
  parseRegistry(readDataFile('class-groups.csv'), 'class-groups.csv', ['class', 'group', 'named_before_nation'], {
    group: GROUPS, named_before_nation: ['yes', 'no'] as const,
  }).map((r) => [r.class!, { group: r.group as Group, early: r.named_before_nation === 'yes' }]),
);

/**
 * The group of the first actor (actors.csv) in `words`, '' when none; `early`: only a name (capitalised: "SDF", not the
 * role word "rebel") of a class read before nations.
 */
function namedGroup(words: string, early: boolean): Group | '' {
  for (const hit of actorMentions(words)) {
    if (early && !startsCapital(hit.text)) continue;
    const entry = ACTORS.find((a) => a.aliases.some((al) => al.toLowerCase() === hit.text.toLowerCase()));
    const row = entry && CLASS_GROUPS.get(entry.class);
    if (row && (!early || row.early)) return row.group;
  }
  return '';
}

/**
 * The side an infobox's other column fights, given one side's group: the state against the armed opposition or the
 * Islamic State. A side the names do not class takes this when the other side is known.
 */
export const SIDE_OPPONENT: Partial<Record<Group, Group>> = {
  government_forces: 'opposition_fighters',
  opposition_fighters: 'government_forces',
  isis_fighters: 'government_forces',
};

/** The side named in the words around a fighter noun, as a casualty group. */
export function sideGroup(words: string): Group | '' {
  if (sideWord('isis', words)) return 'isis_fighters';
  const named = namedGroup(words, true);
  if (named) return named;
  // Foreign forces are none of the three fighting groups: their dead are counted as people.
  if (sideWord('foreign', words)) return 'people';
  if (sideWord('government', words)) return 'government_forces';
  // "fighters of the factions": monitors' word for armed opposition groups (foreign-backed ones are tested first).
  if (sideWord('opposition', words)) return 'opposition_fighters';
  return namedGroup(words, false);
}

/**
 * "12 Iraqi soldiers", "two Turkish troops": the nation word that made a figure's fighters count as people (a foreign
 * force, as Syria's war reads them), '' when the noun is no fighter noun or its side came from no such word. Whether
 * the nation is the article's own is normalize's to judge: it knows the country.
 */
export function forcesNation(s: string, q: QuantityHit): string {
  const head = readHead(s, q);
  if (!head) return carriedNation(s, q);
  if (head.group !== 'people' || sideWord('isis', head.modifiers)) return '';
  if (isDemonym(head.noun)) return victimNation(s.slice(0, q.start), head.noun);
  const g = PERSON_NOUNS[head.noun.toLowerCase()];
  if (g !== '?' && g !== 'government_forces' && g !== 'opposition_fighters') return '';
  return sideWord('foreign', head.modifiers);
}

/** "killed 310 Azerbaijanis and wounded 520 more": a figure with no noun of its own counts the figure's before it. */
function carriedNation(s: string, q: QuantityHit): string {
  const prev = findQuantities(s).filter((o) => o.end <= q.start).at(-1);
  const head = prev ? readHead(s, prev) : null;
  return prev && head && addsSameVictims(s.slice(head.end, q.start)) ? forcesNation(s, prev) : '';
}

// An initialism written with its periods ("U.S.", "U.N.") is one word: "Two U.S. soldiers", "five U.N. peacekeepers",
// and so is its hyphenated compound ("two U.S.-led coalition soldiers", "four U.N.-backed troops").
// A word in scare quotes counts as the word: 11 "terrorists", five “militants” (the closing quote is left after it).
// Names joined by a slash are one modifier, as outlets pair a group with its branch or other name: "nine PKK/YPG
// members", "12 ISIS/Daesh fighters", "four RSF/Janjaweed gunmen".
const SLASHED_NAMES = String.raw`\p{Lu}[\p{L}'’\-]*(?:\/\p{Lu}[\p{L}'’\-]*)+`;
const TOKEN = new RegExp(String.raw`^(\s+(?:["“«](?=[\p{L}][\p{L}'’\-]*["”»]))?)((?:\p{Lu}\.){2,}(?:-[\p{L}]+)*|${SLASHED_NAMES}|[\p{L}][\p{L}'’\-]*)`, 'u');
/**
 * "a 60-year-old woman", "two 12-year-old boys", "a 15 year-old boy" (typed with a space): an age qualifies the noun
 * after it.
 */
const AGE = /^(\s+)(\d{1,3}[- ]year-old)(?=\s)/;
const REFERENCE_MARKS = /^(?:\[\d{1,3}\])+(?=\s)/;
const UNIT_NAME = /^\s+\((\p{Lu}[\p{L}\d'’.\- ]{0,40})\)(?=\s+\p{Ll})/u;

/**
 * Reads the noun a figure counts, or null when the figure counts nothing this stage reports. The finders of a
 * sentence each read the heads of its figures (figures.ts, frame-finder.ts, later-parts.ts, ...): about 45 % of the
 * calls on the corpus texts ask again about a figure already read in the article (h-speed-r48), so the answers are
 * kept; the head depends on the sentence and the figure alone.
 */
export const readHead = recallingOne(headOf, figureKey, ARTICLE_TEXTS * 8);

function headOf(s: string, q: QuantityHit): HeadNoun | null {
  // A closing quote after a quoted figure ("about 420” dead) does not end its noun phrase.
  let pos = q.end + (/^["”»]/.exec(s.slice(q.end))?.[0].length ?? 0);
  // "15km", "8 km": distances.
  const km = /^\s?(km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile)\b/i.exec(s.slice(pos));
  if (km) return { noun: km[1]!, unit: 'km', group: '', end: pos + km[0].length, modifiers: '', internalCue: '' };
  const of = /^\s+of(?=\s)/.exec(s.slice(pos));
  if (of && (q.vague_word || /dozen$/i.test(q.phrase))) pos += of[0].length;
  // "a six-man GNA team": past the size word, the party noun is the head.
  const size = partySize(s.slice(pos));
  pos += size;
  // "15[3][4] civilians dead": an encyclopedia copy's reference marks right after the figure are no words of the phrase.
  pos += REFERENCE_MARKS.exec(s.slice(pos))?.[0].length ?? 0;
  const modifiers: string[] = [];
  // "12 (Third Brigade) soldiers": a unit's name in brackets between the figure and its noun qualifies the noun.
  const unit = UNIT_NAME.exec(s.slice(pos));
  if (unit) {
    modifiers.push(unit[1]!);
    pos += unit[0].length;
  }
  for (let i = 0; i < 5; i++) {
    // "three Republican Guard (GR) soldiers": the unit's name in brackets may also follow modifiers of its own.
    const named = modifiers.length ? UNIT_NAME.exec(s.slice(pos)) : null;
    if (named) {
      modifiers.push(named[1]!);
      pos += named[0].length;
    }
    const t = TOKEN.exec(s.slice(pos)) ?? AGE.exec(s.slice(pos));
    if (!t) return null;
    const word = t[2]!;
    const lower = word.toLowerCase();
    const rest = s.slice(pos + t[0].length);
    // "22 village administrators", "five district and kebele officials": a place's singular after a figure of more
    // than one is the next noun's modifier, not what the figure counts.
    if (ADJUNCT_PLACE_NOUNS.has(lower) && q.value !== 1 && /^\s+[\p{L}]/u.test(rest)) {
      modifiers.push(word);
      pos += t[0].length;
      continue;
    }
    const found = size ? party(lower, modifiers.join(' ')) : classify(lower, modifiers.join(' '), rest) ?? armedGroupHead(word, rest) ?? demonym(word, rest);
    // A unit's name in brackets after the word leaves it a modifier of the noun after the name.
    const next = s.slice(pos + t[0].length).replace(UNIT_NAME, ' ');
    // A word that reads as a noun may be the modifier of a noun after it ("displaced families", "police stations").
    if (found && !(ADJECTIVE_TOO.has(lower) && nextIsNoun(next)) && !sidedNounNext(next) && !compoundNext(lower, next) &&
      !thingNext(lower, next)) {
      let end = extendConjunction(s, pos + t[0].length);
      let group = found.unit === 'persons' ? conjoinedGroup(found.group, s.slice(pos + t[0].length, end)) : found.group;
      const toVerb = found.unit === 'persons' ? complementToVerb(s, end) : end;
      if (toVerb > end) {
        // "fighters allied to the government were killed": the complement says whose fighters they are.
        if (PERSON_NOUNS[lower] === '?') group = sideGroup(s.slice(end, toVerb).replace(/\banti-[\p{L}]+/gu, '')) || group;
        end = toVerb;
      } else if (found.unit === 'persons') {
        const side = sideComplementEnd(s, end, found.group);
        // "members of regime forces and loyal militiamen": the conjunction may follow the complement.
        end = side > end ? extendConjunction(s, side) : extendComplement(s, end);
      }
      if (found.unit === 'persons' && bothSides(modifiers)) group = 'people';
      // "six members of medical teams": a noun of no side whose complement names a work the law protects, civilians.
      if (PERSON_NOUNS[lower] === '?' && group === 'people' && protectedComplement(rest)) group = 'civilians';
      if (found.unit === 'persons') group = groupByAge(group, modifiers.join(' '), rest);
      return { ...found, group, noun: word, end, modifiers: modifiers.join(' '), internalCue: cueOf(modifiers, lower, rest.slice(0, 40)) };
    }
    // "53 pro-government and Huthi rebel fighters": two sides' modifiers joined before one noun (not "5 and 7", nor
    // "thousands of deaths and millions displaced", where a figure after "and" opens the next member).
    const joinsModifiers = lower === 'and' && modifiers.length > 0 && !/^\s+\d/.test(rest) && !figureFirst(rest);
    if (STOP.has(lower) && !joinsModifiers) return null;
    modifiers.push(word);
    pos += t[0].length;
  }
  return null;
}

/** A party sized by a compound counts persons: of the side its modifiers name ("six-man GNA team"), or its noun's group. */
function party(lower: string, mods: string): Omit<HeadNoun, 'noun' | 'end' | 'modifiers' | 'internalCue'> | null {
  const g = partyGroup(lower);
  if (g === undefined) return null;
  return { unit: 'persons', group: g === '?' ? sideGroup(mods) || 'people' : g };
}

/** A figure opens the words: "millions displaced", "dozens more" (the one number reader, numbers.ts). */
function figureFirst(rest: string): boolean {
  const lead = rest.length - rest.trimStart().length;
  return findQuantities(rest.slice(0, 40)).some((q) => q.start === lead);
}

/** "pro-government and Huthi rebel": modifiers joined by "and" that name two different sides count both sides' people. */
function bothSides(modifiers: string[]): boolean {
  const joined = modifiers.join(' ');
  if (!/\sand\s/.test(` ${joined} `)) return false;
  const sides = new Set(joined.split(/\s+and\s+|^and\s+|\s+and$/).map((part) => sideGroup(part)).filter(Boolean));
  return sides.size > 1;
}

/** A bare noun read as a counted phrase's head ("children", "women"): the head reader with no figure before it. */
export function nounHead(words: string): HeadNoun | null {
  return readHead(` ${words}`, { start: 0, end: 0, phrase: '', numStart: 0, numEnd: 0, value: null, vague_word: '', modifier: 'exact' });
}

/**
 * "Civilian deaths rose to 41", "child casualties climbed to 12", "the civilian death toll reached 90": a noun of
 * persons right before a noun of harm (data/person-nouns.csv, through the head reader) names its victims. `before` is
 * the text up to the harm noun; its last words are read, and the persons' noun must be the last of them.
 */
export function victimsBefore(before: string): Group | '' {
  const words = MODIFIER_WORDS.exec(before.slice(lastWordRunStart(before)))?.[1]?.trim().split(/\s+/) ?? [];
  // "The civilian": the longest run of the last words that the head reader takes whole ("Russian civilian", not "The").
  for (let k = 0; k < words.length; k++) {
    const phrase = words.slice(k).join(' ');
    const victims = nounHead(phrase);
    if (victims) return victims.unit === 'persons' && victims.end === phrase.length + 1 ? victims.group : '';
  }
  return '';
}
/** Up to three words ending right before the noun, with no punctuation between ("Russian civilian", "Ukraine's child"). */
const MODIFIER_WORDS = /((?:[\p{L}][\p{L}'’\-]*\s+){1,3})$/u;

/**
 * Where the text's last run of letters, apostrophes, hyphens and spaces starts. A match of MODIFIER_WORDS holds nothing
 * else and ends at the text's end, so it starts inside that run: the pattern is run on the run alone, with the same
 * match, where run on the whole text it is tried from every position. A half of a surrogate pair (an astral letter)
 * does not end the run, so the cut never splits a pair.
 */
export function lastWordRunStart(s: string): number {
  let i = s.length;
  while (i > 0 && !endsWordRun(s.charCodeAt(i - 1))) i--;
  return i;
}
const outsideWords = codeUnitTest(/^[^\p{L}'’\-\s]$/u);
const endsWordRun = (code: number) => (code < 0xd800 || code > 0xdfff) && outsideWords(code);

/** "rebel fighters", "government forces": a fighter noun next is the head, the word before it names the side. */
function sidedNounNext(rest: string): boolean {
  const t = TOKEN.exec(rest);
  return !!t && PERSON_NOUNS[t[2]!.toLowerCase()] === '?';
}

/** Groups of persons who bear arms, or whose side depends on whom they serve ('?'). */
const ARMED = new Set<Group | '?' | 'inherit'>(['government_forces', 'opposition_fighters', 'isis_fighters', '?']);

/** Groups that say only that the persons are people or civilians, nothing of who they are. */
const PLAIN = new Set<Group | '?' | 'inherit'>(['people', 'civilians']);

/**
 * A noun of persons right before another one that is the longer compound's modifier, so the phrase is headed by the
 * last noun: of armed persons before armed persons ("twelve police officers", "two militia commanders"; "police"
 * alone heads "five police were killed"), or a plain noun before any noun of persons ("187 citizen women", "40
 * villager children"). A noun that says who they are keeps the head: "two women farmers" counts women.
 */
function compoundNext(lower: string, rest: string): boolean {
  const first = PERSON_NOUNS[lower]!;
  if (!ARMED.has(first) && !PLAIN.has(first)) return false;
  const next = TOKEN.exec(rest)?.[2]?.toLowerCase() ?? '';
  const second = PERSON_NOUNS[next];
  if (!second || second === 'inherit' || ADJECTIVE_TOO.has(next)) return false;
  return ARMED.has(first) ? ARMED.has(second) : true;
}

/**
 * A noun of persons right before a noun of things is that noun's modifier, and the phrase counts no persons: "three
 * police stations", "two civilian buildings", "12 rebel positions" (places), "40 civilian families" (families).
 * "others" and "more" name no persons of their own: "14 more villages" keeps its reading.
 */
function thingNext(lower: string, rest: string): boolean {
  if (!isPersonNoun(lower)) return false;
  const next = TOKEN.exec(rest)?.[2]?.toLowerCase() ?? '';
  return next in FAMILY_NOUNS || PLACE_NOUNS.has(next) || isFacilityNoun(next) || isMaterielNoun(next);
}

/** True when a noun follows within three words: "displaced" is then an adjective ("displaced Homs residents"). */
/**
 * Words that head a phrase alone ("5,000 displaced", "12 dead") but are adjectives before a noun ("displaced
 * families", "12 dead soldiers"): there the noun after them heads the phrase and says who they were.
 */
const ADJECTIVE_TOO = new Set(['displaced', 'dead']);

function nextIsNoun(rest: string): boolean {
  let pos = 0;
  for (let i = 0; i < 3; i++) {
    const t = TOKEN.exec(rest.slice(pos));
    if (!t) return false;
    const lower = t[2]!.toLowerCase();
    if (classify(lower, '', '') !== null) return true;
    if (STOP.has(lower)) return false;
    pos += t[0].length;
  }
  return false;
}

/** A people named by where they are from ("Ukrainians", "Armenians", "Sudanese", "Yemenis"): a capitalised plural. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ians|ans|ese|is)$/u;
/** The plurals of that kind no ending tells ("23 Chechens", "9 Uzbeks", "14 Kurds"), as data (demonym-plurals.csv). */
let irregular: Set<string> | undefined;
const isDemonym = (word: string): boolean => {
  irregular ??= new Set(parseRegistry(readDataFile('demonym-plurals.csv'), 'demonym-plurals.csv', ['word']).map((r) => r.word!));
  return DEMONYM.test(word) || irregular.has(word);
};

const GROUP_NAME_START = /^(?:\p{Lu}|al-\p{Lu})/u;
/**
 * "10 Taliban were killed", "14 Houthis died": a named armed group (actors.csv) counts its fighters when its name ends
 * the noun phrase. Followed by a noun ("30 SDF positions", "12 Houthi fighters") it is that noun's modifier instead.
 */
function armedGroupHead(word: string, after: string): ReturnType<typeof classify> {
  if (!GROUP_NAME_START.test(word)) return null;
  const next = TOKEN.exec(after)?.[2]?.toLowerCase();
  if (next !== undefined && !STOP.has(next)) return null;
  const group = sideGroup(word);
  return group === 'government_forces' || group === 'opposition_fighters' || group === 'isis_fighters' ? { unit: 'persons', group } : null;
}

/** "3,000 Ukrainians crossed": people, unless a noun of people follows ("Sudanese refugees" counts the refugees). */
function demonym(word: string, after: string): ReturnType<typeof classify> {
  const next = TOKEN.exec(after)?.[2]?.toLowerCase() ?? '';
  return isDemonym(word) && !(next in PERSON_NOUNS) && !(next in FAMILY_NOUNS) ? { unit: 'persons', group: 'people' } : null;
}

/** Nouns of persons that say nothing of what the persons do, so a side named before them says who they are. */
const ROLELESS = new Set(['man', 'men']);

function classify(lower: string, mods: string, after: string): Omit<HeadNoun, 'noun' | 'end' | 'modifiers' | 'internalCue'> | null {
  if (lower in FAMILY_NOUNS) return { unit: FAMILY_NOUNS[lower]!, group: '' };
  if (PLACE_NOUNS.has(lower)) return { unit: 'places', group: '' };
  if (!(lower in PERSON_NOUNS)) return null;
  const g = PERSON_NOUNS[lower]!;
  if (g === 'inherit') return { unit: 'persons', group: '' };
  // "internally displaced persons", "displaced families": people who fled the fighting are civilians.
  if (g === 'people' && (lower === 'idps' || /\bdisplaced\b/i.test(mods))) return { unit: 'persons', group: 'civilians' };
  if (g === 'people' && protectedWork(mods)) return { unit: 'persons', group: 'civilians' };
  // Fighters: the side is in the modifiers ("pro-regime forces") or after the noun ("fighters of the Islamic State").
  const ofSide = /^\s+(?:of|from|with|loyal to)\s+(?:the\s+)?([^,.;]{1,50})/.exec(after)?.[1] ?? '';
  // "security forces", "police personnel": the modifiers with the noun may name a side (actors.csv) that neither does
  // alone; not modifiers of two sides ("federal and Tigrayan fighters" count both).
  const together = mods && !/\band\b/i.test(mods) ? sideGroup(`${mods} ${lower}`) : '';
  const side = sideGroup(mods) || (g === '?' ? together || sideGroup(ofSide) : '');
  if (g === '?') return { unit: 'persons', group: side || 'people' };
  // "one navy man", "two army men": a noun of persons of no role takes the side its modifiers name; one of a role
  // ("army doctors", "government employees") keeps its own group.
  if (ROLELESS.has(lower) && side && side !== 'people') return { unit: 'persons', group: side };
  if (g === 'opposition_fighters' && side === 'isis_fighters') return { unit: 'persons', group: side };
  if ((g === 'government_forces' || g === 'opposition_fighters') && side && side !== g) return { unit: 'persons', group: side };
  return { unit: 'persons', group: g };
}

/**
 * "displaced and host community children", "displaced or non-displaced households": a population of the displaced and
 * of those who host them, or of all, is no count of the displaced.
 */
const MIXED_POPULATION = /\bdisplaced\s+(?:and|or|&)\s+(?:host|non-displaced|local|resident|returnee)\b/i;

/** `after`: the words after the head noun ("displaced and host community children" has "displaced" for head). */
function cueOf(modifiers: string[], noun: string, after = ''): HeadNoun['internalCue'] {
  const mods = modifiers.join(' ').toLowerCase();
  if (MIXED_POPULATION.test(`${mods} ${noun}${after}`)) return '';
  if (noun === 'idps' || /\binternally\s+displaced\b/.test(mods)) return 'idps';
  if (noun === 'displaced' || /\bdisplaced\b/.test(mods)) return 'displaced';
  if (noun === 'dead' || REMAINS_NOUNS.has(noun) || /\bdead\b/.test(mods)) return 'killed';
  if (/\b(?:injured|wounded)\b/.test(mods)) return 'injured';
  return '';
}

/** Groups that are each civilians by the schema's series (children and women are parts of the civilian toll). */
const CIVILIAN_PARTS = new Set<Group | ''>(['women', 'children', 'civilians']);

/**
 * "women and children", "children and civilians": a phrase joining two different civilian groups counts civilians,
 * neither part alone (a count of women and children is no series of women). `joined` is the conjunction after the noun.
 */
function conjoinedGroup(group: Group | '', joined: string): Group | '' {
  if (!CIVILIAN_PARTS.has(group)) return group;
  const others = joined.toLowerCase().split(/[^\p{L}]+/u).map((w) => PERSON_NOUNS[w]);
  return others.some((g) => g !== group && CIVILIAN_PARTS.has(g as Group)) ? 'civilians' : group;
}

/** Whether a figure opens `rest` ("one woman", "more than 40 soldiers", "at least 25"). */
function figureOpens(rest: string): boolean {
  return wordNumber(/^[\p{L}\-]+/u.exec(rest)?.[0] ?? '') !== null || findQuantities(rest.slice(0, 40))[0]?.start === 0;
}

/** "towns and villages", "rebels and civilians", "displaced people and refugees": one phrase. */
function extendConjunction(s: string, end: number): number {
  const rest = s.slice(end);
  // "and their parents": a possessive kin noun after "and" is a member of its own, counted by the possessive.
  const joined = /^\s+(?:and|or)\s+/.exec(rest);
  if (joined && possessiveKinAt(rest, joined[0].length)) return end;
  for (const re of [/^\s+(?:and|or)\s+([\p{L}]+)/u, /^\s+(?:and|or)\s+[\p{L}\-]+\s+([\p{L}]+)/u]) {
    const m = re.exec(rest);
    const w = m?.[1]!.toLowerCase() ?? '';
    // "children and one woman", "civilians and more than 40 soldiers": a figure after "and" counts a noun phrase of
    // its own ("more" is a noun only without one: "and 3 more").
    if (!m || !(w in PERSON_NOUNS || w in FAMILY_NOUNS || PLACE_NOUNS.has(w))) continue;
    // The noun test is cheap and first; the figure test runs the number grammar.
    if (!figureOpens(rest.slice(/^\s+(?:and|or)\s+/.exec(rest)![0].length))) return end + m[0].length;
  }
  return end;
}

const NAMED_COMPLEMENT = /^\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}\-’']*(?:\s+(?:\p{Lu}[\p{L}\-’']*|al|el|a|of|for))*/u;
/** "members of the White Helmets", "residents of Kafr Nabl": the complement belongs to the phrase, so the verb after it still reads. */
function extendComplement(s: string, end: number): number {
  const m = NAMED_COMPLEMENT.exec(s.slice(end)) ?? KIN.exec(s.slice(end));
  return m ? end + m[0].length : end;
}

// The words that tie people to their side or origin in a long complement: "fighters allied to Libya's recognised
// government", "members of the Tripoli-based Government of National Accord's (GNA) forces", "fighters from a force
// called the Southern Resistance".
const AFFILIATED = String.raw`(?:allied\s+to|aligned\s+with|affiliated\s+(?:to|with)|belonging\s+to|loyal\s+to|linked\s+to)`;
const SIDE_LINK = new RegExp(String.raw`^\s+(?:of|from|${AFFILIATED}|backed\s+by|fighting\s+(?:for|with))\s+`, 'i');
const COMPLEMENT_WORDS = 12;
const FINITE_AUX = /^(?:were|was|are|is|have|has|had)$/i;
// A word that opens a clause of its own: the complement never runs past it.
const CLAUSE_WORD = /^(?:who|whom|which|that|and|or|but|while|when|as|after|before|since|said|says|told|killed|died|fled)$/i;
// A complement's word, or an abbreviation in brackets ("(GNA)").
const COMPLEMENT_TOKEN = /^\s*(\([^()]{1,25}\)|[\p{L}\d][\p{L}\d'’\-]*)/u;

/**
 * "8 fighters allied to the government were killed": a complement of up to twelve words, with no comma or clause
 * word in it, that runs to the auxiliary of the figure's verb belongs to the noun phrase. Returns the complement's
 * end (before the auxiliary), or `end` when the words after the noun are no such complement.
 */
function complementToVerb(s: string, end: number): number {
  const link = SIDE_LINK.exec(s.slice(end));
  if (!link) return end;
  let pos = end + link[0].length;
  for (let i = 0; i < COMPLEMENT_WORDS; i++) {
    const t = COMPLEMENT_TOKEN.exec(s.slice(pos));
    if (!t || CLAUSE_WORD.test(t[1]!)) return end;
    if (FINITE_AUX.test(t[1]!)) return i > 0 ? pos : end;
    pos += t[0].length;
  }
  return end;
}

/** "eight members of one family", "five members of the same household": the kin group the people belong to. */
const KIN = /^\s+of\s+(?:the\s+same|one|a\s+single|a|an|their|his|her|its)\s+(?:extended\s+)?(?:family|household|clan|tribe)\b/i;

/**
 * "members of the regime forces were killed", "fighters of the factions": a complement that names the side belongs to
 * the phrase (its words run to the first word that ends a noun phrase), so the verb after it still reads.
 */
function sideComplementEnd(s: string, end: number, group: Group | ''): number {
  if (!group || group === 'people' || group === 'civilians' || group === 'children' || group === 'women') return end;
  const of = /^\s+(?:of|from|loyal\s+to)(?:\s+the)?/i.exec(s.slice(end));
  if (!of) return end;
  let pos = end + of[0].length;
  for (let t = TOKEN.exec(s.slice(pos)); t && !STOP.has(t[2]!.toLowerCase()); t = TOKEN.exec(s.slice(pos))) pos += t[0].length;
  return pos > end + of[0].length ? pos : end;
}

/** Converts a figure in miles to km (value × 1.609, one decimal); km stays as is. */
export function kmValue(value: number | null, noun: string): number | null {
  if (value === null) return null;
  const factor = KM_NOUNS[noun.toLowerCase()] ?? 1;
  return factor === 1 ? value : Math.round(value * factor * 10) / 10;
}
