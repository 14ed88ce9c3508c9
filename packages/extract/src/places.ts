/**
 * Place mentions found by pattern, not by a list of names: capitalized name sequences (with Arabic particles such
 * as "al-", "a-", "Abu", "Kafr") after locative cues ("in", "near", "the town of", "captured"), before feature words
 * ("X province", "X military airport", "X camp"), or naming a governorate/country. Actor and source names, months,
 * weekdays and nationalities are never places.
 */
import { acronymNames } from './acronym-names.ts';
import type { PlaceMention } from '@frontline/schema';
import { ACTORS, ADMIN1, ARABIC_ARTICLES, PACK_ADMIN1, SOURCES, foldName, readPackCountries, worldAreaWords } from '@frontline/schema';
import { alternation, countWords, monthAbbreviations, monthNames, weekdayNames } from '@frontline/nlp/dates';
import { aliasMatcher, allMatches, dropOverlaps, maskSpans, startsCapital } from './text.ts';
import { WITNESS_VERB } from './cues.ts';
import { territoryWords, wordsPattern } from './territory-words.ts';
import { rankedPlace } from './place-ranking.ts';
import { findCapitalPhrases } from './capital-phrase.ts';
import { findSeatPhrases, type SeatContext } from './seat-phrase.ts';
import { ownTimeBeforeNext } from './time.ts';
import { wordNumber } from './numbers.ts';
import { withoutLandmarks } from './landmark.ts';
import { isBodyNoun } from './thing-nouns.ts';

export interface PlaceHit extends PlaceMention {
  /** The locative word before the name ("in", "from", "near", "captured"), lower case; '' when found by its feature word. */
  cue: string;
}

const PACK_COUNTRIES = readPackCountries();
/** Every country name and alternate name the packs know ("Syria", "Sudan", "Democratic Republic of the Congo"). */
export const COUNTRIES = [...new Set(PACK_COUNTRIES.flatMap((c) => c.names))];
/** The same names as a set, for asking about one name (a fact's places are checked one by one). */
export const COUNTRY_SET = new Set(COUNTRIES);
const COUNTRY_NAMES = new Set(COUNTRIES.map((n) => n.toLowerCase()));

/**
 * One-word demonyms of the packs' countries and their plurals ("Yemeni", "Yemenis", "Sudanese"): adjectives, never a
 * place's name. A demonym that is also a country's name ("Djibouti") stays a name.
 */
function demonymWords(): string[] {
  const words = PACK_COUNTRIES.flatMap((c) => c.demonyms).filter((w) => !/\s/.test(w) && !COUNTRY_NAMES.has(w.toLowerCase()));
  return words.flatMap((w) => [w, `${w}s`]);
}

/** A country's one-word demonym ("Afghan", "Sudanese"): it may qualify a place's noun ("the Afghan capital Kabul"). */
const DEMONYMS = new Set(demonymWords().map((w) => w.toLowerCase()));
export const isDemonym = (word: string): boolean => DEMONYMS.has(word.toLowerCase());

const NOT_NAMES = new Set(
  [
    ...monthNames(), ...monthAbbreviations(), ...weekdayNames(), 'Christmas', 'Eid', 'Ramadan', ...demonymWords(),
    'Kurdish', 'Kurds', 'Arab', 'Arabs', 'Western', 'European', 'African', 'Islamic', 'Islamist', 'Shia', 'Sunni', 'Alawite',
    'Christian', 'Druze', 'Turkmen', 'Circassian', 'Saudi', 'Gulf',
    'President', 'Minister', 'Foreign', 'Defence', 'Defense', 'General', 'Gen', 'Brig', 'Colonel', 'Col', 'Major', 'Mr', 'Mrs',
    'Dr', 'Commander', 'Lt', 'Capt', 'Captain', 'Spokesman', 'The', 'A', 'An', 'This', 'That', 'These', 'It', 'I',
    'He', 'She', 'They', 'We', 'But', 'And', 'In', 'On', 'At', 'As', 'Since', 'After', 'Before', 'Photo', 'Share', 'Source',
    'Of', 'For', 'From', 'To', 'With', 'By', 'If', 'When', 'While', 'Where', 'Despite', 'During', 'Amid', 'Although', 'Meanwhile',
    'However', 'According', 'Last', 'Next', 'Over', 'Under', 'Between', 'Some', 'Many', 'Most', 'All',
    'Its', 'Their', 'His', 'Her', 'Our', 'Those', 'There', 'Then', 'Thus', 'Such', 'Another', 'Other', 'Both', 'Each', 'Every', 'No', 'Not',
    'Al-Qaeda', 'Qaeda', 'Qaida', 'Al-Qaida', 'Twitter', 'Facebook', 'Telegram', 'God', 'Allah', 'Prophet', 'Mosque',
  ].map((w) => w.toLowerCase()),
);

/** The division word an admin1 name may end with ("Chernihiv Oblast", "Northern State", "Kyiv City"). */
const DIVISION_WORD = /\s+(?:oblast|province|governorate|region|state|territory|prefecture|city|department)$/i;
/** "Gezira State", "Luhansk region": a division word after an admin1 name. */
const DIVISION_AFTER = /^\s+(?:province|provinces|governorate|governorates|oblast|oblasts|region|state|territory|prefecture)\b/i;

/** "X district", "X raion", "X local government area": the nouns of a district after its name. */
const DISTRICT_WORDS = String.raw`district|subdistrict|sub-district|districts|raion|territory|local\s+government(?:\s+(?:areas?|councils?))?|lgas?`;
/** "X countryside", "X outskirts", "X pocket": the nouns of the ground around or beside a place. */
const AREA_WORDS = String.raw`countryside|area|areas|region|plains?|outskirts|suburbs|environs|pocket|enclave|front|frontline|countrysides`;
/** Feature words after a name, longest first: "X military airport", "X province", "X displacement camp". */
const SUFFIX_FEATURES: [RegExp, string, boolean][] = [
  [/^\s+(?:(?:military|air|main)\s+)*(?:airport|airbase|air\s+base|airfield|air\s+field|base)\b/i, 'airbase', false],
  [/^\s+(?:(?:displacement|refugee|idp|border|makeshift|informal)\s+)*camps?\b/i, 'camp', false],
  [/^\s+(?:border\s+)?crossing\b/i, 'crossing', false],
  [/^\s+(?:province|governorate|provinces|governorates|oblast|oblasts|prefecture)\b/i, 'province', false],
  // Nigeria's local government areas are the districts of its states.
  [new RegExp(String.raw`^\s+(?:${DISTRICT_WORDS})\b`, 'i'), 'district', false],
  [new RegExp(String.raw`^\s+(?:${AREA_WORDS})\b`, 'i'), 'area', true],
  [/^\s+city\b/i, 'city', false],
  [/^\s+town\b/i, 'town', false],
  [/^\s+village\b/i, 'village', false],
];

const STATE_SUFFIX: [RegExp, string, boolean] = [/^\s+state\b/i, 'province', false];

/** Feature nouns before a name: "the town of X", "the villages of A, B and C", "the outskirts of X". */
// "the southern and central parts of the X district": two position words, and "of the" after a part noun.
const PREFIX_ADJ = String.raw`(?:strategic|key|nearby|rebel-held|opposition-held|besieged|government-held|regime-held|small|large|northern|southern|eastern|western|central)`;
const COMPASS_PART = String.raw`(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?(?:\s+(?:part|parts|edge|side))?`;
/** The nouns before "of" and a name, one kind per line. */
const PREFIX_NOUNS = [
  'town|towns|city|cities|village|villages|province|governorate|districts?|region|area|countryside|outskirts|suburbs|vicinity',
  'airport|airbase|camp|hamlet|hamlets|locality|localities|settlement|settlements', // "the town of X", "the camp of X"
  COMPASS_PART, // "south of X", "the northern parts of X"
  'parts?|edge|gates|heart|centre|center|out', // a part of a place; "out of X"
  'hill|hills|hilltop|hilltops|heights|ridge|monastery|shrine|mount|mountain|mountains|valley|plain|plains', // features
  'neighbou?rhood|quarter|suburb|base|dam|port|coast|coastline',
  'capital', // "X, the capital of Y State": the area the capital lies in is a place of the sentence
  'km|kilometres|kilometers|miles', // "10 km of X"
  'capture|recapture|fall|seizure|liberation|takeover', // "the capture of X"
  'residents|inhabitants|people', // "residents of X"
].join('|');
/**
 * "parts of the X district": "the" after a part noun's "of"; "were driven out of the X and Y neighbourhoods": after
 * "out of", a place named with its feature noun after it, as after a verb of taking.
 */
const PART_OF_THE = String.raw`(?:(?<=(?:parts?|outskirts|edge|side|out)\s+of)\s+the)?`;
export const PREFIX = new RegExp(
  String.raw`\b(?:(the\s+)?(?:${PREFIX_ADJ}\s+(?:and\s+(?=\p{Ll}+ern\s|central\s))?)*(${PREFIX_NOUNS})\s+of${PART_OF_THE})\s+$`,
  'iu',
);

/** Locative words and place verbs that put a place right after them. */
const CUE =
  new RegExp(`\\b(${[
    // prepositions of place and motion
    'in|on|near|around|outside|at|into|toward|towards|to|from|inside|within|across|throughout|through|between|via|past|and',
    // verbs of taking and holding ground
    'captur\\w*|seiz\\w*|took|takes?|taken|taking|retak\\w*|retook|recaptur\\w*|regain\\w*|freed|free|liberat\\w*|overr[au]n\\w*',
    'enter\\w*|storm\\w*|breach\\w*|reach\\w*|approach\\w*|besieg\\w*|lost|lose|losing|abandon\\w*|clear(?:ed|ing)|secured',
    'surround\\w*|encircl\\w*|controlled|controls',
    // verbs of giving ground up to another side ("surrendered X to Y", "ceded X to Y", "handed over X to Y")
    'surrender\\w*|ced(?:e|ed|es|ing)|relinquish\\w*|hand(?:ed|ing|s)?\\s+over',
    // "brought X under its control" (territory.ts reads the capture only with "under ... control" after X)
    'brought|brings|bringing',
    // verbs of flight and of attack
    'fled|flee\\w*|left|leav(?:e|es|ing)|shell\\w*|bomb\\w*|struck|strike|hit|target\\w*|attack\\w*',
  ].join('|')})\\s+$`, 'i');

/**
 * Lowercase descriptors between the cue and the name: "southern Daraa", "the western Homs countryside"; a share of the
 * place with its word of degree ("almost the entirety of X", "nearly all of X": territory-words.csv), and whoever held
 * it ("army-held X", "militia-controlled X") or what befell it ("war-torn X", "conflict-hit X", "drought-stricken X").
 */
const DESCRIPTOR_WORDS = 'the|northern|southern|eastern|western|central|north|south|east|west|northeast|northwest|southeast|southwest|' +
  'north-east|north-west|south-east|south-west|northeastern|northwestern|southeastern|southwestern|north-eastern|' +
  'north-western|south-eastern|south-western|rural|greater|nearby|neighboring|neighbouring|besieged|strategic|' +
  'strategically|located|key|entire|whole|old|former|town|city|capital|state|provincial|regional|administrative|itself|both|rest|of|' +
  // "in Yemen's second city Aden", "Pakistan's largest city Karachi", "the main port city Hodeidah": a city's rank.
  'second|third|fourth|largest|biggest|main|commercial|port';
const SHARE_WORDS = [...territoryWords('share'), ...territoryWords('degree')].flatMap((w) => w.split(/\s+/))
  .filter((w) => w !== 'a'); // "attacked a Houthi position": an article alone names no share
const DESCRIPTOR = new RegExp(
  String.raw`^(?:(?:${DESCRIPTOR_WORDS}|${[...new Set(SHARE_WORDS)].join('|')}|\p{L}+-(?:held|controlled|torn|hit|ravaged|wracked|stricken|battered))\s+)*$`, 'iu');
const NEAR_DESCRIPTOR = /\b(?:north|south|east|west|rural|nearby|neighbou?ring)/i;
/** The locative words that put a fact around a place, not in it. */
const NEAR_CUE = /^(?:near|around|outside)$/;
/** The same words ending the text before a feature noun ("near the town of X"). */
const NEAR_BEFORE = /\b(?:near|around|outside)\s+$/i;

/** The lower-case words a place name may hold, one kind per line. */
const PARTICLE_WORDS = [
  'al|a|as|ash|ad|ar|at|az|an|el|ez|ed|es|en|ech|adh|ath', // the Arabic article, as transliterations write it
  'bin|ibn|wa|de|del|du|um|umm|abu|abou', // "son of", "and", French "de", Spanish "del", "mother of", "father of"
  'tal|tell|tel|kafr|khan|jisr|ain|bab|ras|bir|beit|deir|jabal|jebel|qalaat|maarat|bani', // Arabic heads of names
];
const PARTICLE = new RegExp(`^(?:${PARTICLE_WORDS.join('|')})$`, 'i');
/** The Arabic article written apart and lower case ("al Qaim", "ash Shaddadi"); not "a", "an", "as", "at" (English words). */
const LEADING_ARTICLE = /^(?:al|el|ad|ar|ash|az|ez|ed|es|ech|adh|ath)$/;
const CAP = /^(?:(?:al|a|as|ash|ad|ar|at|az|an|el|ez|ed|es|en)[-‐])?\p{Lu}/u;

const excluded = aliasMatcher([...ACTORS.flatMap((a) => a.aliases), ...SOURCES.flatMap((s) => s.aliases)].filter((a) => !COUNTRY_NAMES.has(a.toLowerCase())));
/** A region pack's admin1 names are places on their own ("fighting spread to Idlib"), like a country's name. */
const admin1Of = aliasMatcher(ADMIN1.flatMap((a) => a.aliases));
/**
 * Every pack's admin1 names, the world's included ("Donetsk", "North Kivu", "Nineveh", "Al Jazirah"), folded, also
 * without the division word some carry ("Chernihiv Oblast"). They place the names near them ("Pokrovsk, in Donetsk")
 * and, followed by a division word ("Gezira State"), are places; a bare one is not (many are common words:
 * "Central", "Northern", "Capital").
 */
const ADMIN_NAMES = new Set(
  PACK_ADMIN1.flatMap((a) => [a.name, ...a.alternate_names]).flatMap((n) => [foldName(n), foldName(n.replace(DIVISION_WORD, ''))]).filter((n) => n !== ''),
);
const isAdminName = (w: Word): boolean => ADMIN_NAMES.has(foldName(w.text));
/** A folded name without its Arabic articles: "Salah al-Din" and "Salah ad Din" are one name. */
const ARTICLE_WORD = new RegExp(String.raw`(?<=^|[\s-])(?:${ARABIC_ARTICLES.join('|')})[\s-]+`, 'g');
export const bare = (folded: string): string => folded.replace(ARTICLE_WORD, '').replace(/-/g, ' ');
const BARE_ADMIN_NAMES = new Set([...ADMIN_NAMES].map(bare));
/** True when the words are an admin1 name of any pack ("Diyala", "Northern State", "Kherson Oblast", "Salah al-Din"). */
export function namesAdmin1(text: string): boolean {
  return [text, text.replace(DIVISION_WORD, '')].some((t) => ADMIN_NAMES.has(foldName(t)) || BARE_ADMIN_NAMES.has(bare(foldName(t))));
}
/** The packs' country names in a text, with their spans. */
export const countryOf = aliasMatcher(COUNTRIES);
const FEATURE_WORDS = [
  'military|airport|airbase|air|base', // installations
  'province|governorate|oblast|prefecture|state|territory', // divisions
  'city|town|village|district|camp|camps|crossing|countryside|area|region|border', // settlements and ground
];
const FEATURE_WORD = new RegExp(`^(?:${FEATURE_WORDS.join('|')})$`, 'i');

/** One or two capitalised words ending the text: a branch's name before its body's ("the Aleppo Civil Defence"). */
const BRANCH_BEFORE = /(?:\p{Lu}[\p{L}’'\-]*\s+){1,2}$/u;
/**
 * Actor and source names, masked out of place search, with the names that belong to them: a possessor ("President
 * Erdogan’s troops" are a person's forces, not a place) and, before a capitalized source name, the branch it names
 * ("the Aleppo Civil Defence").
 */
function namedBodies(s: string): { start: number; end: number }[] {
  // "according to the Commission for Refugees and Returnees (RRC)": a name its acronym holds is a body's (acronym-names.ts).
  // A country's name is a place all the same ("Bosnia and Herzegovina (BiH)").
  const held = acronymNames(s).filter((n) => !COUNTRY_NAMES.has(n.name.toLowerCase()));
  return [...held, ...excluded(s).map((h) => {
    const before = s.slice(0, h.start);
    const possessor = possessorBefore(before);
    const branch = startsCapital(h.text) ? BRANCH_BEFORE.exec(before) : null;
    const lead = possessor ?? branch;
    return lead ? { start: lead.index, end: h.end } : h;
  })];
}

/** "President Erdogan’s ", "Ankara's ": capitalized words ending in a possessive before a name. */
export const POSSESSOR = /(?:\p{Lu}[\p{L}’'\-]*\s+){0,2}\p{Lu}[\p{L}\-]*['’]s?\s+$/u;

/**
 * Whether `text` ends in whitespace after characters `last` matches at their end: the test of a few characters that
 * gates an end-anchored pattern, which is otherwise tried from every position of the text before a name.
 */
function endsBeforeSpace(text: string, last: RegExp): boolean {
  const trimmed = text.trimEnd();
  return trimmed.length < text.length && last.test(trimmed.slice(-4));
}

/** POSSESSOR's match at the end of `before`, tried only when `before` ends in an apostrophe (and "s") and spaces. */
export function possessorBefore(before: string): RegExpExecArray | null {
  return endsBeforeSpace(before, /['’]s?$/) ? POSSESSOR.exec(before) : null;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const LOCAL_GOVERNMENT = /^local government$/i;

/** A word of a sentence, with whether it may be part of a name (`isNameWord`, asked once a word). */
interface NameWord extends Word {
  name: boolean;
}

/**
 * Name runs: capitalized words joined by spaces, Arabic particles allowed inside ("Tell Abyad", "Bab al-Salam").
 * `isName`: whether a word may be part of a name, asked once for each word of the text (a test counts the asking).
 */
export function nameRuns(masked: string, isName: (word: string) => boolean = isNameWord): Word[] {
  const words: NameWord[] = allMatches(/[\p{L}\p{N}][\p{L}\p{N}'’\-‐]*/gu, masked)
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, name: isName(m[0]) }));
  const runs: Word[] = [];
  let cur: NameWord[] = [];
  const flush = () => {
    while (cur.length && !cur[cur.length - 1]!.name) cur.pop();
    // "Kankara Local Government (Area)": the division's words are capitalised too; the name is the words before them.
    if (cur.length > 2 && LOCAL_GOVERNMENT.test(`${cur[cur.length - 2]!.text} ${cur[cur.length - 1]!.text}`)) cur.splice(-2);
    if (cur.length) runs.push({ text: masked.slice(cur[0]!.start, cur[cur.length - 1]!.end), start: cur[0]!.start, end: cur[cur.length - 1]!.end });
    cur = [];
  };
  words.forEach((w, i) => {
    const adjacent = cur.length > 0 && /^ +$/.test(masked.slice(cur[cur.length - 1]!.end, w.start));
    if (cur.length && !adjacent) flush();
    const next = words[i + 1];
    // "Sudan’s Gezira State", "Ukraine's Kharkiv region": a possessor ends its name; the possessed name is another.
    if (w.name && POSSESSIVE.test(w.text) && next) {
      cur.push(w);
      flush();
    } else if (w.name) cur.push(w);
    else if (cur.length && PARTICLE.test(w.text) && !englishWord(w.text, next?.text ?? '')) cur.push(w);
    // "in al Qaim", "near ar Raqqa": a lower-case article written apart opens the name after it.
    else if (!cur.length && LEADING_ARTICLE.test(w.text) && next && / $/.test(masked.slice(w.end, next.start)) && next.name) cur.push(w);
    else flush();
  });
  flush();
  return joinedNames(runs, masked).map(stripPossessive);
}

/** Between two runs that may be one name: " and " or " & ". */
const AND_GAP = /^ +(?:and|&) +$/;

/**
 * "Jammu and Kashmir", "Azad Jammu and Kashmir", "Bosnia and Herzegovina": a name with "and" inside is read as two
 * runs; where the runs with their "and" are together an admin1 name of the packs or a country's name, they are one
 * name, so neither half is looked up as a place of its own ("Kashmir" alone names a namesake elsewhere).
 */
function joinedNames(runs: Word[], masked: string): Word[] {
  const out: Word[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    const text = prev && masked.slice(prev.start, run.end);
    if (prev && AND_GAP.test(masked.slice(prev.end, run.start)) && knownWhole(text!.replace(/['’]s?$/, ''))) {
      out[out.length - 1] = { text: text!, start: prev.start, end: run.end };
    } else out.push(run);
  }
  return out;
}

/** An admin1 name of any pack or a country's name, written whole. */
const knownWhole = (text: string): boolean => namesAdmin1(text) || COUNTRY_NAMES.has(text.toLowerCase());

/**
 * "near Goma as Kinshasa said", "Bakhmut at dawn": "as", "at" and "an" are English words there. Written apart, the
 * Arabic article takes them only before its own consonant (a sun letter: "as Sukhnah", "at Tall", "an Nabk").
 */
function englishWord(word: string, next: string): boolean {
  const article = /^(as|at|an)$/i.exec(word);
  return !!article && next.slice(0, 1).toLowerCase() !== article[1]!.slice(1).toLowerCase();
}

/** A compass word on its own: "north", "North-west", "eastern", "central". */
export const COMPASS_ALONE = /^(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?$/i;
const SIDE_ADJECTIVE = /[-‐](?:held|controlled|occupied|backed|led|run|allied|aligned|supported|dominated)$/i;

/**
 * Whether a word may be part of a name, remembered by word: every word of every sentence is asked (nameRuns), a
 * vocabulary repeats, and the answer depends on the word alone. Forgotten wholesale at a bound, so memory stays flat.
 */
const nameWords = new Map<string, boolean>();
const NAME_WORDS_KEPT = 50_000;
export function isNameWord(w: string): boolean {
  let known = nameWords.get(w);
  if (known === undefined) {
    if (nameWords.size >= NAME_WORDS_KEPT) nameWords.clear();
    nameWords.set(w, (known = judgeNameWord(w)));
  }
  return known;
}


/** An acronym, maybe in the plural: "UN", "IDPs", "NGOs". */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+s?$/u;
function judgeNameWord(w: string): boolean {
  if (!CAP.test(w)) return false;
  // Acronyms (UN, AFP, SAA) are bodies, not places; except an admin1's own abbreviation the packs give ("FATA").
  if (/^[\p{Lu}\d]{2,}$/u.test(w)) return ADMIN_NAMES.has(foldName(w));
  // "IDPs", "NGOs": an acronym in the plural is a count of people or bodies.
  if (ACRONYM.test(w) && w.endsWith('s')) return false;
  const bare = w.replace(/['’]s$/, '');
  if (NOT_NAMES.has(bare.toLowerCase())) return false;
  // "Twenty-two village officials", "Eleven district chiefs": a spelled figure before a place's noun is no name.
  if (wordNumber(bare) !== null) return false;
  // "Russian-held", "Houthi-controlled", "Turkish-backed": a side's adjective, not a name.
  if (SIDE_ADJECTIVE.test(bare)) return false;
  return !FEATURE_WORD.test(bare);
}

const POSSESSIVE = /['’]s$/;

function stripPossessive(w: Word): Word {
  const m = /['’]s?$/.exec(w.text);
  return m ? { text: w.text.slice(0, m.index), start: w.start, end: w.end - m[0].length } : w;
}

/**
 * Every place named in a sentence, left to right. `context`: the areas named before the sentence, for "the provincial
 * capital" when the sentence names no area (seat-phrase.ts).
 */
export function findPlaces(s: string, context?: () => SeatContext): PlaceHit[] {
  const masked = maskSpans(s, namedBodies(s));
  const packAdmins = admin1Of(s);
  const countries = countryOf(s);
  const runs = widenedToCountries(nameRuns(masked).map((run) => widenedToAdmin1(run, packAdmins)), countries);
  const named = runs.filter(isAdminName);
  // Places on their own: a region pack's admin1 names, and any pack's followed by a division word.
  const admins = dropOverlaps([...packAdmins, ...named.filter((w) => DIVISION_AFTER.test(masked.slice(w.end)))]);
  // Hints for the places near them: any pack's admin1 name.
  const hints = dropOverlaps([...admins, ...named]);
  const out: PlaceHit[] = [];
  let listFeature = '';
  for (const run of runs) {
    // "in North and East of X": a compass word alone is a direction, not a name ("North Kivu" is one run).
    if (COMPASS_ALONE.test(run.text)) continue;
    // "moved to the UN Mission in South Sudan site", "reported to the Office": a body's noun alone is no place.
    if (isBodyNoun(run.text)) continue;
    const hit = judgeRun(masked, run, admins, countries, out[out.length - 1], listFeature, s);
    if (!hit) continue;
    listFeature = hit.listFeature;
    out.push(hit.place);
  }
  // "in the Somali capital": the capital the phrase names, where no name in the sentence already covers the phrase.
  const capitals = findCapitalPhrases(s).filter((c) => !out.some((p) => p.start >= c.start && p.end <= c.end && p.text === c.text));
  // "the provincial capital": the seat of the area named; the seat keeps that area as its hint.
  const seats = findSeatPhrases(s, hints, context);
  const all = capitals.length ? [...out, ...capitals].sort((a, b) => a.start - b.start) : out;
  const hinted = all.map((p) => ({ ...p, admin_hint: adminHint(s, p, hints) }));
  // "Nyala, nearly 1,000 km southwest of Khartoum": a far landmark a place is measured from is no place of the sentence.
  return withoutLandmarks(s, seats.length ? [...hinted, ...seats].sort((a, b) => a.start - b.start) : hinted);
}

/**
 * "in Damascus Countryside", "in rural Damascus": a name run stops at a feature or descriptor word, but where the run
 * and the words around it are a region pack's admin1 name (Rural Damascus is also "Damascus countryside", admin1.csv),
 * the whole name is the place; "the Aleppo countryside", "rural Idlib" (no admin1 of that name) stay the area around
 * the name. A division word ending the name ("Kherson Oblast") is left
 * to the suffix rules, which read it as the feature.
 */
function widenedToAdmin1(run: Word, admins: Word[]): Word {
  const admin = admins.find((a) => a.start <= run.start && a.end >= run.end && a.end - a.start > run.end - run.start);
  if (!admin || admin.text.replace(DIVISION_WORD, '').length <= run.text.length) return run;
  return { text: admin.text, start: admin.start, end: admin.end };
}

/**
 * "the Democratic Republic of the Congo", "the Republic of the Sudan": a name run stops at a lower-case "of the", but a
 * country name the runs lie inside is one place; its parts ("Democratic Republic", "Congo") are no places of their own.
 */
function widenedToCountries(runs: Word[], countries: Word[]): Word[] {
  const out: Word[] = [];
  for (const run of runs) {
    const c = countries.find((w) => w.start <= run.start && w.end >= run.end && w.end - w.start > run.end - run.start);
    if (!c) out.push(run);
    else if (!out.some((o) => o.start === c.start && o.end === c.end)) out.push({ text: c.text, start: c.start, end: c.end });
  }
  return out;
}

function judgeRun(
  s: string,
  run: Word,
  admins: Word[],
  countries: Word[],
  prev: PlaceHit | undefined,
  prevListFeature: string,
  raw = s,
): { place: PlaceHit; listFeature: string } | null {
  // "'Ard al-Hamra", "‘Ain Issa": an apostrophe for the Arabic ayn opens the name; the cue stands before it.
  const before = s.slice(0, run.start).replace(/(?<=\s)['’‘]$/u, '');
  const after = s.slice(run.end);
  if (countedPeople(before, run.text)) return null;
  // "across the Blue Nile river", "the Dnipro River": a river named like a state or a town is no place of the fact.
  if (RIVER_AFTER.test(after) || RIVER_NAME.test(run.text)) return null;
  const isAdmin = admins.some((a) => a.start === run.start && a.end === run.end);
  const isCountry = countries.some((c) => c.start === run.start && c.end === run.end);
  // "the Homs town of X": the governorate only qualifies the place that follows.
  if (isAdmin && ADMIN_QUALIFIES.test(after)) return null;
  let feature = isCountry ? 'country' : '';
  let near = false;
  let cue = '';
  let listFeature = '';
  // "X State" is an admin1 only when X is one ("Gezira State", not "Islamic State").
  const suffix = SUFFIX_FEATURES.find(([re]) => re.test(after)) ?? (isAdmin && /^\s+state\b/i.test(after) ? STATE_SUFFIX : undefined);
  if (suffix) {
    feature = suffix[1];
    near = suffix[2];
  }
  // "the town of X", "villages of A, B and C", "south of X"; "The town, X, lies ..." (the noun and its name apposed).
  const prefix = prefixBefore(before) ?? apposedName(before, after);
  // Continuation of a list: "the villages of A, B, and C", "in Homs and Daraa".
  // A monitor's list gives each place its figures in brackets: "in Benghazi (seven deaths), Derna (two deaths) and Sirte".
  const gap = prev ? pastFeatureWord(s.slice(prev.end, run.start)) : null;
  const link = prev && gap ? NAME_LINK.exec(gap.rest) ?? linkAfterOwnTime(raw, prev, run) : null;
  // "killed in Ariha, the Observatory said": a name that says something is the source, not the list's next place.
  // "According to Karimi, ...", "in X, according to the Joint Staff": a name standing alone after "according to" is
  // who says it, not where it happened ("according to Kunduz police" still places the police; `raw` still holds the
  // source words masked in `s`).
  const speaker = ACCORDING_TO.test(before) && !/^\s+\p{Ll}/u.test(raw.slice(run.end));
  const listLink = !!link && !speaker && DESCRIPTOR.test(link[1]!) && !WITNESS_VERB.test(after);
  // "Baghdad was the worst affected governorate ..., followed by Nineveh ..., and Anbar with four deaths".
  const ranked = rankedPlace(s, before, after);
  if (prefix) {
    cue = 'of';
    const noun = prefix[2]!.toLowerCase();
    const f = prefixFeature(noun);
    if (!suffix) feature = f.feature || feature;
    // "killed near the town of X": the "near" before the noun puts the fact around X, not in it.
    near = near || f.near || NEAR_BEFORE.test(before.slice(0, prefix.index));
    listFeature = /s$/.test(noun) ? f.feature : '';
  } else if (prev && possessedBy(s.slice(prev.end, run.start))) {
    // "in Sudan’s Gezira State": a name a place possesses is a place in it, where that place's cue put it.
    cue = prev.cue;
  } else if (prev && areaOfPlace(s.slice(prev.end, run.start), after)) {
    // "in the Horo Guduru Wollega Zone of Oromia State": the area a place lies in, where that place's cue put it.
    cue = prev.cue;
    if (!suffix) feature = 'province';
  } else if (listLink) {
    cue = prev!.cue;
    if (!suffix) feature = prevListFeature || (isCountry ? 'country' : '');
    // "in the Idlib countryside and Sarmada": the ground around the first name is not the second's.
    const carriesNear = prev!.near && !prevListFeature && (!gap!.near || NEAR_CUE.test(prev!.cue));
    near = near || carriesNear || NEAR_DESCRIPTOR.test(link![1]!);
    if (!feature && link![1] && NEAR_DESCRIPTOR.test(link![1]!) && isAdmin) feature = 'area';
    listFeature = prevListFeature;
  } else {
    // "seized half of X", "in control of around 60 percent of X": a share of the place reads like the place.
    // "in the country's capital of X", "the country’s northeastern state of X": the story's country is an article.
    // "in Yemen's second city Aden": a country's possessive is that article too; "the Mexico state of X": its name is dropped.
    const lead = trailingWords(before.slice(-90).replace(SHARE_OF, ' ').replace(COUNTRY_POSSESSIVE, 'the').replace(NAMED_COUNTRY_POSSESSIVE, namedCountryArticle).replace(NAMED_COUNTRY_ATTRIBUTE, droppedCountry));
    const cueMatch = speaker ? null : findCue(lead) ?? phraseCue(before);
    if (cueMatch) {
      cue = cueMatch.cue;
      near = near || NEAR_CUE.test(cue) || NEAR_DESCRIPTOR.test(cueMatch.descriptor);
      if (!suffix && /\b(?:countryside|rural)\b/i.test(cueMatch.descriptor)) feature = 'area';
      if (!feature && NEAR_DESCRIPTOR.test(cueMatch.descriptor) && isAdmin) feature = 'area';
    } else if (!ranked && (isCountry || (!suffix && !isAdmin && !beforeCaptureVerb(after)))) {
      // A country named with no locative word is a party ("Azerbaijan captured ...", "Turkey shelled ..."), not the place.
      return null;
    }
  }
  if (cue === 'and' && !listLink && !isAdmin && !ranked) return null;
  if (/^(?:central)\b/i.test(before.slice(-8).trim()) && feature === 'city') near = false;
  const place: PlaceHit = { text: run.text, start: run.start, end: run.end, feature_hint: feature, admin_hint: '', near, cue };
  return { place, listFeature };
}

/**
 * What stands between a possessor place and the place it possesses: "'s " ("Sudan's Gezira State"), or its division's
 * word then "'s " ("Sagaing Region's Kani Township", "Donetsk Oblast's Pokrovsk district"), the word the name run left.
 */
const possessedBy = (between: string): boolean => {
  const m = /^(?:\s+([\p{L}]+))?['’]s\s+$/u.exec(between);
  return !!m && (m[1] === undefined || FEATURE_WORD.test(m[1]));
};

/**
 * "X Zone of Oromia State", "X district of Bayda province": a name after "of" straight after a place, closed by an
 * admin1 word (state, province, governorate, oblast), is the area the place lies in. Not "region": "the X region of
 * Niger" is a country phrase (normalize's country-phrase.ts), and a region word alone names no admin1.
 */
const OF_BETWEEN = /^\s+of\s+(?:the\s+)?$/i;
const ADMIN1_WORD_AFTER = /^\s+(?:state|province|governorate|oblast)\b/i;
const areaOfPlace = (between: string, after: string): boolean => OF_BETWEEN.test(between) && ADMIN1_WORD_AFTER.test(after);

const LETTER_OR_HYPHEN = /^[\p{L}\-]$/u;
const SPACE = /^\s$/u;

/**
 * The words a text ends with, each followed by whitespace, as far back as they go: what `((?:[\p{L}\-]+\s+)*?)$`
 * captures ("... forces seized the " -> "forces seized the "; "" when the text does not end in whitespace after a
 * word), read backwards from the end instead of tried from every position of the text.
 */
export function trailingWords(text: string): string {
  const before = (i: number): number => (i >= 2 && /[\uDC00-\uDFFF]/.test(text[i - 1]!) && /[\uD800-\uDBFF]/.test(text[i - 2]!) ? 2 : 1);
  const is = (re: RegExp, i: number): boolean => i > 0 && re.test(text.slice(i - before(i), i));
  let start = text.length;
  for (;;) {
    let k = start;
    while (is(SPACE, k)) k -= before(k);
    if (k === start) break;
    let m = k;
    while (is(LETTER_OR_HYPHEN, m)) m -= before(m);
    if (m === k) break;
    start = m;
  }
  return text.slice(start);
}

/**
 * "two Libyans were freed", "nine Eritreans, three Koreans and a Palestinian": a counted nationality is people, never
 * a place, even before a verb that frees or takes a place.
 */
const COUNT_BEFORE = new RegExp(String.raw`(?:^|[\s(])(?:\d[\d,]*|${alternation(countWords(12))}|dozens\s+of|several)\s+$`, 'i');
const NATIONALS = /^\p{Lu}\p{Ll}+(?:ians|ans|ese|is)$/u;
const NATIONAL = /^\p{Lu}\p{Ll}+ian$/u;
function countedPeople(before: string, name: string): boolean {
  return (NATIONALS.test(name) && COUNT_BEFORE.test(before)) || (NATIONAL.test(name) && /(?:^|\s)an?\s+$/i.test(before));
}

/** A share of a place before its name: "half of", "around 60 percent of the". */
const SHARE_ABOUT = String.raw`(?:(?:around|about|some|nearly|almost|roughly|over|more\s+than)\s+)?`;
const SHARE_PART = String.raw`(?:a\s+third|a\s+quarter|half|two[-\s]thirds|three[-\s]quarters|\d{1,3}\s*(?:percent|per\s+cent|%))`;
export const SHARE_OF = new RegExp(String.raw`\s${SHARE_ABOUT}${SHARE_PART}\s+of\s+(?:the\s+)?$`, 'i');

function prefixFeature(noun: string): { feature: string; near: boolean } {
  if (/^towns?$/.test(noun)) return { feature: 'town', near: false };
  if (/^(?:city|cities)$/.test(noun)) return { feature: 'city', near: false };
  if (/^(?:village|villages|hamlets?|localit(?:y|ies)|settlements?)$/.test(noun)) return { feature: 'village', near: false };
  if (/^(?:province|governorate)$/.test(noun)) return { feature: 'province', near: false };
  if (/^districts?$/.test(noun)) return { feature: 'district', near: false };
  if (/^(?:airport|airbase)$/.test(noun)) return { feature: 'airbase', near: false };
  if (noun === 'camp') return { feature: 'camp', near: false };
  if (/^(?:region|area|countryside|outskirts|suburbs|vicinity|gates|valley|plains?|mountains?)$/.test(noun)) return { feature: 'area', near: true };
  if (noun === 'base') return { feature: 'airbase', near: false };
  if (/^(?:km|kilometres|kilometers|miles)$/.test(noun)) return { feature: '', near: true };
  if (/^(?:north|south|east|west)/.test(noun)) return { feature: '', near: !/\b(?:part|parts|side)$/.test(noun) };
  return { feature: '', near: false };
}

/**
 * PREFIX's match at the end of `before` ("the town of "), tried only when `before` ends in "of" or "the" and spaces,
 * as every PREFIX match does.
 */
export function prefixBefore(before: string): RegExpExecArray | null {
  return endsBeforeSpace(before, /(?:of|the)$/i) ? PREFIX.exec(before) : null;
}

/**
 * "The town, Safira, lies on ...", "the village, Kalwa, was ...": a wire story names the place its lead left unnamed
 * in an apposition to the feature noun. The noun (group 2, as PREFIX gives it) is the place's feature.
 */
function apposedName(before: string, after: string): RegExpExecArray | null {
  return /^\s*,/.test(after) ? APPOSED_NOUN.exec(before) : null;
}
const APPOSED_NOUN = /\b(the\s+)(?:[\p{Ll}\-]+\s+){0,2}?(town|city|village|settlement|district|camp|airbase|base)\s*,\s*$/iu;

const RIVER_AFTER = /^\s+river\b/i;
const RIVER_NAME = /\sRiver$/;
const COUNTRY_POSSESSIVE = /\bcountry['’]s(?=\s)/gi;
/** "Yemen's ", "South Sudan's ": up to three capitalised words and a possessive, which `namedCountryArticle` checks. */
const NAMED_COUNTRY_POSSESSIVE = /\b(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s(?=\s)/gu;
const namedCountryArticle = (m: string, name: string): string => (COUNTRY_NAMES.has(name.toLowerCase()) ? 'the' : m);
/**
 * "in the southern Mexico state of X", "the Nigeria state of X": a country's name used as an adjective before an area
 * word and "of" says whose area X is, as its possessive does; read without it, the phrase is "the southern state of".
 * The area words are the world pack's (packs/world/admin1-words.csv), as normalize reads them.
 */
const AREA_OF_END = String.raw`(?=(?:${worldAreaWords().join('|')})\s+of\s+$)`;
const NAMED_COUNTRY_ATTRIBUTE = new RegExp(String.raw`\b(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+${AREA_OF_END}`, 'gu');
const droppedCountry = (m: string, name: string): string => (COUNTRY_NAMES.has(name.toLowerCase()) ? '' : m);

const ACCORDING_TO = /\baccording\s+to\s+(?:the\s+)?$/i;

/** A hyphenated "re-" before a verb ("re-entered"). */
const RE_PREFIX = /^re-(?=\p{L})/iu;
/** The locative cue ending `lead`, with only descriptors ("the northeastern") between it and the name. */
function findCue(lead: string): { cue: string; descriptor: string } | null {
  const words = lead.trimEnd().split(/\s+/).filter(Boolean);
  for (let i = words.length - 1; i >= Math.max(0, words.length - 7); i--) {
    const descriptor = words.slice(i + 1).join(' ');
    // "seized the Sudanese state capital Wad Madani": a demonym qualifies the noun as the lower-case words do.
    const described = words.slice(i + 1).filter((w) => !isDemonym(w)).join(' ');
    if (descriptor && (!described || !DESCRIPTOR.test(described + ' '))) return null;
    // "re-entered X", "re-captured X": the verb of taking with a hyphenated "re-".
    const word = words[i]!.replace(RE_PREFIX, '');
    const m = CUE.exec(word + ' ');
    if (m && m.index === 0) return { cue: word.toLowerCase(), descriptor };
    // "took control of the strategic X": "control of/over" is one cue, a day between ("control Wednesday of X") or not.
    if (/^(?:of|over)$/i.test(words[i]!) && /^control$/i.test(words[beforeDay(words, i - 1)] ?? '')) return { cue: 'control', descriptor };
    // "the Battle of X", "the siege of X", "the battle for X", "the fight for X": the place fought over.
    if (/^(?:of|for)$/i.test(words[i]!) && /^(?:battle|siege)$/i.test(words[i - 1] ?? '')) return { cue: 'battle', descriptor };
    if (/^for$/i.test(words[i]!) && /^(?:fight|fighting|struggle)$/i.test(words[i - 1] ?? '')) return { cue: 'battle', descriptor };
    // "took back X", "won back X", "took over X": the particle belongs to the capture verb before it.
    if (/^back$/i.test(words[i]!) && /^(?:took|takes?|taking|taken|won|wins?|winning)$/i.test(words[i - 1] ?? '')) return { cue: words[i - 1]!.toLowerCase(), descriptor };
    if (/^over$/i.test(words[i]!) && /^(?:took|takes?|taking|taken)$/i.test(words[i - 1] ?? '')) return { cue: words[i - 1]!.toLowerCase(), descriptor };
  }
  return null;
}

/** "took control Wednesday of X", "on Sunday": the index before a day word (and its "on") at `j`, else `j`. */
function beforeDay(words: string[], j: number): number {
  if (!DAY_WORD.test(words[j] ?? '')) return j;
  return /^on$/i.test(words[j - 1] ?? '') ? j - 2 : j - 1;
}
const DAY_WORD = new RegExp(`^(?:${[...weekdayNames(), 'yesterday', 'today'].join('|')})$`, 'i');

/**
 * A list of places introduced after a noun of places ("seized 12 villages, including X and Y", "three more villages:
 * X, Y and Z", "several villages such as X").
 */
function phraseCue(before: string): { cue: string; descriptor: string } | null {
  if (placeListLead(before)) return { cue: 'including', descriptor: '' };
  // "seized the town, as well as X": names added to a taken place the sentence calls by its noun.
  const also = ALSO_AFTER_BACK.exec(before);
  return also ? findCue(before.slice(0, also.index)) : null;
}
/** Nouns that stand for a place named before: "the town", "the strategic airbase" (territory's back references too). */
export const PLACE_NOUN = String.raw`(?:(?:strategic|military|key|former)\s+)?(airbase|air\s+base|airport|base|town|city|village|settlement|locality|crossing|camp)`;
/** "as well as", "along with": what adds a place to the ones a verb took (here and in territory.ts). */
export const ALSO_WORDS = String.raw`(?:as\s+well\s+as|along\s+with)`;
/** The link from a place to the one added after it: "the town, as well as", "X along with". */
export const ALSO_JOIN = String.raw`\s*,?\s+${ALSO_WORDS}\s+`;
/**
 * A place called by its noun, then "as well as" / "along with": the names after it are the verb's objects too. "The
 * capital" is one here ("seized the capital, along with X"); territory's back references leave it out.
 */
const ALSO_AFTER_BACK = new RegExp(String.raw`\s+the\s+(?:${PLACE_NOUN}|capital)${ALSO_JOIN}$`, 'i');
/** `before` ends with a noun of places and the word that opens its list of names. */
export function placeListLead(before: string): boolean {
  return PLACE_LIST.test(before);
}
// "crossed into neighbouring countries, including Chad and Egypt": countries are listed as places are.
const PLURAL_PLACES = wordsPattern('listed');
// An opening dash too: "seized two towns – A and B – in X" names the towns as ", including A and B" does.
const LIST_OPENER = String.raw`(?:,\s*(?:including|among\s+them)|,?\s+such\s+as|:|\s[–—])`; // ", including", "such as", ":", " –"
// A bare comma or bracket right after the noun names them too: "recaptured two towns, A and B,", "three villages (A, B".
const PLACE_LIST = new RegExp(String.raw`\b${PLURAL_PLACES}\b(?:[^;.]{0,60}?${LIST_OPENER}\s+|(?:,\s+|\s+\())$`, 'i');

/**
 * "X fell to ...", "X was captured", "X, the largest town in Y, came under ...", "X is now in the hands of ...": the
 * subject is a place even with no locative word before it.
 */
function beforeCaptureVerb(after: string): boolean {
  const listed = after.replace(LIST_AHEAD, '');
  if (agentOfObject(after) || agentOfObject(listed)) return false;
  return CAPTURE_AFTER.test(after) || LIST_CAPTURED.test(listed);
}
/** ", the largest town in Y,": an apposition between the name and its verb. */
const APPOSITION = String.raw`(?:\s*,\s+(?:the|a|an)\s[^,;.]{1,60},)?`;
/** "has since been", "was reportedly", "had": the auxiliaries and adverbs before the participle. */
// "had not yet fallen": a place whose fall is denied is a place all the same (territory.ts reads no capture of it).
const PLACE_AUX = String.raw`(?:(?:has|had|was|were|is|have)\s+(?:since\s+|now\s+|already\s+|reportedly\s+|also\s+|later\s+|finally\s+|eventually\s+|then\s+|not\s+(?:yet\s+)?)?(?:been\s+)?)?`;
/** A verb whose subject is the place: taken, struck or surrounded; "came under X control". */
const PLACE_VERB_FORMS = [
  wordsPattern('fallen', 'taken', 'secured', 'entered'), // taken
  String.raw`hit|bombed|shelled|struck|targeted|attacked|besieged|surrounded|encircled`, // struck or surrounded
  String.raw`handed\s+over`,
  String.raw`(?:(?:now|back|came|come|comes)\s+)under\s+(?:the\s+)?(?:[\p{L}\p{N}’'\-]+\s+){0,3}?control`, // "came under army control"
];
const PLACE_VERB = `(?:${PLACE_VERB_FORMS.join('|')})`;
const CAPTURE_AFTER_FORMS = [
  String.raw`(?:(?:is|was|are|were)\s+)?(?:now|back)\s+in\s+the\s+hands\s+of`, // "is now in the hands of Y"
  String.raw`(?:passed|came)\s+into\s+the\s+hands\s+of`,
  String.raw`changed\s+hands`,
  String.raw`(?:is|was|are|were)\s+(?:reported|said|believed)\s+to\s+be\s+(?:now\s+)?under\s+(?=\p{L})`, // "is reported to be under rebel control"
  String.raw`${PLACE_AUX}(?:(?:fully|completely|entirely)\s+)?${PLACE_VERB}`, // "was fully captured", "fell"
];
const CAPTURE_AFTER = new RegExp(String.raw`^${APPOSITION}\s+(?:${CAPTURE_AFTER_FORMS.join('|')})\b`, 'iu');
/** A bare verb of PLACE_VERB (no auxiliary) and the word after it. */
const BARE_VERB = new RegExp(String.raw`^\s+${PLACE_VERB}\s+([\p{L}\d][\p{L}\d'’\-]*)`, 'u');
/** Words that open a verb's object: "hit the village of X", "stormed a checkpoint", "shelled 12 villages". */
const OBJECT_OPENER = /^(?:the|a|an|its|their|his|her|several|dozens|many|some|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)$/;
/**
 * "Shelling hit the village of X", "Airstrikes targeted the town of X", "Gunmen stormed Y": a bare verb followed by its
 * object (a determiner, a count or a name) is active, so the capitalised word before it is the agent, not a place
 * struck or taken; a place's own forms have no object ("X fell", "X hit by shelling", "X was captured on Monday").
 */
function agentOfObject(after: string): boolean {
  const object = BARE_VERB.exec(after)?.[1];
  // "Gunmen attacked IDPs": a capitalised object that is no name (an acronym of people) is an object all the same.
  return object !== undefined && (OBJECT_OPENER.test(object) || isNameWord(object) || ACRONYM.test(object));
}
/** After a subject list, only a change of hands (not "hit" or "shelled", whose lists locate strikes on their own). */
const LIST_AUX = String.raw`(?:(?:has|had|have|was|were)\s+)?(?:(?:been|also|later|finally|eventually|then|reportedly|all)\s+)*`;
const CHANGED_HANDS = String.raw`(?:${wordsPattern('taken', 'secured', 'fallen')}|handed\s+over|came\s+under|changed\s+hands)`;
const LIST_CAPTURED = new RegExp(String.raw`^\s+${LIST_AUX}(?:(?:fully|completely)\s+)?${CHANGED_HANDS}\b`, 'i');
/**
 * "A, B and C were captured": the names of a subject list after this one, skipped so that every member of the list,
 * not only the last, stands before the verb.
 */
/** A name's first word, and each word after it: capitalised, or a particle joined by a hyphen ("al-Hamra"). */
const NAME_FIRST = String.raw`[\p{Lu}'‘’][\p{L}\p{N}'’\-]*`;
const NAME_NEXT = String.raw`(?:[\p{Lu}][\p{L}\p{N}'’\-]*|(?:al|el|ad|as|ash|ar|an|ibn|bin|abu|umm?)-[\p{L}'’\-]+)`;
const LIST_AHEAD = new RegExp(String.raw`^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)${NAME_FIRST}(?:\s+${NAME_NEXT})*){1,10}(?=\s)`, 'u');

/** "the Homs town of X", "the northern Donetsk village of X": a province before a feature noun and "of". */
const QUALIFIED_ADJ = String.raw`(?:(?:border|frontline|rebel-held|northern|southern|eastern|western)\s+)?`;
const ADMIN_QUALIFIES = new RegExp(String.raw`^\s+${QUALIFIED_ADJ}(?:town|city|village|villages|towns|district|hamlet)\s+of\b`, 'i');
/** Between two listed names: a bracket of figures, a comma or "and"/"or"/"as well as", and up to three lower-case words. */
const NAME_LINK_JOIN = String.raw`(?:\s*,\s*(?:and\s+|or\s+|${ALSO_WORDS}\s+)?|\s+(?:and|or|${ALSO_WORDS})\s+)`;
const NAME_LINK = new RegExp(String.raw`^(?:\s*\([^()]{1,80}\))?${NAME_LINK_JOIN}((?:[\p{Ll}\-]+\s+){0,3})$`, 'u');

/**
 * "in Gaza City and Khan Younis", "in Idlib province and Afrin": the feature word of the name before (its suffix,
 * already read) stands between it and the list's link, so the link is read past it. `near` says whether that word
 * names the ground around the name ("countryside").
 */
function pastFeatureWord(gap: string): { rest: string; near: boolean } {
  const hit = [...SUFFIX_FEATURES, STATE_SUFFIX].map(([re, , near]) => ({ m: re.exec(gap), near })).find((h) => h.m);
  return hit ? { rest: gap.slice(hit.m![0].length), near: hit.near } : { rest: gap, near: false };
}

/** "captured A on Monday and B on Tuesday": the link after a listed name's own time (time.ts reads it in the raw text). */
function linkAfterOwnTime(raw: string, prev: PlaceHit, run: Word): RegExpExecArray | null {
  const end = ownTimeBeforeNext(raw, prev.end, run);
  return end === null ? null : NAME_LINK.exec(raw.slice(end, run.start));
}

function adminHint(s: string, p: PlaceHit, admins: Word[]): string {
  const self = admins.find((a) => a.start === p.start && a.end === p.end);
  if (self) return self.text;
  // "A, B and C were shelled in western X province": a governorate shortly after, in a locative phrase.
  const afterIt = admins.find((a) => a.start >= p.end && a.start - p.end <= 70 && LOCATIVE_END.test(s.slice(p.end, a.start)) && !OUTSIDE_OF.test(s.slice(p.end, a.start)));
  if (afterIt) return afterIt.text;
  // "Kohistan district, Faryab province", "the village of X, Kherson region,": a place set beside its area by a comma,
  // the area's own word after it; not a list going on ("A, B province and C" names two places).
  const beside = admins.find((a) => a.start >= p.end && APPOSED_DISTRICT.test(s.slice(p.end, a.start)) && APPOSED_AREA_AFTER.test(s.slice(a.end)));
  if (beside) return beside.text;
  // "the X town of Y", "X's Y": a governorate just before.
  const beforeIt = admins.filter((a) => a.end <= p.start && p.start - a.end <= 30 && !/[,;.]/.test(s.slice(a.end, p.start))).pop();
  return beforeIt ? beforeIt.text : frontedAdmin(s, p, admins);
}

/** "In X," / "In northern X State," opening a sentence: the area the whole sentence is set in. */
const FRONTED_BEFORE = /^\s*[Ii]n\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)?$/u;
const FRONTED_AFTER = new RegExp(String.raw`^(?:${DIVISION_AFTER.source.slice(1)})?\s*,`, 'i');

/**
 * "In Rakhine State, AA troops captured a police post in Mrauk-U Township": a sentence that opens by naming an admin1
 * sets all it tells there, so a later place with no nearer area is in it; unless another admin1 is named between
 * ("..., while in Chin State, ... took Falam").
 */
function frontedAdmin(s: string, p: PlaceHit, admins: Word[]): string {
  const first = admins.find((a) => a.end <= p.start && FRONTED_BEFORE.test(s.slice(0, a.start)) && FRONTED_AFTER.test(s.slice(a.end)));
  if (!first || admins.some((b) => b.start > first.end && b.end <= p.start)) return '';
  return first.text;
}

const APPOSED_DISTRICT = new RegExp(String.raw`^(?:\s+(?:${DISTRICT_WORDS}))?\s*,\s*$`, 'i');
/**
 * The area's division word closing the apposition (a comma, stop or bracket after it): not a list going on ("A, B
 * province and C" names two places), nor the area qualifying a noun ("near A, B State officials said").
 */
const APPOSED_AREA_AFTER = new RegExp(String.raw`${DIVISION_AFTER.source}(?=\s*(?:[,.;:)]|$))`, 'i');

/** "in the desert south of X": a direction from X places the town outside it ("in the east of X" is inside). */
const OUTSIDE_OF = /(?<!\bthe\s)\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+$/i;
const LOCATIVE_END = /^(?![^]*?[;.])(?![^]*,\s+\p{Ll}+ing\b)[^]*?\b(?:in|of|inside|within|across)\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,3}$/u;

/** True when the mention names a governorate (as news spell it). */
export function isGovernorate(text: string): boolean {
  return GOVERNORATE_KEYS.has(foldName(text));
}
// Folded once: this is asked for every place of every fact when facts are compared.
const GOVERNORATE_KEYS = new Set(ADMIN1.flatMap((a) => a.aliases.map(foldName)));
