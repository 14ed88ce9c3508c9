/**
 * Numbers that are not counts of anything this stage reports: ages ("a 9-year-old", "aged 12"), dates and years,
 * percentages, times of day, reading times, phone numbers, road and resolution numbers, "one of the ..." (a member
 * of a set), compound adjectives ("three-day truce"). What a figure counts (strikes, vehicles, tents) is judged by
 * nouns.ts.
 */
import { alternation } from '@frontline/nlp/dates';
import { parseRegistry, REPORTING } from '@frontline/schema';
import { readDataFile } from './data.ts';
import type { QuantityHit } from './numbers.ts';
import { endsWithMonthDay, figureKey, findQuantities, isDateOrYear, PERCENT_AFTER, SMALL_NUMBER } from './numbers.ts';
import { ARTICLE_TEXTS, recallingOne } from './text.ts';
import { isPersonNoun } from './nouns.ts';
import { partySize } from './party-size.ts';
import { isPopulationWhole } from './partitive-whole.ts';
import { rankedPhraseStart } from './ranking-head.ts';
import { isSinglePerson } from './single-person.ts';
import { isMaterielNoun } from './thing-nouns.ts';

/** Labels whose number names the thing ("Route 5", "Resolution 2254", "Brigade 93"): data/number-labels.csv. */
const NUMBER_LABELS = parseRegistry(readDataFile('number-labels.csv'), 'number-labels.csv', ['word', 'example']).map((r) => r.word!);
const NUMBER_LABEL = new RegExp(String.raw`\b(?:${alternation(NUMBER_LABELS)})\s+$`, 'i');
/** Nouns of a span of time right after a figure ("two days", "48 hours"). */
const SPAN_OF_TIME = /^\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b/i;
/** A hyphen and a word after a figure ("12-day"); a capitalised name before one ("Zamzam 1 camp"). */
const HYPHEN_WORD = /^[-‐]\p{L}/u;
const NAME_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}'’-]+\s+$/u;
/** "of Baghdad's", "among its", "of the town's": a possessor before a figure that sizes what it possesses. */
const AREA_NOUN = '(?:province|city|town|region|area|governorate)';
const POSSESSOR = String.raw`(?:\p{Lu}[\p{L}\-]*['’]s|the\s+\p{Ll}+['’]s|its|their|the\s+${AREA_NOUN}['’]s)`;
export const OF_POSSESSOR = new RegExp(String.raw`\b(?:of|among)\s+${POSSESSOR}\s+$`, 'iu');

/**
 * The head nouns of the kinds of report (reporting.csv `report_kind`: "flash update", "situation report", "humanitarian
 * snapshot"), capitalised as a series' title spells them and right before a number: "Snapshot 5", "Update 12". In lower
 * case ("in its latest update 12 people ...") the noun ends a phrase and the figure may count.
 */
const SERIES_HEADS = [...new Set(REPORTING.report_kind.map((w) => w.split(/\s+/).pop()!))];
const SERIES_NUMBERED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${SERIES_HEADS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\s+$`, 'u');

/**
 * Whether a figure counts nothing: a date or year, an age, a span of time, a share, a party's size and the like. The
 * finders of a sentence each ask it of every figure (figures.ts, frame-finder.ts, single persons, parts): three calls
 * in four on the corpus texts ask again about a figure already judged in the article (h-speed-r48), so the answers are
 * kept; the judgement depends on the sentence and the figure alone.
 */
export const isNotACount = recallingOne(notACount, figureKey, ARTICLE_TEXTS * 8);

function notACount(s: string, q: QuantityHit): boolean {
  const before = s.slice(0, q.start);
  const after = s.slice(q.end);
  if (isDateOrYear(s, q)) return true;
  // "one in 160 of Baghdad's 6.5 million population": the whole a share is taken from, no figure of the war (figures.ts
  // reads "residents" and "inhabitants" the same way; "population" is no noun of persons, so it is read here).
  if (/^\s+population\b/i.test(after) && OF_POSSESSOR.test(before)) return true;
  // "a six-man team", "a 12-strong patrol": the compound sizes a party, so the figure counts its members.
  if (partySize(after)) return false;
  // "aged 12", "ages of 5", "above the age of 14": an age bound says who, not how many.
  if (/\baged\s+$/i.test(before) || /\bages?\s+(?:of\s+)?$/i.test(before)) return true;
  // The test of the words after first: it looks at their start only, where an end-anchored test of `before` is tried
  // from every position of the text before the figure.
  if (AGE_LIST_END.test(after) && AGE_LIST_BEFORE.test(before)) return true;
  if (isSetOfASubset(before, after, q)) return true;
  // "Two of the 12 passengers were killed": the whole a part is taken of, when no word of harm follows it, is a population.
  if (isPopulationWhole(s, q)) return true;
  if (/^[-‐]\s*(?:year|month|week|day)s?[-‐\s]old\b/i.test(after) || /^\s+(?:years?|months?)\s+old\b/i.test(after)) return true;
  if (HYPHEN_WORD.test(after)) return true; // "two-front", "12-day", "5-km" as adjectives
  // "killed over two days", "fled within 48 hours", "for three weeks": a span of time counts no one, even where "over"
  // reads as "more than" and a verb before would take the figure as its object.
  if (SPAN_OF_TIME.test(after)) return true;
  if (PERCENT_AFTER.test(after)) return true;
  if (/^\s*(?::\d|[ap]\.?m\.?\b|o['’]clock)/i.test(after)) return true;
  if (/^\s*min(?:ute)?s?\s+read\b/i.test(after)) return true;
  // Phone numbers and digit runs ("0800 5 20"), but not a month's day before a count (a wire feed's bare dateline,
  // "KABUL Oct 12 At least 15 ..."); a bracket opening a counted phrase ("(18 deaths reported)") is no phone number.
  // "Two 12-year-old boys": an age after a number leaves it a count. After an article ("a 71-year-old woman") the frame
  // finder alone reads the person, which keeps one listed in an apposition to a count ("two civilians, a ...") no fact.
  const ageNext = AGE_NEXT.test(after) && !isSinglePerson(q.phrase);
  // "the most displaced people were Hpakant (1,200), Mohnyin (950)": a bracketed figure of a ranking is a count.
  const bracketed = /\($/.test(before) && !/^\s+\p{L}/u.test(after) && rankedPhraseStart(s, q) < 0;
  if ((/(?:\+|\d[\s-])$/.test(before) && !endsWithMonthDay(before)) || bracketed || (/^[\s-]\d{2,}/.test(after) && !ageNext)) return true;
  if (isApposedAge(before, after)) return true;
  if (isUncountedAddition(before, after, q)) return true;
  if (RESTATED_PART.test(after) && /,\s*$/.test(before)) return true;
  // "the Dalori 2 IDP camp", "Zamzam 1 camp": a number after a name and before a camp noun is part of the camp's name.
  if (CAMP_NAMED.test(after) && NAME_BEFORE.test(before)) return true;
  if (NUMBER_LABEL.test(before)) return true;
  // "IOM DTM Snapshot 5", "Flash Update 7": a number after a capitalised series noun numbers the report, counts no one.
  if (SERIES_NUMBERED.test(before.slice(-24))) return true;
  // "one of its ...": a member of a set; but "15 of these villages" counts the places taken out of a set named before.
  if (q.value !== null && !q.vague_word && /^\s+of\s+(?:the|its|their|his|her|our|these|those|many)\b/i.test(after) && !SHARE_OF_PLACES.test(after)) return true;
  if (q.value !== null && q.value < 10 && /\b(?:the|a|an)\s+$/i.test(before) && !/^(?:a\s+)?dozen|^an\s+estimated/i.test(q.phrase) &&
    !personsHurt(after)) return true; // "the one"
  return countsMateriel(after) || countsAnimals(after);
}

/**
 * "At least 120 civilians, and possibly many more, were killed": an aside after a count guessing at an addition of
 * unknown size. It counts no one of its own; the count before it is the fact. A hedge word or a vague figure marks the
 * guess ("and likely hundreds more", "or perhaps dozens more"); "and 12 more were wounded" is a count.
 */
function isUncountedAddition(before: string, after: string, q: QuantityHit): boolean {
  if (!/^\s+more\b\s*[,)—–-]/.test(after)) return false;
  const m = /,\s*(?:and|or)\s+(possibly|likely|probably|perhaps|maybe|potentially|even\s+)?\s*$/i.exec(before);
  return m !== null && (m[1] !== undefined || q.vague_word !== '');
}

/**
 * "killing six people, four of whom were from the same family", "nine dead, five of them from one household": a part
 * after the toll that says only what its members share ("the same", "one", "a single") restates part of the toll; it
 * names no group, place or perpetrator, so it is no fact of its own. A part by a named place ("3 of them from Nyunzu")
 * or by group ("7 of whom were children") is untouched.
 */
const SHARED_ORIGIN = String.raw`(?:all\s+)?(?:from|of|in|belonging\s+to)\s+(?:the\s+same|one|a\s+single)`;
const RESTATED_PART = new RegExp(String.raw`^\s+of\s+(?:them|whom)\s+(?:(?:were|was|are|is)\s+)?${SHARED_ORIGIN}\s+\p{Ll}+`, 'iu');

/** "the 9 civilians killed", "the three soldiers wounded": a noun of persons and a word of harm make "the N" a toll. */
function personsHurt(after: string): boolean {
  const m = PERSONS_HURT.exec(after);
  return m !== null && isPersonNoun(m[1]!);
}
const PERSONS_HURT = /^\s+(?:[\p{L}\-]+\s+)?([\p{L}]+)\s+(?:killed|dead|wounded|injured|slain)\b/u;

/** A camp noun right after a number: "2 IDP camp", "3 displacement site". */
const CAMP_NAMED = /^\s+(?:IDPs?\s+|displacement\s+|refugee\s+|transit\s+)?(?:camp|site|settlement)\b/i;

/** The age written after "Two" in "Two 12-year-old boys": digits glued to a "-year-old". */
const AGE_NEXT = /^\s\d{1,3}[-‐](?:year|month)s?[-‐]old\b/i;

/**
 * "a woman, 60, and her son, 31, were killed", "a boy, 9, was wounded": a bare number set off by commas right after a
 * singular person (an article or a possessive before a noun) is that person's age. The noun must be a noun of persons
 * ("her son" needs none: a possessive names a relative). What follows must close the apposition.
 */
function isApposedAge(before: string, after: string): boolean {
  if (!/^\s*(?:,|\))/.test(after)) return false;
  // "Sepoy Muhammad Amir Iqbal, 30, was martyred", "Maria Kovalenko, 64, was wounded": after a person's full name.
  if (/^\s*,/.test(after) && namesPerson(before)) return true;
  const m = APPOSED_TO.exec(before);
  if (!m) return false;
  return /^(?:his|her|their|its)$/i.test(m[1]!) || isPersonNoun(m[2]!);
}
/** A full name, two or more capitalised words, closed by the comma that opens an apposition. */
const NAME_BEFORE_COMMA = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+)\s*,\s*$/u;
/** Words that make the capitalised words after them a place ("In North Waziristan, 30, ..."), not a person. */
const PLACE_WORDS = new Set(['in', 'at', 'near', 'from', 'of', 'on', 'across', 'around', 'outside', 'inside', 'to', 'the']);
function namesPerson(before: string): boolean {
  const m = NAME_BEFORE_COMMA.exec(before);
  if (!m) return false;
  const previous = /([\p{L}]+)\s+$/u.exec(before.slice(0, m.index))?.[1] ?? '';
  return !PLACE_WORDS.has(m[1]!.split(/\s+/)[0]!.toLowerCase()) && !PLACE_WORDS.has(previous.toLowerCase());
}
const APPOSED_TO = /\b(an?|his|her|their|its)\s+(?:[\p{L}\-]+\s+){0,2}?([\p{L}]+)\s*[,(]\s*$/iu;

// A later age of a list or range: "two men aged 44 and 46", "children aged 8, 11 and 13", "ages 5 to 9"; ages may
// be written in words ("two children, aged three and five, died").
const AGE_LIST_BEFORE = new RegExp(
  String.raw`\bag(?:e|ed|es)\s+(?:of\s+|between\s+)?(?:${SMALL_NUMBER}(?:\s*,\s*|\s+(?:and|or|to)\s+|\s*[-–]\s*))+$`, 'i');
// What follows the list's last age: a verb, a clause word or punctuation. "a man aged 60 and 3 children": a noun
// after the number makes it a count.
const AGE_LIST_END = /^\s*(?:[,.;:)]|$|(?:years?|were|was|are|is|had|have|has|died|and|or|who|from|in|on|at|when|as)\b)/i;
// "among the 400 refugees" after a count in the same clause: the larger set the counted few belong to.
const AMONG_BEFORE = /\bamong\s+(?:the|those|some)\s+$/i;

// "among the 25 civilians killed", "among the 19 victims": the set is itself a toll ("among the 250 arrivals had
// died": a verb after an auxiliary is the counted few's predicate, not part of the set).
const TOLL_WORD = '(?:killed|dead|deaths|victims|casualties|fatalities|wounded|injured|slain)';
const TOLL_AFTER = new RegExp(String.raw`^\s+(?:(?!(?:had|has|have|were|was|are|is)\b)[\p{L}\-]+\s+){0,3}?${TOLL_WORD}\b`, 'iu');

/**
 * "four children among the 400 refugees have died", "two among the 60 evacuees": the figure after "among the" names
 * a population the counted few belong to, when the clause already counted them. A set that is a toll itself ("five
 * children among the 25 civilians killed") and one with nothing counted before it ("Among the 30 dead were five
 * children") keep their figure.
 */
function isSetOfASubset(before: string, after: string, q: QuantityHit): boolean {
  if (!AMONG_BEFORE.test(before) || TOLL_AFTER.test(after)) return false;
  const clause = before.slice(0, before.search(AMONG_BEFORE)).split(/[;:.]|,\s+(?:while|as|but|and)\b/).pop()!;
  return findQuantities(clause).some((other) => other.value !== null && other.start !== q.start);
}

const PLACES = '(?:villages|towns|hamlets|settlements|localities|positions|hills|hilltops)';
const SHARE_OF_PLACES = new RegExp(String.raw`^\s+of\s+(?:the|these|those)\s+(?:\d+\s+)?${PLACES}\b`, 'i');

/**
 * "including 19 tanks", "37 armored infantry fighting vehicles", "4 rocket launchers": a materiel noun heads the
 * phrase after the figure, within three modifiers; "3 tank crews" counts the crews.
 */
function countsMateriel(after: string): boolean {
  const words = /^\s+((?:[\p{L}\-]+\s+){0,3})([\p{L}\-]+)(?:\s+([\p{L}\-]+))?/u.exec(after);
  if (!words) return false;
  const modifiers = words[1]!.trim().split(/\s+/).filter(Boolean);
  for (const [i, word] of [...modifiers, words[2]!].entries()) {
    if (MATERIEL_STOP.test(word)) return false;
    if (!isMaterielNoun(word)) continue;
    const next = i < modifiers.length ? (modifiers[i + 1] ?? words[2]!) : (words[3] ?? '');
    return !/^(?:crews?|drivers?|operators?|personnel|members|gunners)$/i.test(next);
  }
  return false;
}
/** Nouns of animals (data/animal-nouns.csv): "killed 30 cows", "dozens of goats" count no person. */
const ANIMALS = new Set(parseRegistry(readDataFile('animal-nouns.csv'), 'animal-nouns.csv', ['noun']).map((r) => r.noun!.toLowerCase()));

/**
 * "killed several cows", "dozens of goats", "200 head of cattle", "40 stray dogs": an animal noun heads the phrase after
 * the figure, within two modifiers ("of" and "head of" open it).
 */
function countsAnimals(after: string): boolean {
  const words = /^\s+(?:head\s+of\s+|of\s+)?(?:[\p{L}\-]+\s+){0,2}?([\p{L}\-]+)/u.exec(after);
  if (!words) return false;
  const phrase = after.slice(0, words.index + words[0].length).trim().split(/\s+/);
  return phrase.some((w) => ANIMALS.has(w.toLowerCase())) && !phrase.some((w) => MATERIEL_STOP.test(w) && !/^of$/i.test(w));
}
const FUNCTION_WORD = '(?:of|in|on|at|from|and|or|were|was|are|is|who|had|have|with|by|for|to|the|as|when|after|while|but|than)';
const MATERIEL_STOP = new RegExp(String.raw`^(?:${FUNCTION_WORD}|killed|died|dead|wounded|injured|fled|displaced)$`, 'i');
