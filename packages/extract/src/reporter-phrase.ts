/**
 * Whether the words a construction put in the reporter's place are a reporter: a noun phrase naming an
 * organisation, an outlet, a person or a role ("SOHR", "Peshmerga General Command", "Rami Hallaq", "a health
 * official", "local sources"), never a piece of a clause ("it was", "which they", "hostilities continued to be",
 * "U"). Also tidies the phrase (no leading article or conjunction, no trailing "on Sunday" or adverb).
 */
import type { SourceEntry } from '@frontline/schema';
import { ARABIC_ARTICLES, REPORTING, SOURCES, foldName, keptAnswers } from '@frontline/schema';
import { knownWord } from '@frontline/nlp';
import { alternation } from '@frontline/nlp/dates';
import { aliasMatcher, recalling, startsCapital } from './text.ts';
import { findQuantities } from './numbers.ts';
import { isTitle, NAME_WORD, rankedName } from './person-titles.ts';
import { isMemberNoun } from './member-nouns.ts';
import { attributionWords } from './attribution-words.ts';

/** A test of a whole word against a list of words written with spaces between them. */
function oneOf(words: string, flags = ''): RegExp {
  return new RegExp(`^(?:${alternation(words.trim().split(/\s+/))})$`, flags);
}

/** Pronouns, "another" among them: "One soldier said ... Another claimed ..." stands for one more such speaker. */
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|these|those|which|who|whom|what|one|someone|some|others?|another|there)$/i;
/** Words that make the phrase a clause, not a name: auxiliaries, modals, negation, relatives, conjunctions of clauses. */
const CLAUSE_WORD = oneOf(`is are was were be been being am has have had do does did will would shall should can could may might must
  not no never which who whom whose that when while where whether if because although though since after before until to it
  they he she we there`, 'i');
/**
 * A verb of saying or counting inside the phrase makes it a clause ("Airwars tracked 212", "locally reported");
 * other past forms are often adjectives of a reporter ("an unnamed source", "informed sources", "displaced people").
 */
const VERB_LIKE = oneOf(`said says reported reports told announced stated claimed documented recorded tracked verified registered counted
  confirmed added noted estimated killed fled captured seized`);
/** Words that may sit between the capitalised words of a name ("Office for the Coordination of ...", "Abu al-X"). */
const CONNECTOR = /^(?:of|for|the|and|on|in|de|du|des|la|le|al|el|bin|ibn|abu|von|van|&)$/i;
/** The warring parties speaking together ("both sides") are people named by what they are, as a role noun's are. */
const ROLE_WORDS = new Set([...REPORTING.role, ...REPORTING.party].map((w) => w.toLowerCase()));
/** "the two sides": a count before a party noun alone (reporting.csv, `party`) is part of who they are. */
const PARTY_ALONE = new RegExp(String.raw`^(?:${REPORTING.party.join('|')})$`, 'i');
const keepPartyCount = (count: string, _at: number, all: string): string => (PARTY_ALONE.test(all.slice(count.length).trim()) ? count : '');
const BODY_WORDS = new Set(REPORTING.body.map((w) => w.toLowerCase()));
const HEAD_WORDS = new Set([...ROLE_WORDS, ...REPORTING.body.map((w) => w.toLowerCase())]);
/** Words that never describe a reporter before its name: prepositions ("displaced from Idlib" is no reporter). */
const PREPOSITION = oneOf(`from in into to at by near on off of for with without across around toward towards through over under against
  between during after before since until`, 'i');
const DOCUMENT_WORDS = new Set(REPORTING.document.map((w) => w.toLowerCase()));
/** Whether a word is a role noun ("sources", "officials") or a document noun ("reports") of reporting.csv. */
export const isRoleNoun = (w: string): boolean => ROLE_WORDS.has(w.toLowerCase());
export const isDocumentNoun = (w: string): boolean => DOCUMENT_WORDS.has(w.toLowerCase());
/** "a-Shami", "al-Hassan": a name behind the Arabic article. */
const ARTICLE_NAME = new RegExp(String.raw`^(?:${ARABIC_ARTICLES.join('|')})[-‐]\p{Lu}`, 'u');
/** A report's lead (up to 13 sentences, authorship.ts) and the phrases asked about while it is read again. */
const RECALLED_TEXTS = 64;
const sourceMention = aliasMatcher(SOURCES.flatMap((s) => [...s.aliases, ...(s.anaphora ?? [])]));
/**
 * Mentions of a registry source by one of its names ("SOHR", "the UN refugee agency"), in order. Answers for the last
 * texts are kept (text.ts `recalling`): an article's lead is asked about several times.
 */
export const sourceMentions = recalling(aliasMatcher(SOURCES.flatMap((s) => s.aliases)), RECALLED_TEXTS);

// A name is looked up without a leading article: a reporter's words are kept without it ("told The Irrawaddy" gives
// "Irrawaddy"), and the registry writes some outlets with it ("The Irrawaddy").
const aliasKey = (text: string): string => foldName(text).replace(/^the\s+/, '');
const BY_ALIAS = new Map<string, SourceEntry>();
for (const entry of SOURCES) for (const a of entry.aliases) if (!BY_ALIAS.has(aliasKey(a))) BY_ALIAS.set(aliasKey(a), entry);

/** The registry entry a name found by sourceMentions belongs to. */
export function entryOf(text: string): SourceEntry | undefined {
  return BY_ALIAS.get(aliasKey(text));
}

// A sentence's subject is asked about by several constructions and checks: judgements of phrases are kept answers.
export { keptAnswers };

/** Abbreviation dots ("U.N.", "Dr.") hidden so punctuation-bounded patterns do not stop inside a name. */
const HIDDEN_DOT = '\u2024';
export function hideAbbreviationDots(s: string): string {
  return s
    .replace(/\b(?:[A-Z]\.){2,}/g, (m) => m.replace(/\./g, HIDDEN_DOT))
    .replace(/\b(?:Dr|Mr|Mrs|Ms|Gen|Col|Lt|Maj|Capt|Sgt|Brig|Prof|St|Jr)\.(?=\s)/g, (m) => m.replace('.', HIDDEN_DOT));
}

/** A pronoun, not an acronym spelled like one ("WHO" is the World Health Organization). */
export function isPronoun(phrase: string): boolean {
  return PRONOUN.test(phrase.trim()) && !/^[A-Z]{2,}$/.test(phrase.trim());
}

/**
 * A definite document: "the report", "this update", "its statement", "the latest report". It stands for a source
 * the reader knows; "reports", "unconfirmed reports" or "a statement" name no one.
 */
export function isDocument(phrase: string): boolean {
  const m = /^\W*(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+)?([\p{L}]+)\W*$/iu.exec(phrase.replaceAll(HIDDEN_DOT, '.').trim().replace(/^(?:while|and|but|as|also)\s+/i, ''));
  return !!m && DOCUMENT_WORDS.has(m[1]!.toLowerCase()) && !/s$/i.test(m[1]!.replace(/(?:news|data|figures|statistics)$/i, ''));
}

/**
 * "the report of the network", "the mission's report": a document held by a back-reference to a source; the holder's
 * phrase ("the network", "the mission"), for the text's memory to resolve, else null.
 */
export function documentHolder(phrase: string): string | null {
  const t = phrase.trim().replace(/^(?:while|and|but|as|also)\s+/i, '');
  const of = /^(?:the|its|their)\s+(?:[\p{L}-]+\s+)?([\p{L}]+)\s+of\s+(the\s+[\p{L}-]+)$/iu.exec(t);
  if (of && DOCUMENT_WORDS.has(of[1]!.toLowerCase())) return of[2]!;
  const owned = /^(the\s+[\p{L}-]+)['’]s\s+(?:[\p{L}-]+\s+)?([\p{L}]+)$/iu.exec(t);
  return owned && DOCUMENT_WORDS.has(owned[2]!.toLowerCase()) ? owned[1]! : null;
}

/**
 * "the SNHR report", "a UNHCR report", "the latest OCHA figures": a document named after a registry source is that
 * source's; the source as written, else null.
 */
export const documentOwner = keptAnswers(ownerOfDocument);

const DOCUMENT_OPENER = String.raw`(?:the|a|an|its|their|latest|new|recent|official)`;
const ISSUED = '(?:provided|released|published|compiled|issued|collected|gathered|shared|given)';
const DOCUMENT_BY = new RegExp(String.raw`^(?:${DOCUMENT_OPENER}\s+)*(?:[\p{L}-]+\s+)?([\p{L}]+)\s+${ISSUED}\s+(?:[\p{L}\d]+\s+){0,3}?by\s+(.+)$`, 'iu');
const DOCUMENT_KIND_OPENER = String.raw`(?:${DOCUMENT_OPENER}|joint|brief|short|written)`;
// "a statement by the army", "a 12 March statement by the ministry": up to two words or a date before the document.
const DOCUMENT_FROM = new RegExp(String.raw`^(?:${DOCUMENT_KIND_OPENER}\s+)*(?:[\p{L}\d]+\s+){0,2}?([\p{L}]+)\s+(?:from|by)\s+(.+)$`, 'iu');

function ownerOfDocument(phrase: string): string | null {
  const t = tidy(phrase);
  // "figures provided this week by the Turkish Red Crescent": the agent of the document's participle.
  const by = DOCUMENT_BY.exec(t);
  if (by && DOCUMENT_WORDS.has(by[1]!.toLowerCase())) return reporterPhrase(by[2]!);
  // "a statement from the Turkish defence ministry", "a statement by the army": the document's issuer; also a kind of
  // document, one or several ("Casualty reports by the health ministry indicate ...", "Field reports from UNHCR").
  const from = DOCUMENT_FROM.exec(t);
  if (from && DOCUMENT_WORDS.has(singular(from[1]!))) return reporterPhrase(from[2]!);
  const hit = sourceMentions(t)[0];
  if (!hit) return ownedByName(t) ?? issuerBefore(t);
  const before = t.slice(0, hit.start);
  const after = OWNED_DOCUMENT.exec(t.slice(hit.end));
  if (!after || !DOCUMENT_WORDS.has(after[1]!.toLowerCase())) return null;
  return /^(?:(?:the|a|an|its|their|latest|new|recent|last|monthly|weekly|daily|annual|preliminary)\s+)*$/i.test(before) ? hit.text : null;
}

/**
 * "the Tigray regional government's figures", "the Kivu provincial health office's tally": a document held by a
 * reporter phrase of two or more words (one word, "the mission's report", is a back-reference: documentHolder). The
 * holder, else null.
 */
function ownedByName(t: string): string | null {
  const m = /^((?:[\p{L}-]+\s+){1,5}[\p{L}-]+)(?:['’]s|(?<=s)['’])\s+(?:\p{Ll}+\s+)?(\p{L}+)$/u.exec(t);
  if (!m || !DOCUMENT_WORDS.has(m[2]!.toLowerCase())) return null;
  return reporterPhrase(m[1]!);
}

/**
 * "A ministry statement said", "a police report", "an RSF statement": one word before one document noun is its
 * issuer when it is a body noun of reporting.csv or a capitalised name; "a new statement", "a daily
 * report" (a report of the day, not of a daily) name no one. The issuer as written, for named-generic.ts to name.
 */
function issuerBefore(t: string): string | null {
  const m = /^(?:(?:an?|the)\s+)?(?:([\p{L}-]+)\s+)?([\p{L}\d-]+)\s+(\p{L}+)$/iu.exec(t);
  // One document: "media reports", "press reports" are kinds of reports, which name no one (withReports); figures and
  // data are a body's whatever their number ("health ministry figures").
  const noun = m?.[3]!.toLowerCase() ?? '';
  if (!m || !DOCUMENT_WORDS.has(noun) || (singular(noun) !== noun && !MASS_DOCUMENTS.has(noun)) || PERIODIC.test(m[2]!)) return null;
  const word = m[2]!;
  // "health ministry figures", "the Kivu police data": a body noun heads the issuer, its modifier part of its name.
  if (m[1]) return BODY_WORDS.has(word.toLowerCase()) && !PERIODIC.test(m[1]) ? reporterPhrase(`${m[1]} ${word}`) : null;
  // A capitalised word is a name ("Hamas", "RSF") unless it is a common word opening the sentence ("Media").
  const name = startsCapital(word) && !knownWord(word);
  return BODY_WORDS.has(word.toLowerCase()) || name ? reporterPhrase(word) : null;
}

/** Documents that are a body's in the plural too: "ministry figures" are the ministry's, "media reports" no one's. */
const MASS_DOCUMENTS = new Set(['figures', 'data']);

/** How often a document comes out: a word before it that says when, not who. */
const PERIODIC = /^(?:daily|weekly|monthly|annual|yearly|quarterly)$/i;

/** A document word as the registry lists it: "reports" is "report". */
const singular = (word: string): string => word.toLowerCase().replace(/(?<=[^s])s$/, '');

/**
 * The words after a source that make a document of it: "'s report", "monthly bulletin", or a titled, numbered
 * product ("Displacement Tracking Matrix (DTM) Weekly Displacement Snapshot (13)", "Flash Update No. 4"), whose
 * last word is a document's.
 */
const TITLE_WORDS = String.raw`(?:[\p{Ll}\-]+\s+|(?:(?:\p{Lu}[\p{L}\-]*|\([^)]{1,20}\))\s+){1,8})`;
const ISSUE_NUMBER = String.raw`(?:\(\d{1,3}\)|No\.?\s*\d{1,3}|#\s*\d{1,3}|\d{1,3})`;
const OWNED_DOCUMENT = new RegExp(String.raw`^(?:['’]s)?\s+${TITLE_WORDS}?([\p{L}]+)(?:\s+${ISSUE_NUMBER})?$`, 'u');

/** A reduced relative after a speaker, its participle a `contact` word of reporting.csv and then a preposition. */
const CONTACT_TAIL = new RegExp(String.raw`(?<=\S)\s+(?:${REPORTING.contact.join('|')})\s+(?:by|to|on|with|from)\s.+$`, 'i');

/** "In a statement", "in its latest report": a document opening the phrase. */
const DOCUMENT_NOUN = '(?:statement|report|update|bulletin|communiqu[ée])';
const IN_DOCUMENT_OPENING = new RegExp(String.raw`^in\s+(?:(?:a|an|its|their|the|his|her)\s+)?(?:[\p{Ll}-]+\s+)?${DOCUMENT_NOUN}\s+(?=\S)`, 'iu');
/** "... on Monday", "... in Kyiv", "... on its website": when or where the phrase's speaker spoke, closing it. */
const SPOKE_AT = String.raw`(?:on|late\s+on|early\s+on|in|at|last|this)`;
const WHEN_OR_WHERE = String.raw`(?:a\s+statement|its\s+website|\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+|\d[\d\s\p{L}]*)`;
const WHEN_OR_WHERE_AFTER = new RegExp(String.raw`\s+${SPOKE_AT}\s+${WHEN_OR_WHERE}$`, 'iu');

/** Cleans a reporter phrase: no leading article or conjunction, no trailing adverbs, time phrase or "in a statement". */
export const tidy = keptAnswers(tidied);

function tidied(phrase: string): string {
  let t = phrase.replaceAll(HIDDEN_DOT, '.').replace(/\s+/g, ' ');
  t = t.replace(/^[\s"“”'‘’(,—–-]+|[\s"“”'‘’,—–-]+$/g, '');
  t = t.replace(/\)+$/, (m, at: number, all: string) => (all.slice(0, at).includes('(') ? m : ''));
  for (let before = ''; before !== t; ) {
    before = t;
    t = t
      .replace(/^(?:and|but|while|whereas|as|also|meanwhile|however|moreover|additionally|lastly|finally|then|so|the|a|an)\s+/i, '')
      // "In a statement the ministry said", "In its report the army said": the opener names the document, not its
      // issuer, when no comma closes it (attribution.ts IN_STATEMENT reads the comma's case).
      .replace(IN_DOCUMENT_OPENING, '')
      // "most local aid groups estimate", "several witnesses said": a quantifier is not part of who they are.
      .replace(/^(?:most|many|several|some|all|various|other)\s+(?=\p{L}+\s+\p{L}|\p{Ll}+$)/iu, '')
      // Nor a count of speakers: "one official told AFP", "two security sources said", "one Syrian officer"; a name
      // may open on a number word ("One Acre Fund"), so the next word is a common noun or an adjective before one;
      // "the two sides" are the parties, not two speakers.
      .replace(/^(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+(?=\p{Ll}|\p{Lu}\p{Ll}*\s+\p{Ll})(?!of\s)/u, keepPartyCount)
      // In lower case only: a capitalised "Now" ends a name ("Myanmar Now").
      .replace(/\s+(?:previously|also|earlier|later|recently|now|further|separately|first|again|too|today|yesterday|tonight)$/, '')
      // "... in Kyiv", "... on Monday"; not inside a registry name ("UN Assistance Mission in Afghanistan").
      .replace(WHEN_OR_WHERE_AFTER, (m, _at: number, whole: string) => (entryOf(whole) ? m : ''))
      .replace(/(?<=\p{L})['’]s?$/u, '')
      // "local authorities cited by OCHA": the source is the first; the one citing it is found by its own "by".
      .replace(/\s+(?:as\s+)?(?:cited|quoted)\s+by\s+.+$/i, '')
      // "Residents reached by phone", "officials speaking on condition of anonymity": how they were reached is no one.
      .replace(CONTACT_TAIL, '')
      .replace(/^[\s,;:]+|[\s,;:]+$/g, '');
  }
  return t.trim();
}

/**
 * The tidied phrase when it is a well-formed reporter, else null. Well-formed: names a registry source, or is a
 * name (capitalised words, with "of", "for", "al"... between), or ends in a role noun ("local sources",
 * "a regional official"); and holds no clause word, no lone letter, at most eight words.
 */
export const reporterPhrase = keptAnswers(judgedPhrase);

function judgedPhrase(raw: string): string | null {
  const whole = tidy(raw);
  // "the Russian Ministry of Defense (MoD)": the acronym after a name is that name's.
  const t = whole.replace(/(?<=\S)\s*\(\p{Lu}[\p{L}-]{1,12}\)$/u, '');
  const kept = reporterOf(t);
  return kept === t ? whole : kept;
}

function reporterOf(t: string): string | null {
  const words = t.split(' ').filter(Boolean);
  if (roleAndRankedName(words)) return t;
  const known = sourceMention(t).length > 0;
  if (!known && words.length > 8) return roleBeforePlaces(words) ?? roleOfNamedBody(words);
  if (words.length > NAMED_BODY_WORDS) return roleOfNamedBody(words);
  if (!words.length || words.length > (known ? NAMED_BODY_WORDS : 8) || isPronoun(t) || holderOnly(words)) return null;
  if (words.some((w, i) => (CLAUSE_WORD.test(w) && !/^[A-Z]{2,}$/.test(w) && !nameTo(words, i)) || VERB_LIKE.test(w) || /^[\d.,]+$/.test(w))) return null;
  // "Dozens (also) reported injured", "Hundreds reported missing": a figure is whom the report counts, not who reports.
  if (isFigureOnly(t)) return null;
  // Two letters in a row, abbreviation dots aside ("U.N." is a name, "U" is not).
  if (!/\p{L}[\p{L}\d]/u.test(t.replace(/(?<=\p{Lu})\.(?=\p{Lu})/gu, '')) || words.some((w) => /^\p{L}$/u.test(w) && !/^(?:[A-Z]|a)$/.test(w))) return null;
  if (/^[A-Z]$/.test(t)) return null;
  // "monitors the war and a military source": the tail of a relative clause, a verb and its object, is no one.
  if (/^\p{Ll}+(?:s|ed)\s+(?:the|a|an|its|their|his|her|this|these)\s/u.test(t)) return null;
  const described = describedName(words);
  if (described) return described;
  if (known) return t;
  if (isName(words.filter((_, i) => !nameTo(words, i)))) return t;
  // "regional official Vadym Filashkin": a role before a name.
  const named = headOf(t);
  if (named !== t && isName(named.split(' '))) return t;
  // "a health official", "local sources"; "the governor of the region", "a spokesman for the ministry".
  // "partners on the ground", "officials in Kherson": the head before its complement.
  // "a resident from Hasaheisa", "a doctor from the hospital": "from" places the role as "in" does.
  const of = words.findIndex((w) => /^(?:of|for|at|with|on|in|from)$/i.test(w));
  const head = of > 0 ? words.slice(0, of) : words;
  if (HEAD_WORDS.has(head[head.length - 1]!.toLowerCase()) && words.every((w) => /^[\p{L}\d][\p{L}\d.'’\-]*$/u.test(w))) return t;
  return null;
}

/** Words for a body's people that name no one without the body (attribution-words.csv `holder_noun`). */
const HOLDER_NOUNS = new Set(attributionWords('holder_noun'));

/**
 * "Staff report that ...", a "Staff" byline, "Our teams counted": the body's people with no body named (or the
 * writer's own, "our"); the text's author is who reports, found after the sentence's rules.
 */
function holderOnly(words: string[]): boolean {
  const rest = /^(?:our|its|their)$/i.test(words[0]!) ? words.slice(1) : words;
  return rest.length === 1 && HOLDER_NOUNS.has(rest[0]!.toLowerCase());
}

/**
 * "Committee to Protect Journalists", "Coalition to Stop Child Recruitment": "to" after a capitalised body noun and
 * before a capitalised word, inside a name, is the body's purpose, not a clause's infinitive.
 */
function nameTo(words: string[], i: number): boolean {
  const before = words[i - 1] ?? '';
  return words[i] === 'to' && startsCapital(before) && BODY_WORDS.has(before.toLowerCase()) && isName(words.filter((_, j) => j !== i));
}

/** The phrase is nothing but a figure ("Dozens", "Hundreds more"), capitalised as a sentence opens it. */
function isFigureOnly(t: string): boolean {
  const q = findQuantities(t.toLowerCase());
  return q.length === 1 && q[0]!.start === 0 && /^(?:\s+more)?$/i.test(t.slice(q[0]!.end));
}

/**
 * "Russian-installed authorities in the city of Gorlivka and in the Zaporizhzhia region": a role too long to keep
 * whole with the places it speaks for; the role before "in" is the reporter. Null for anything else.
 */
function roleBeforePlaces(words: string[]): string | null {
  const at = words.findIndex((w) => /^(?:in|at|from)$/i.test(w));
  if (at < 1 || at > 3) return null;
  const head = words.slice(0, at).join(' ');
  return HEAD_WORDS.has(words[at - 1]!.toLowerCase()) ? reporterOf(head) : null;
}

/** Most words a role and the body it speaks for may take when the body is written by name, as a registry name may. */
const NAMED_BODY_WORDS = 12;
/** Most words of a reduced relative after such a body ("fighting against army rule"). */
const RELATIVE_WORDS = 4;

/**
 * "a member of the White Nile People's Defence Force resistance group", "a spokesman for the Karen National Liberation
 * Army armed wing": a role, "of" or "for", and a body written by its (long) name, perhaps followed by a lower-case
 * description ending in a body noun. The name makes it one noun phrase however many words it takes; the phrase whole,
 * else null.
 */
function roleOfNamedBody(all: string[]): string | null {
  // "... resistance group fighting against army rule": a short reduced relative after the body says what it does; the
  // phrase is judged without it and kept with it, as a shorter phrase is ("a member of a militia fighting in Kayah").
  // A participle last lost its place to tidy ("operating in Gojjam" cut as a whereabouts): it goes too.
  const relative = all.findIndex((w, i) => i > 2 && /^\p{Ll}{3,}ing$/u.test(w) && !BODY_WORDS.has(w) && (i === all.length - 1 || PREPOSITION.test(all[i + 1]!)));
  const words = relative > 0 ? all.slice(0, relative) : all;
  if (words.length > NAMED_BODY_WORDS || all.length - words.length > RELATIVE_WORDS) return null;
  const at = words.findIndex((w) => /^(?:of|for)$/i.test(w));
  if (at < 1 || at > 2 || !ROLE_WORDS.has(words[at - 1]!.toLowerCase())) return null;
  const body = words.slice(words[at + 1]?.toLowerCase() === 'the' ? at + 2 : at + 1);
  const tail = body.findIndex((w) => /^\p{Ll}/u.test(w) && !CONNECTOR.test(w) && !ARTICLE_NAME.test(w));
  const name = tail < 0 ? body : body.slice(0, tail);
  const described = tail < 0 ? [] : body.slice(tail);
  if (name.length < 2 || !isName(name) || described.length > 2) return null;
  if (described.length && !(described.every((w) => /^\p{Ll}+$/u.test(w)) && BODY_WORDS.has(described.at(-1)!))) return null;
  return relative === all.length - 1 ? words.join(' ') : all.join(' ');
}

/** "Iran-backed", "Tripoli-based", "Kurdish-led", "state-run": a compound participle describing what follows it. */
const DESCRIBING_COMPOUND = /^[\p{L}]+-(?:based|backed|led|run|affiliated|aligned|allied|controlled|owned|funded|supported|linked)$/iu;

/**
 * "the paramilitary RSF", "the pro-government Liwa al-Quds", "the Tripoli-based Libya Observer": one or two words
 * describing a name before it; the name is the reporter (the registry and readers know "Liwa al-Quds", not its
 * description). Null when the phrase is not a described name.
 */
function describedName(words: string[]): string | null {
  // A role or body noun ("spokeswoman Lina Haddad", "army spokesman X") is no description: headOf reads those.
  const plain = (w: string) => /^\p{Ll}[\p{L}\-]*$/u.test(w) && !PREPOSITION.test(w) && !CONNECTOR.test(w) && !HEAD_WORDS.has(w);
  const describes = (w: string) => DESCRIBING_COMPOUND.test(w) || plain(w);
  // "the pro-government Al-Watan newspaper": the name may end in a body noun, as it would undescribed.
  const named = (rest: string[]) => isName(rest) || (rest.length >= 2 && isName(rest.slice(0, -1)) && BODY_WORDS.has(rest[rest.length - 1]!));
  for (let at = 1; at <= 2 && at < words.length; at++) {
    if (!describes(words[at - 1]!)) return null;
    if (named(words.slice(at))) return words.slice(at).join(' ');
  }
  return null;
}

/** A word opening on a capital or a digit; at module level, as tsx rebuilds a \p{...} literal at each call (text.ts). */
const CAPITAL_OR_DIGIT = /^(?:\p{Lu}|\d)/u;
/** A word opening on a small letter (at module level for the same reason). */
const LOWER_FIRST = /^\p{Ll}/u;

/** Capitalised words, connectors between them, first and last capitalised: "Peshmerga General Command". */
function isName(words: string[]): boolean {
  const cap = (w: string) => CAPITAL_OR_DIGIT.test(w) || ARTICLE_NAME.test(w);
  if (!cap(words[0]!) || !cap(words[words.length - 1]!)) return false;
  return words.every((w) => cap(w) || CONNECTOR.test(w));
}

/**
 * A role followed by the person's name ("regional official Vadym Filashkin", "Observatory director Rami Abdel
 * Rahman"): the name is the reporter. An organisation followed by a role ("SOHR activists", "Civil Defence sources"):
 * the organisation is. Anything else is returned as it is.
 */
export function headOf(phrase: string): string {
  // "Ukrainian General Staff": a registry name is whole, whatever word it ends with.
  if (entryOf(phrase)) return phrase;
  const words = phrase.split(' ');
  const ranked = personOfRanks(words);
  if (ranked) return ranked;
  const titled = titledName(words);
  if (titled) return titled;
  const roleAt = words.findIndex((w) => ROLE_WORDS.has(w.toLowerCase()));
  if (roleAt < 0) return namedBody(words) ?? phrase;
  if (memberNounInName(words, roleAt) || roleWordInBodyName(words, roleAt) || roleOwnsBody(words, roleAt)) return phrase;
  const after = words.slice(words.findLastIndex((w) => ROLE_WORDS.has(w.toLowerCase())) + 1);
  // "Health ministry spokesman Ashraf al-Qudra", "state broadcaster EBC": the name after the last role word.
  const name = nameAfter(after);
  if (name) return name;
  const before = words.slice(0, roleAt);
  // "Russia's Defence Ministry", "the Russian Defence Ministry": a body word at the end names the body itself.
  if (roleAt === words.length - 1 && BODY_WORDS.has(words[roleAt]!.toLowerCase())) return phrase;
  if (roleAt === words.length - 1 && before.length && isName(before) && sourceMention(before.join(' ')).length) return before.join(' ');
  if (roleAt === words.length - 1 && before.length >= 2 && isName(before)) return before.join(' ');
  return phrase;
}

const isHeadWord = (w: string): boolean => HEAD_WORDS.has(w.toLowerCase());

/**
 * "Lt. Col. Rudi Hartono", "army spokesman Col. Amadou Idrissa": a name of two or more words after its ranks, alone or
 * after a role, is the person, who is the reporter without the ranks (a rank is no part of a name, and the same person
 * is written with and without it). A single name after a title is `titledName`'s.
 */
function personOfRanks(words: string[]): string | null {
  const ranked = rankedName(words, isHeadWord);
  if (!ranked || !ranked.name.includes(' ')) return null;
  return ranked.at === 0 || roleAndRankedName(words) ? ranked.name : null;
}

/** Most words a role, the body or task it speaks for, and a ranked person's name may take together. */
const ROLE_AND_NAME_WORDS = 14;

/**
 * "spokeswoman for the river flotilla Maj. Thet Naing Oo", "the army spokesman Maj. Gen. Ali Sow": a role (its body
 * or task after "for" or "of" in lower case) and then a ranked person: one noun phrase, however long, whose person
 * speaks. The words before the ranks hold a role word and no verb or figure.
 */
function roleAndRankedName(words: string[]): boolean {
  if (words.length > ROLE_AND_NAME_WORDS) return false;
  const ranked = rankedName(words, isHeadWord);
  if (!ranked || ranked.at === 0) return false;
  const before = words.slice(0, ranked.at);
  if (before.some((w) => CLAUSE_WORD.test(w) || VERB_LIKE.test(w) || /\d/.test(w))) return false;
  return before.some((w) => ROLE_WORDS.has(w.toLowerCase()));
}

/**
 * "President Zelensky", "Ukraine's President Zelenskyy", "Mr Abiy": a person's title (data/person-titles.csv) before
 * one name is no part of who speaks; the name is the reporter, as it is when written alone. A role or body noun after
 * the title ("General Command", "Minister Office") is a body's name, kept whole.
 */
function titledName(words: string[]): string | null {
  const last = words[words.length - 1]!;
  if (words.length < 2 || !isTitle(words[words.length - 2]!) || !NAME_WORD.test(last) || HEAD_WORDS.has(last.toLowerCase())) return null;
  // "General Security", "General Assembly": a word of the English lexicon after the title makes a body's name.
  return knownWord(last) ? null : last;
}

/**
 * "Kurdish Rights Activists", "Doctors Against the Siege": a capitalised member noun (member-nouns.ts) inside a
 * capitalised name is a word of the body's name, not a role beside it. Inside means last after two or more capitalised
 * words that are no registry name ("SOHR Activists" are SOHR's), or first before a capitalised preposition ("Against",
 * "Without"), which never opens the person's name a role is followed by ("Spokesman Ali Hamoud").
 */
function memberNounInName(words: string[], roleAt: number): boolean {
  if (!startsCapital(words[roleAt]!) || !isMemberNoun(words[roleAt]!) || !isName(words)) return false;
  if (roleAt === words.length - 1) return roleAt >= 2 && !sourceMention(words.slice(0, roleAt).join(' ')).length;
  return roleAt === 0 && PREPOSITION.test(words[1]!);
}

/**
 * "Media Center for Public Order", "Media Office of the Interior Ministry", "Staff College of the Armed Forces":
 * a capitalised role word opening a capitalised name whose next word is a capitalised body noun is a word of the
 * body's name (a person's name never holds "Center" or "Office"), not a title before a person ("Spokesman Ali Hamoud").
 */
function roleWordInBodyName(words: string[], roleAt: number): boolean {
  const next = words[roleAt + 1];
  return roleAt === 0 && !!next && startsCapital(words[0]!) && startsCapital(next) && BODY_WORDS.has(next.toLowerCase()) && isName(words);
}

/**
 * "Prosecutor General's Office", "Prosecutor's Office", "Ombudsman's Office": a capitalised role word opening the
 * possessive of a capitalised body noun that ends the phrase is the office's owner, a word of the body's name; cut
 * after the role, "General's Office" would be a body no one named.
 */
function roleOwnsBody(words: string[], roleAt: number): boolean {
  const owner = words.findIndex((w, i) => i >= roleAt && /['’]s?$/.test(w));
  const body = words[owner + 1];
  if (owner < roleAt || owner - roleAt > 1 || !body) return false;
  // "... Office of Ukraine", "... Office in Kherson": the name may go on to its country or seat.
  const seat = words.slice(owner + 2);
  if (seat.length && !(SEAT_WORD.test(seat[0]!) && seat.slice(1).every((w) => startsCapital(w) || w === 'the'))) return false;
  return words.slice(roleAt, owner + 2).every((w) => startsCapital(w)) && BODY_WORDS.has(body.toLowerCase());
}
const SEAT_WORD = /^(?:of|in)$/;

/** A place after "in", capitalised words up to a mark or a word in lower case: "in Iran", "in the Sahel". */
const PLACE_AFTER = /^\s+in\s+((?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})(?=[\s,.;:()]|$)(?!\s+\p{Lu})/u;

/**
 * "Human Rights Activists in Iran", "Lawyers for Justice in the Delta": a body's name that holds a capitalised member
 * noun (not a registry name) goes on through "in" and a capitalised place, which the constructions and `tidy` cut as a reporter's whereabouts
 * ("officials in Kherson"). `rest` is the sentence after the name. The name with its place, else the name.
 */
export function nameWithPlace(name: string, rest: string): string {
  const words = name.split(' ');
  const member = (w: string) => startsCapital(w) && isMemberNoun(w);
  if (words.length < 2 || !isName(words) || !words.some(member) || entryOf(name)) return name;
  const place = PLACE_AFTER.exec(rest)?.[1];
  return place ? `${name} in ${place}` : name;
}

/** The name a role or body noun is followed by: capitalised words (two or more), or one acronym ("EBC"). */
function nameAfter(words: string[]): string | null {
  if (words.length >= 2 && isName(words)) return words.join(' ');
  return words.length === 1 && /^\p{Lu}[\p{Lu}\d-]+$/u.test(words[0]!) ? words[0]! : null;
}

/**
 * "state broadcaster EBC", "the rebel group Jaish al-Izza": a common noun of a body (written in lower case, so not
 * part of the name, as "Army" is in "Army General Command") followed by the body's name: the name is the reporter.
 */
function namedBody(words: string[]): string | null {
  const at = words.findLastIndex((w) => LOWER_FIRST.test(w) && BODY_WORDS.has(w));
  return at >= 0 ? nameAfter(words.slice(at + 1)) : null;
}
