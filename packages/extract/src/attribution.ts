/**
 * Who a figure is attributed to, as written. In order of precedence, for each sentence:
 * 1. what the sentence says: "according to X", "X said/told/reported/documented ...", ", X said.", "citing X",
 *    "recorded by X", "X's figures show", "figures from X", "with X reporting", "X received reports";
 * 2. what the text carried: a pronoun or generic noun in the reporter's place ("it added", "the monitor also
 *    reported", "the statement said") is the source quoted just before; items of a list introduced by a line
 *    ending in a colon are that line's;
 * 3. the document's own author (authorship.ts) for a report's unattributed figures.
 * Every phrase in a reporter's place must be a well-formed reporter (reporter-phrase.ts) or it is dropped. When a
 * sentence quotes several sources, each figure takes the ones whose attribution covers it (attribution-scope.ts).
 */
import type { ReporterBasis, SourceEntry } from '@frontline/schema';
import { REPORTING, SOURCES, foldName, readPackCountries } from '@frontline/schema';
import { acronymNameAt, acronymNames } from './acronym-names.ts';
import { documentHolder, documentOwner, entryOf, headOf, hideAbbreviationDots, isDocument, isDocumentNoun, isPronoun, isRoleNoun, keptAnswers, nameWithPlace, reporterPhrase, sourceMentions, tidy } from './reporter-phrase.ts';
import { accordingScope, basisFor, namesFor, sayScope, type Scope, type Scoped } from './attribution-scope.ts';
import { allMatches, maskParentheticals, MONTH_RE, startsCapital } from './text.ts';
import { continuesSubject } from './continuation.ts';
import { findQuantities } from './numbers.ts';
import { findTimes } from './time.ts';
import { actorMentions, hasActorAlias } from './actors.ts';
import { knownWord, tokenize } from '@frontline/nlp';
import { isPlaceSubject } from './place-subject.ts';
import { namesAdmin1 } from './places.ts';
import { frontedEnd } from './fronted.ts';
import { Roundup } from './roundup-carry.ts';
import { describes, mayReferTo } from './named-generic.ts';
import { isCountingVerb, sayingPattern, sayingVerbs } from './saying-verbs.ts';
import { monthNames, weekdayNames } from '@frontline/nlp/dates';
import { attributionWords, wordsPattern } from './attribution-words.ts';
import { speaksAsPublisher } from './authorship.ts';
import { CITED_NAME, closesFigure, listedNote } from './listed-notes.ts';

/** Verbs of saying and of counting (data/saying-verbs.csv): "X said", "X tracked"; case kept, so "Said" is a name. */
const SAY_RE = new RegExp(String.raw`\b${sayingPattern()}\b`, 'g');
/**
 * Every construction below holds one of these words: a sentence without any is skipped at once. A verb of the table
 * passes by its forms; the cues are the other constructions' words, nouns and participles ("with X reporting",
 * "(Iraqi claim)", "per SOHR", "the statement", "a spokesman", "estimating").
 */
const CONSTRUCTION_CUES = wordsPattern('cue');
const SAY_FORMS = sayingVerbs().flatMap((v) => v.forms).map((f) => f.replace(/\s+/g, String.raw`\s+`));
const ANY_CUE = new RegExp(String.raw`\b(?:${CONSTRUCTION_CUES}|${SAY_FORMS.join('|')})`, 'i');
/**
 * Where a source's name ends: one of the marks, a full stop before a space or the end, the end, or one of the words
 * (a preposition or conjunction that goes on with the sentence). The marks differ by construction: a bracket may
 * close an agent ("(recorded by OCHA)") but is part of the name after "according to".
 */
function nameEnd(marks: string, words: string): string {
  return String.raw`(?=\s*(?:[${marks}]|\.(?:\s|$)|$|\s+(?:${words})\b))`;
}
/**
 * Verbs whose passive agent is the reporter: "displacements recorded by the Cluster", "This was stated by the
 * governor"; "made" only of a statement: "The relevant statement was made by the regional head".
 */
const MADE_STATEMENT = String.raw`(?<=\b(?:statements?|remarks|announcement)\s+(?:(?:was|were)\s+)?)made`;
const AGENT_VERB = String.raw`(?:${wordsPattern('agent_verb')}|${MADE_STATEMENT})`;
// "figures recorded by OCHA show ...": the verb that presents the figures ends the agent's name, as it ends an author's.
const AGENT_END = nameEnd(',;:"“”()', 'on|in|at|since|between|during|from|to|as|and|with|for|over|until|after|before|that|which|who|show|shows|showed|indicate|indicates|indicated');
const BY_AGENT = new RegExp(String.raw`\b${AGENT_VERB}\s+by\s+([^,;:"“”()]+?)${AGENT_END}`, 'gi');
/** A registry source that counts and is no armed side: "by the army" after "reported killed" names the killers. */
function countingSource(phrase: string): boolean {
  const type = entryOf(phrase.replace(/^the\s+/i, ''))?.type;
  return !!type && type !== 'government' && type !== 'armed_group';
}
const REPORTED_STATE = String.raw`\breported\s+(?:killed|dead|wounded|injured|missing|displaced)\b`;
const STATE_AGENT_END = nameEnd(',;:"“”()', 'on|in|at|while|whereas|and|as|since|during|after|before');
const REPORTED_STATE_BY = new RegExp(String.raw`${REPORTED_STATE}[^,;:"“”()]{0,60}?\bby\s+([^,;:"“”()]+?)${STATE_AGENT_END}`, 'gi');
const NP_END = nameEnd(',;:"“”', 'on|in|as|and|which|who|that|since|between|until');
const ACCORDING = new RegExp(String.raw`\b(?:according\s+to|as\s+per)\s+([^,.;:"“”]+?(?:\s*\([^)]*\))?)${NP_END}`, 'gi');
/**
 * "(per SOHR)" in an infobox, "Per the SOHR, ...", "rebels took X, per the SOHR.": "per" before a name (not "per
 * day"), case kept to tell them apart; after a comma or semicolon only when the name ends the clause. A common noun
 * ("(per the military)", "(as of 8 May; per the army)") only as the last words of a parenthesis, an infobox's source
 * note; reporter-phrase still checks it is a reporter.
 */
// A text's or a parenthesis's start, or after "," or ";", looked back at from after the "per" it opens: put before it,
// the look-behinds were tried at every position of the sentence; here only where "per" stands. Same matches.
const PER_OPENED = String.raw`(?<=(?:^|[(,;])\s*[Pp]er)`;
const PER_NAME = String.raw`(?:the\s+)?[A-Z][^,.;:"“”()]*?`; // "per SOHR", "per the UN"
const PER_NOUN = String.raw`the\s+\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*)?(?=\s*\))`; // "(per the military)"
const PER_END = String.raw`(?=\s*(?:[,;:)"“”]|\.(?:\s|$)|$))`;
const PER = new RegExp(String.raw`[Pp]er${PER_OPENED}\s+(${PER_NAME}|${PER_NOUN})${PER_END}`, 'gu');
/**
 * "(Iraqi claim)", "(SOHR claim)", "(Syrian government claim)": an infobox's note of whose count a figure is. A
 * demonym alone speaks for its state ("Iraqi" is the Iraqi government); a name or a noun phrase is the claimant.
 * The note may go on with the span counted: "(Turkish claim; 3 Feb. – 9 Mar.)". Joint claimants are written with a
 * slash: "(Government/Coalition claim)".
 */
// "Western estimate: 5,000+ killed": an estimate is a claim of whose count a figure is, as an infobox labels it.
const CLAIMANT = String.raw`((?:the\s+)?\p{Lu}[\p{L}.\-\u2024/]*(?:\s+[\p{L}.\-\u2024/]+){0,2}?)\s+(?:claims?|estimates?)\s*`; // "Syrian government claim"
const CLAIM_PAREN = new RegExp(String.raw`\(\s*${CLAIMANT}(?:[;,][^();]{1,40})?\)`, 'gu');
/**
 * "(opposition claim)", "(government claim)", "(rebel claim)": the note names the side by a body noun in lower case
 * (schema's reporting words, kind body; a singular "rebel" as its plural), never other words ("(disputed claim)").
 */
const CLAIM_PAREN_BODY = /\(\s*(\p{Ll}[\p{L}\-]*)\s+claims?\s*(?:[;,][^();]{1,40})?\)/gu;
const BODY_WORDS = new Set(REPORTING.body.map((w) => w.toLowerCase()));
const isBodyWord = (w: string): boolean => bodyWord(w) !== '';
/** The body noun as the reporting words list it: "rebel" is "rebels"; '' when it is none. */
const bodyWord = (w: string): string => [w.toLowerCase(), `${w.toLowerCase()}s`].find((b) => BODY_WORDS.has(b)) ?? '';
/**
 * "Ukrainian claim: 900 killed, Russian claim: 1,200 killed": a flattened infobox's label before the figures it
 * sources, up to the next label. At a line's or a list item's start or after a comma, colon or semicolon; after the
 * first, capitalised words or body nouns only ("Syrian government claim:"), not a clause ("Rebels renewed their claim:").
 */
const LABEL_OPEN = String.raw`(?<=^\s*(?:[-*•]\s*)?|[,;:]\s*)`; // a line's or a list item's start, or after a mark
/** The colon that makes a "Per X" a label of the figures after it. */
const LABEL_COLON = /^\s*:/;
const CLAIM_LABEL = new RegExp(String.raw`${LABEL_OPEN}${CLAIMANT}(?:\([^()]{1,40}\)\s*)?:`, 'gu');
const labelWords = (words: string): boolean => words.replace(/^the\s+/i, '').split(/\s+/).slice(1).every((w) => startsCapital(w) || isBodyWord(w));
/** The packs' demonyms ("Iraqi", "Turkish"), and the United States' short forms: a people's adjective, not a group's name ("Houthi"). */
const DEMONYMS = new Set([...readPackCountries().flatMap((c) => c.demonyms), 'U\u2024S\u2024', 'US']);
const claimantName = (words: string): string => (DEMONYMS.has(words) ? `${words} government` : words);
const CITING = new RegExp(String.raw`\b(?:citing|quoting)\s+([^,.;:"“”]+?)${NP_END}`, 'gi');
/**
 * The document words before its author: "figures compiled by", "data from", "reports by", and as a clause of its
 * own, "the figures come from", "the toll was provided by".
 */
const DOCUMENT_WORD = String.raw`(?:${wordsPattern('data_noun')})`;
const DOCUMENT_VERB = String.raw`(?:(?:(?:is|are|was|were)\s+)?(?:${wordsPattern('document_verb')})\s+by|(?:come|comes|came)\s+from)`;
// "the toll of the war" names no author: a toll is a document only before its verb ("the toll was provided by").
const DOCUMENT_BY = String.raw`(?:${DOCUMENT_WORD}\s+(?:from|by|of|${DOCUMENT_VERB})|toll\s+${DOCUMENT_VERB}|reports\s+by)`;
/** Where the author's name ends: punctuation, or a word that goes on with the sentence ("show", "as", "which"). */
const AUTHOR_WORDS = String.raw`on|in|show|showed|shows|indicate|indicates|indicated|suggest|suggests|suggested|as|and|which|that`;
const AUTHOR_END = String.raw`(?=\s*(?:[,.;:"“”]|$|\s+(?:${AUTHOR_WORDS})\b))`;
/** "figures from X", "data by X", "a report released by X", "casualty reports by X indicate": the document's author. */
const FROM_SOURCE = new RegExp(String.raw`\b${DOCUMENT_BY}\s+([^,.;:"“”]+?)${AUTHOR_END}`, 'gi');
/**
 * "Figures released on Monday by X show", "data published this week by X": the document's verb dated before its "by";
 * group 1 must be a time phrase (time.ts) and nothing else, group 2 is the author.
 */
const DATED_DOCUMENT_BY = new RegExp(
  String.raw`\b${DOCUMENT_WORD}\s+(?:(?:is|are|was|were)\s+)?(?:${wordsPattern('document_verb')})\s+([^,.;:"“”]{2,30}?)\s+by\s+([^,.;:"“”]+?)${AUTHOR_END}`,
  'gi',
);
/** Whether a phrase is one time phrase, whole: "on Monday", "this week", "last month". */
function isTimePhrase(phrase: string): boolean {
  const times = findTimes(phrase);
  return times.length === 1 && times[0]!.start === 0 && times[0]!.end === phrase.length;
}
/** Capitalised words after "and", up to the clause's end or a word that goes on with it. */
const AND_NAME = /^\s+and\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)(?=\s*(?:[,.;:"“”]|$|\s+\p{Ll}))/u;
/**
 * "figures from the Relief and Rehabilitation Commission": an author's name that goes on through "and" to a body
 * noun of reporting.csv ("Commission", "Committee"), or to the end of a registry name ("figures compiled by the Armed
 * Conflict Location and Event Data Project"), when the words before "and" are no source of their own ("figures from
 * UNHCR and IOM" are two).
 */
function authorThroughAnd(s: string, m: RegExpExecArray, name: string): string {
  const rest = AND_NAME.exec(s.slice(m.index + m[0].length));
  if (!rest || !/\p{Lu}[\p{L}-]*$/u.test(name) || entryOf(tidy(name))) return name;
  const whole = `${name}${rest[0]}`;
  return isBodyWord(rest[1]!.split(/\s+/).at(-1)!) || entryOf(tidy(whole).replace(/^the\s+/i, '')) ? whole : name;
}
/** A source's name without the time phrase that follows it: "ACLED last month" is ACLED. */
function beforeTime(name: string): string {
  const time = findTimes(name).find((t) => t.start > 0 && /\p{L}/u.test(name.slice(0, t.start)));
  return time ? name.slice(0, time.start).trimEnd() : name;
}
/** "X's figures", "UNICEF's report", "OCHA data show": a source's own numbers; "X's toll" only for a known source. */
const DATA_NOUNS = attributionWords('owned_data_noun');
/** A capitalised word of a name, with its dots, hyphens, apostrophes ("U.N.", "Médecins", "People's"). */
const CAP_WORD = String.raw`\p{Lu}[\p{L}.\-’'\u2024]*`;
/** "OCHA data show", "SOHR figures indicate": a source's numbers and the verb that presents them. */
const DATA_SHOW = String.raw`\s+(?:${wordsPattern('showing_noun')})\s+(?:${wordsPattern('data_verb')})\b`;
const OWN_DATA = new RegExp(
  String.raw`\b((?:${CAP_WORD}\s+){0,6}${CAP_WORD})(?:['’]s?\s+(?:${DATA_NOUNS.join('|')}|(toll))\b|${DATA_SHOW})`,
  'gu',
);
/**
 * "By the health ministry's tally, ...", "by the regional administration's count": "by" before a holder's document
 * (reporting.csv `document` nouns) credits the holder, a common noun too, which OWN_DATA's capitals leave out.
 */
const BY_OWN_DOCUMENT = new RegExp(
  String.raw`\b[Bb]y\s+((?:the\s+)?[^,.;:"“”()]{2,60}?)['’]s?\s+(?:own\s+|latest\s+|official\s+)?(?:${REPORTING.document.join('|')})\b`,
  'gu',
);
/** "an AFP tally showed", "a Reuters count found": a source's own count named with its article, no possessive. */
const SOURCE_TALLY = new RegExp(String.raw`\b(?:a|an)\s+((?:${CAP_WORD}\s+){0,4}${CAP_WORD})\s+(?:tally|count)\b`, 'gu');
/** Each match of OWN_DATA holds one of its nouns after a space: OWN_DATA tries every capitalised word, this one scan. */
const DATA_NOUN = new RegExp(String.raw`\s(?:${[...DATA_NOUNS, 'toll'].join('|')})\b`, 'u');
/** "SANA quoted a military source as saying": the source quoted, and the outlet quoting it (reporter-phrase checks both). */
const QUOTED_AS = /([^,;:"“”]+?)\s+quoted\s+([^,;:"“”]+?)\s+as\s+saying\b/gi;
/** "In a statement (on Monday), X condemned ...": X issued the statement, whatever the verb. */
const STATEMENT = String.raw`(?:a|an|its|their|the)\s+(?:[\p{L}-]+\s+)?(?:${wordsPattern('statement_noun')})`; // "a joint statement"
const STATEMENT_DAY = String.raw`(?:\s+(?:on|late\s+on|issued\s+on|released\s+on)\s+[\p{L}\d ]+?)?`; // "issued on Monday"
const NAME_WORD = String.raw`(?:${CAP_WORD}|of|for|the|and|al)`; // "Ministry of Health", "al Jazeera"
const IN_STATEMENT = new RegExp(String.raw`\b[Ii]n\s+${STATEMENT}${STATEMENT_DAY},\s+((?:the\s+)?${NAME_WORD}(?:\s+${NAME_WORD})*)(?=\s+\p{Ll})`, 'gu');
/** "with X reporting (that)": a participle of saying after "with". */
const WITH_REPORTING = new RegExp(String.raw`\bwith\s+([^,.;:"“”]+?)\s+(${wordsPattern('with_participle')})\b`, 'gi');
/**
 * "the SOHR had differing numbers, reporting 135 fatalities", "the ministry gave a lower toll, estimating 40 dead": a
 * participle of reporting after a clause whose subject is a source. The subject opens the sentence or the clause after
 * a semicolon or "while"; the figures after the participle are its.
 */
const CLAUSE_OPEN = String.raw`(?:^|[;:]\s*|\b(?:while|whereas|but)\s+)`;
const GAVE = String.raw`(?:${wordsPattern('figure_giving')})`; // "gave a lower toll"
const REPORTING_PARTICIPLE = String.raw`(${wordsPattern('clause_participle')})`;
const CLAUSE_THEN_REPORTING = new RegExp(
  String.raw`${CLAUSE_OPEN}([^,;:"“”()]+?)\s+${GAVE}\b[^,;:"“”()]{0,60},\s+${REPORTING_PARTICIPLE}\b`,
  'gi',
);
/**
 * "The ministry condemned the raid, saying 20 people were killed", "Authorities denounced an 'act of war', saying India
 * had killed 31": a participle of saying after a clause whose verb takes a stance (reporting.csv `stance`); its subject
 * says the figures after the participle.
 */
const STANCE_THEN_SAYING = new RegExp(
  String.raw`${CLAUSE_OPEN}([^,;:"“”()]+?)\s+(?:${REPORTING.stance.join('|')})\b[^;:()]{0,80}?,\s+(${wordsPattern('stance_participle')})\b`,
  'gi',
);
/** A source note, as reports and tables give it: "(source: the CCCM Cluster)", "(Source: IOM DTM, 3 May)", "Source: WHO". */
const SOURCE_NOTE = /(?:\(\s*|^\s*|[.;]\s+)(?:data\s+)?sources?\s*:\s*([^,;:()]+?)\s*(?=[,;)]|\.?\s*$)/gim;
/** A further name of a source note, after a semicolon: "Sources: OCHA; WHO", "(Source: IOM DTM; UNHCR)". */
const NOTE_NEXT_NAME = /^\s*;\s*([^,;:()\n]+?)\s*(?=[,;)]|\.?\s*$)/m;
/**
 * "(CCCM Cluster, 2 January)", "(OCHA)": a parenthesis holding a source's name, maybe with a date. A briefing note
 * cites with a bare numeric date after the name, several citations joined by semicolons: "(UNICEF 19/02/2024)",
 * "(NRC 15/02/2024; IOM 14/02/2024; OCHA 13/02/2024)"; the dates and the later citations are then group 2, as the
 * words after a comma are (those at most 40 characters).
 */
/** A citation's date written in figures: "19/02/2024", "8/2/24". */
const CITED_DATE = String.raw`(?:\d{1,2}\/){2}\d{2,4}\b`;
/** After the name: a comma or semicolon before a short tail that closes the parenthesis, or a space before a date. */
const AFTER_SOURCE = String.raw`(?:[,;]\s*(?=[^()]{1,40}\))|\s(?=${CITED_DATE}))`;
const SOURCE_PAREN = new RegExp(String.raw`\(\s*([^(),;]{2,60}?)\s*(?:${AFTER_SOURCE}([^()]{1,120}))?\)`, 'g');
const NUMERIC_CITED_DATE = new RegExp(`^${CITED_DATE}`);
/** A key figure's note whose tail is only a date in words: "(DTM; March 2024)", "(IOM, 8 March)". */
const WRITTEN_NOTE_DATE = new RegExp(String.raw`^\s*(?:\d{1,2}\s+)?${MONTH_RE}(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?\s*$`, 'i');
/** Generic nouns for "the most recent named source" when no registry entry lists them. */
const GENERIC_ANAPHORA = new Set(REPORTING.anaphor.map((noun) => foldName(`the ${noun}`)));
/** Nouns for "the most recent named news outlet": "the paper", "the broadcaster", "the agency" (after AFP). */
const MEDIA_ANAPHORA = new Set(REPORTING.media_anaphor.map((noun) => foldName(`the ${noun}`)));
/** Back-references that can only mean an armed party, not an agency: "the group", "the militia", "the movement". */
const ARMED_ANAPHOR = /^the (?:group|militia|movement)$/;
/** Registry entries by the folded back-reference that names them ("the observatory" -> SOHR). */
const ANAPHORIC = new Map<string, SourceEntry[]>();
for (const entry of SOURCES) for (const a of entry.anaphora ?? []) ANAPHORIC.set(foldName(a), [...(ANAPHORIC.get(foldName(a)) ?? []), entry]);
/** "Five deaths were reported", "reportedly": reported by someone unnamed, who right after a quoted source is that source. */
const AGENTLESS = /\b(?:(?:is|are|was|were|been|being)\s+(?:also\s+)?reported\b(?!\s+by\b)|reportedly)/i;
/**
 * A sentence that breaks down, extends or restates the figure of the sentence before ("Of these, 3,000 ...", "This
 * includes ...", "Among them ...", "A further 900 ...", "This translates to 2,100 deaths"): its figures are that
 * sentence's source's.
 */
const CONTINUES_FORMS = [
  String.raw`of\s+(?:these|them|those|whom|which|this\s+(?:number|total|figure))`, // "Of these, 3,000 ..."
  String.raw`among\s+(?:them|these|those)`,
  String.raw`this\s+(?:also\s+)?(?:includes?|figure|number|total|translates|means|amounts|brings)`, // "This includes ...", "This translates to"
  String.raw`these\s+(?:include|figures|numbers)`,
  String.raw`(?:most|some|many|half|the\s+(?:majority|bulk|rest|remainder))\s+of\s+(?:them|these|those)`, // "Most of them"
  String.raw`they\s+include|in\s+addition|a\s+further`, // "A further 900 ..."
];
const CONTINUES = new RegExp(String.raw`^[\s•*·-]*(?:${CONTINUES_FORMS.join('|')})\b`, 'i');
/**
 * Nouns of a tracked series: a source that counts "displacements" or "arrivals" keeps counting them in the sentences
 * that follow ("12,000 displacements recorded by the Cluster ... 4,000 displacements from Hama").
 */
const SERIES_NOUN = new RegExp(String.raw`\b(${wordsPattern('series_noun')})\b`, 'gi');
/** A sentence that is a quotation from its first word. */
const OPENS_QUOTE = /^\s*["“]/;
/** The mark that closes a quotation opened by each mark. */
const QUOTE_CLOSE: Record<string, string> = { '"': '"', '“': '”' };
/** How far ahead a quotation opened in a sentence may close: a few sentences of one paragraph. */
const QUOTE_AHEAD_CHARS = 800;
/**
 * The rest of the paragraph up to the quotation's close and the end of the sentence after it: group 1 the closing
 * sentence's words up to its end, group 2 what follows the closing mark (the speaker's tag). No other quotation opens
 * on the way, and no line ends (a paragraph is where a quotation without its tag would stop); a word in scare quotes
 * inside it ('12 rebels were "neutralized"') is passed over.
 */
const QUOTE_ENDS_IN = new Map([
  ['"', /^((?:[^"\n“”]|"[\p{Ll}-]+")*"([^"\n“”]*?[.!?](?=\s|$)))/u],
  ['”', /^((?:[^"\n“”]|“[\p{Ll}-]+”)*”([^"\n“”]*?[.!?](?=\s|$)))/u],
]);
/** Sentences a tracked series stays with its source. */
const SERIES_SENTENCES = 8;
/** Sentences that still belong to the quoted source after it was last named. */
const CARRY_SENTENCES = 4;
/** "the same sources", "the same official": a back-reference to the source quoted last with that noun. */
const SAME_SOURCE = /^(?:the\s+)?same\s+(\p{L}+)$/u;
/** A personal pronoun: it stands for a person, never for an outlet. */
const PERSONAL = /^(?:he|she)$/i;
/** The plural pronoun: the people who spoke, never the outlet they spoke to. */
const THEY = /^they$/i;
/**
 * The plural roles of reporting.csv ("residents", "security sources", "officials"): a group, which "he" or "she" never
 * stands for. A singular role never ends in one s ("witness" ends in two).
 */
const PLURAL_ROLES = new Set(REPORTING.role.map((w) => w.toLowerCase()).filter((w) => /[^s]s$/.test(w) || /^(?:wo)?men$/.test(w)));
const isGroup = (reporter: string): boolean => PLURAL_ROLES.has(reporter.trim().split(/\s+/).at(-1)!.toLowerCase());

interface Named {
  text: string;
  entry: SourceEntry;
}

/** The sentences whose reporter phrases a memory keeps: a few, since only a sentence read again is asked for. */
const PHRASES_KEPT = 16;

interface Found {
  at: number;
  text: string;
  scope: Scope;
  basis: ReporterBasis;
  /** See Scoped.reach. */
  reach?: number;
  /** See Scoped.note. */
  note?: boolean;
}

/** `compute`'s value, computed on the first call only. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/**
 * The names a source note lists after its first, each after a semicolon, up to the note's end: "Sources: Hodeidah
 * Health Office; Tihama Relief Network". A part that is a date ("(DTM; March 2024)", "(IOM; 8/3/2024)") is no name.
 */
function noteNextNames(s: string, from: number): { at: number; text: string }[] {
  const names: { at: number; text: string }[] = [];
  for (let at = from, m = NOTE_NEXT_NAME.exec(s.slice(at)); m; m = NOTE_NEXT_NAME.exec(s.slice(at))) {
    if (!/\d/.test(m[1]!) && !WRITTEN_NOTE_DATE.test(m[1]!)) names.push({ at: at + m[0].length - m[1]!.length, text: m[1]! });
    at += m[0].length;
  }
  return names;
}

/** What attribution remembers across an article's sentences. */
export class SourceMemory {
  private named: Named[] = [];
  /** The reporters of the last sentence that had any, and how many sentences ago. */
  private last: string[] = [];
  private sinceLast = 0;
  /** Reporters of the list the current sentences belong to ("... recorded by the Cluster:" then bullets). */
  private list: string[] = [];
  /** Every reporter read so far, for surnames ("Filashkin" after "Vadym Filashkin"). */
  private people: string[] = [];
  /** The attributions of the sentence read last, with what each covers. */
  private current: Scoped[] = [];
  private stated = false;
  /** The source of each tracked series ("displacements" -> the Cluster), with the sentence count when last named. */
  private series = new Map<string, { names: string[]; at: number }>();
  private read_ = 0;
  /** The reporters the sentence read last was given, unless they were the document's author. */
  private previous: string[] = [];
  /** Whether the sentence read last belonged to a list item, and where it ended: a bullet may hold several sentences. */
  private inItem = false;
  private lastEnd = 0;
  /**
   * The sentence read last when it named its source in a text that relays statements, '' otherwise: the subjects of
   * the clauses it attributed are tagged (continuation.ts) only when the next sentence asks and could go on with one
   * (few get that far in carriedTo): tagging every sentence that names its source was about a quarter of the
   * tagger's calls and a twentieth of extraction's CPU time (README, speed work).
   */
  private reported = '';
  /** The source the current section's heading credits ("Displacement (source: CCCM Cluster)"), until the next heading. */
  private section: string[] = [];
  /** The source a news roundup goes on quoting (roundup-carry.ts): the last named, until something breaks the chain. */
  private roundup = new Roundup();
  /** The first party the sentence read last named ("Al-Shabaab claimed the attack."), for "the group said" after it. */
  private party = '';
  /**
   * The sources of the last sentence that named a document with its attribution ("a report by the mission said", "UNRWA
   * said in its situation report"), less those it only cited, and the sentence count then: "the report added" later
   * is theirs, whoever was quoted in between.
   */
  private documented: { names: string[]; at: number } | null = null;
  /** The sources the sentence read last attributed to, less those only cited ("X said, citing Y": X). */
  private lastMain: string[] = [];
  /** A quotation opened in an earlier sentence that closes further on: where it closes, and the speaker its tag names. */
  private quoted: { until: number; names: string[] } | null = null;

  /** The places the story has named so far (folded): a place that "recorded" figures is where, not who (place-subject.ts). */
  private places = new Set<string>();

  /** `author`: the document's own source (documentAuthor), '' for none. */
  constructor(readonly author = '') {}

  /** Names the places found so far: read before the sentence that may make one the subject of a counting verb. */
  knowPlaces(names: string[]): void {
    for (const n of names) this.places.add(foldName(n));
  }

  /** Whether the story has named this text as a place. */
  isKnownPlace(text: string): boolean {
    return this.places.has(foldName(text));
  }

  /**
   * The sentences' raw reporter phrases (explicitPhrases), with the count of places known when each was read: a
   * heading is read twice (`heading`, then `read`), and the answer depends on the sentence and on the places the story
   * has named. The set of places only grows, so the same count is the same set and the same answer.
   */
  private phrases = new Map<string, { places: number; found: Found[] }>();

  /** `s`'s raw reporter phrases, computed again only when the story has named a place since. Copies: callers sort. */
  phrasesOf(s: string): Found[] {
    let kept = this.phrases.get(s);
    if (!kept || kept.places !== this.places.size) {
      if (this.phrases.size >= PHRASES_KEPT) this.phrases.clear();
      kept = { places: this.places.size, found: explicitPhrases(s, (t) => this.isKnownPlace(t)) };
      this.phrases.set(s, kept);
    }
    return kept.found.map((f) => ({ ...f }));
  }

  /**
   * The reporters of one sentence of the article, read in order (call for every sentence, with or without
   * figures, so the memory follows the text). `text` and `start` place the sentence in the article, to see lists.
   */
  read(s: string, text = s, start = 0): string[] {
    const scoped = attributions(s, this);
    const own = [...new Set(scoped.flatMap((a) => a.names))];
    // "• 1,500 displacements from A. This also includes 400 from B.": the second sentence is still the bullet's.
    const continues = this.inItem && start >= this.lastEnd && start > 0 && !text.slice(this.lastEnd, start).includes('\n');
    const item = continues || isListItem(text, start, s);
    [this.inItem, this.lastEnd] = [item, start + s.length];
    if (!item) this.list = [];
    const speaker = own.length ? [] : this.quoteSpeaker(s, text, start);
    // "We also registered 6,000 displaced": a report's "we" is its author, whoever the sentence before quoted.
    const voiced = !own.length && !speaker.length && !this.relays() && speaksAsPublisher(s);
    const carried = own.length || speaker.length || voiced ? [] : this.carriedTo(s, item);
    // An infobox's claim notes ("(SOHR claim)", "Russian claim:") source their own figures only: the next line's
    // figures are another side's count, so the notes are no source to carry on (last, series, roundup).
    const notes = scoped.length > 0 && scoped.every((a) => a.note);
    const roundup = notes ? this.roundup.stop()
      : this.roundup.read(s, text, start, own, this.sinceLast, !carried.length && !speaker.length && !voiced && this.relays());
    const reporters = own.length ? own : speaker.length ? speaker : carried.length ? carried : roundup.length ? roundup : this.author ? [this.author] : [];
    const basis: ReporterBasis = own.length || !reporters.length ? '' : speaker.length ? 'quoted'
      : carried.length ? 'carried' : roundup.length ? 'carried_from_previous' : 'document_author';
    this.previous = basis === 'document_author' || notes ? [] : reporters;
    this.read_++;
    if (basis !== 'document_author' && !notes && reporters.length) for (const noun of seriesNouns(s)) this.series.set(noun, { names: reporters, at: this.read_ });
    this.current = own.length ? scoped : [{ at: 0, scope: 'all', names: reporters, basis }];
    this.stated = own.length > 0;
    if (/:\s*$/.test(s)) this.list = own.length ? own : this.sinceLast === 0 ? this.last : reporters;
    this.named.push(...namedSources(s));
    this.party = speakingParties(s)[0]?.text ?? '';
    this.sinceLast++;
    if (own.length && !notes) {
      [this.last, this.sinceLast] = [own, 0];
      this.lastMain = mainSources(scoped);
      if (DOCUMENT_NAMED.test(s)) this.documented = { names: this.lastMain, at: this.read_ };
    }
    this.reported = own.length && this.relays() ? s : '';
    this.people.push(...own);
    return reporters;
  }

  /**
   * '"On 2 June the Russians killed four civilians. Another nine were wounded," the governor said.': a quotation that
   * opens this sentence and closes, in the same paragraph, in a later one is the speaker's whom that closing names.
   * Read ahead, as a reader does: the closing sentence, with its quotation opened, is read for its attributions.
   */
  private quoteSpeaker(s: string, text: string, start: number): string[] {
    if (text.slice(start, start + s.length) !== s) return [];
    // A sentence in the middle of that quotation, neither opening nor closing it, is the same speaker's.
    if (this.quoted && start < this.quoted.until) return this.quoted.names;
    this.quoted = null;
    const open = OPENS_QUOTE.exec(s);
    if (!open) return [];
    const close = QUOTE_CLOSE[open[0].trim()]!;
    if (s.slice(open[0].length).includes(close) || (close === '"' && s.slice(open[0].length).includes('“'))) return [];
    const rest = text.slice(start + s.length, start + s.length + QUOTE_AHEAD_CHARS);
    const closing = QUOTE_ENDS_IN.get(close)!.exec(rest);
    if (!closing) return [];
    const ahead = `${open[0].trim()}${closing[1]!.trimStart()}`;
    const after = ahead.length - closing[2]!.length;
    const names = [...new Set(attributions(ahead, this).filter((a) => a.at >= after - 1 && a.scope !== 'after').flatMap((a) => a.names))];
    // The closing mark's offset in the article: the sentences before it are inside the quotation.
    if (names.length) this.quoted = { until: start + s.length + closing[1]!.length - closing[2]!.length, names };
    return names;
  }

  /**
   * A heading opens a section: "Displacement (source: CCCM Cluster)", "Casualties, according to the Health Cluster"
   * credit the section's figures that name no source of their own; a heading naming none ends that credit.
   */
  heading(s: string): void {
    // A line an infobox's claim note closes ("900 killed (government claim)") reads as a heading: its note is no credit.
    this.section = [...new Set(attributions(s, this).filter((a) => !a.note).flatMap((a) => a.names))];
  }

  /** The reporters a sentence that names none takes from the sentences before it, if any. */
  private carriedTo(s: string, item: boolean): string[] {
    if (item && this.list.length) return this.list;
    if (this.sinceLast === 0 && AGENTLESS.test(s)) return this.last;
    if (CONTINUES.test(s)) return this.previous;
    // '"We took X," said Colonel Y. "We also freed Z."': a quotation that opens right after a sentence naming its
    // source, with no speaker of its own, goes on quoting that source (a news story names a new speaker).
    if (this.sinceLast === 0 && OPENS_QUOTE.test(s)) return this.last;
    if (this.sinceLast === 0 && continuesSubject(this.reported, s)) return this.last;
    const series = this.seriesOf(s);
    return series.length ? series : this.section;
  }

  /**
   * Whether a statement quoted in this text may go on in the next sentence unattributed: in a news story, yes; in a
   * report or assessment with an author of its own, an unattributed sentence is the author's voice again.
   */
  relays(): boolean {
    return !this.author || entryOf(this.author)?.type === 'media';
  }

  /** The source of the series a sentence counts, when it named one in the last few sentences. */
  private seriesOf(s: string): string[] {
    for (const noun of seriesNouns(s)) {
      const known = this.series.get(noun);
      if (known && this.read_ - known.at < SERIES_SENTENCES) return known.names;
    }
    return [];
  }

  /** True when the sentence read last names its own source (not one carried over, nor the document's author). */
  namesSource(): boolean {
    return this.stated;
  }

  /** The reporters of a figure at offset `p` of the sentence read last: those whose attribution covers it. */
  forFigure(p: number): string[] {
    return namesFor(this.current, p);
  }

  /** How the first of those reporters was found (attribution-scope.ts `basisFor`). */
  basisFor(p: number): ReporterBasis {
    return basisFor(this.current, p);
  }

  /** "Filashkin said" after "Vadym Filashkin said": a surname alone is the person named in full before. */
  fullName(name: string): string {
    if (!SURNAME_ALONE.test(name)) return name;
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i]!;
      if (p !== name && p.endsWith(` ${name}`) && /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}/u.test(p)) return p;
    }
    return name;
  }

  /**
   * "The same sources said they had also entered X", "the same official added": the source quoted last (within a few
   * sentences) whose own last word is that noun, singular or plural; null when none is, so no other source is guessed.
   */
  private sameSource(noun: string): string | null {
    if (this.sinceLast > CARRY_SENTENCES) return null;
    const plural = (a: string, b: string) => b === a || b === `${a}s` || b === `${a}es`;
    const fits = (r: string) => { const w = foldName(r).split(/\s+/).at(-1) ?? ''; return plural(w, noun) || plural(noun, w); };
    return [...this.last].reverse().find(fits) ?? null;
  }

  /**
   * "The health ministry in Gaza said ... A ministry statement said ...": a document's issuer written as a bare noun
   * in lower case is the source quoted in the last few sentences whose name has that noun, if one does; else as written.
   */
  issuer(owner: string): string {
    if (!/^\p{Ll}+$/u.test(owner) || this.sinceLast > CARRY_SENTENCES) return owner;
    return this.last.findLast((r) => foldName(r).split(/[\s-]+/).includes(owner)) ?? owner;
  }

  /**
   * The reporter a pronoun in the reporter's place stands for: the one quoted in the last few sentences. "He" or "she"
   * is a person: after "Rami Abdel Rahman told AFP ...", "he said" is the speaker, not the agency he spoke to; after
   * "Residents said ...", "he said" is someone the text named otherwise, not the residents: no reporter rather than them.
   */
  recent(pronoun = ''): string | null {
    if (this.sinceLast > CARRY_SENTENCES || !this.last.length) return null;
    // "Two local officials told AFP ... They said": "they" are the people who spoke, not the outlet they spoke to.
    if (THEY.test(pronoun)) return this.last.findLast((r) => entryOf(r)?.type !== 'media') ?? this.last.at(-1)!;
    if (!PERSONAL.test(pronoun)) return this.last.at(-1)!;
    const people = this.last.filter((r) => !isGroup(r));
    const persons = people.filter((r) => entryOf(r)?.type !== 'media');
    return (persons.length ? persons : people).at(-1) ?? null;
  }

  /**
   * The words of the source a back-reference points to, or null when the phrase is not a back-reference.
   * `before` is the current sentence up to the phrase: a source named there is the most recent one.
   */
  resolve(phrase: string, before = ''): string | null {
    const f = foldName(phrase).replace(/'s?\b.*$/, '');
    const same = SAME_SOURCE.exec(f)?.[1];
    if (same) return this.sameSource(same);
    const anaphoric = ANAPHORIC.get(f) ?? [];
    // The sources named so far, looked for only when the phrase can refer back to one (most phrases are names).
    const sources = once(() => [...this.named, ...namedSources(before)]);
    const named = anaphoric.length ? sources() : [];
    for (let i = named.length - 1; i >= 0; i--) {
      if (anaphoric.includes(named[i]!.entry)) return named[i]!.text;
    }
    const owner = nameWordOwner(f, sources) ?? this.shortName(phrase);
    if (owner) return owner;
    // "the British-based monitor", "the London-based group": a generic noun placed by where it is based is that noun.
    // A capitalised modifier must be a word of the source's name ("the Syrian army" for the Syrian Arab Army): "the US
    // military" is not the army of another country named before.
    const modified = PLACED_GENERIC.exec(phrase.trim());
    const head = modified?.[2];
    if (head && foldName(`the ${head}`) !== f && !sourceMentions(phrase).length) {
      const source = this.resolve(`the ${head}`, before);
      const named = (w: string) => /-based$/.test(w) || (source !== null && sourceNameWords(source).has(foldName(w)));
      return source && modified![1]!.trim().split(/\s+/).every(named) ? source : null;
    }
    // "The paper also reported", "the broadcaster said": the news outlet named last.
    const outlet = MEDIA_ANAPHORA.has(f) ? sources().findLast((n) => n.entry.type === 'media')?.text : undefined;
    // "the agency" is an outlet only where no organisation of another kind was named after it.
    if (outlet && (!GENERIC_ANAPHORA.has(f) || sources().at(-1)?.entry.type === 'media')) return outlet;
    // "the NGO", "the group": any organisation named before. "The Observatory" names its own entry only, so it stays
    // as written when that entry was not named (normalize maps it through the registry's anaphora).
    if (GENERIC_ANAPHORA.has(f)) {
      const named = sources();
      // "the group" may be the armed party that speaks for itself; "the monitor" is none of the sides it counts.
      const fits = (text: string) => ARMED_ANAPHOR.test(f) || mayReferTo(f, text);
      for (let i = named.length - 1; i >= 0; i--) {
        if (named[i]!.entry.type !== 'media' && fits(named[i]!.text)) return named[i]!.text;
      }
      // "The RSF took the refinery, the group said": no source named, the group is the party this sentence named last.
      // "Al-Shabaab claimed the attack. The group said it killed 20 soldiers": else the party the sentence before opened with.
      const party = ARMED_ANAPHOR.test(f) ? speakingParties(before).pop()?.text ?? this.party : '';
      if (party) return party;
    }
    return null;
  }

  /**
   * "The Ministry noted ...", "the Agency added": a common noun capitalised after "the" is the short form of a name the
   * text gave before ("the Palestinian Ministry of Health"), which no registry may hold: the reporter named last whose
   * name has that word. Lower case ("the ministry") is a generic noun, which named-generic.ts reads.
   */
  private shortName(phrase: string): string | null {
    const word = CAPITAL_SHORT.exec(phrase.trim())?.[1];
    if (!word || !knownWord(word) || SHARED_NAME_WORDS.has(word.toLowerCase()) || sourceMentions(phrase).length) return null;
    const holds = (p: string) => p !== word && p.split(/[\s-]+/).includes(word);
    return this.people.findLast(holds) ?? null;
  }

  /**
   * "the rights group", "the human rights organisation", written with "the": a generic noun whose lower-case modifiers
   * are words of the source it refers back to ("Syrian Network for Human Rights") is that source; "the aid group" after
   * it is not, nor is "a rights group" (a source written anew).
   */
  modifiedReference(phrase: string, before = ''): string | null {
    const modified = MODIFIED_GENERIC.exec(phrase.trim());
    if (!modified || !GENERIC_ANAPHORA.has(foldName(`the ${modified[2]}`))) return null;
    const source = this.resolve(`the ${modified[2]}`, before);
    if (!source) return null;
    // "the international aid organisation" after Save the Children: words that describe its kind fit it too.
    const fits = (w: string) => sourceNameWords(source).has(foldName(w)) || describes(w, source);
    return modified[1]!.trim().split(/\s+/).every(fits) ? source : null;
  }

  /** "the report", "the statement": this document's author when it has one, else the source quoted just before. */
  documentOf(phrase: string): string | null {
    if (this.author && /\b(?:this|the)\s+(?:report|update|bulletin)\b/i.test(phrase) || (this.author && /^(?:report|update|bulletin)$/i.test(tidy(phrase)))) {
      return this.author;
    }
    // "An internal report by the mission, seen by AFP, said ... Officials said ... 12 were hurt, the report added": the
    // source that came with a document, if one did lately; else the one quoted just before, not one it only cited.
    if (this.documented && this.read_ - this.documented.at <= DOCUMENT_CARRY_SENTENCES) return this.documented.names[0] ?? null;
    if (this.sinceLast > CARRY_SENTENCES) return null;
    return this.lastMain.at(-1) ?? this.recent();
  }
}

/** A document named as such: "report", "statement", "update", "bulletin" (reporting.csv's singular document nouns). */
const DOCUMENT_NAMED = new RegExp(String.raw`\b(?:${REPORTING.document.filter((w) => !/s$/.test(w)).join('|')})\b`, 'i');
/** How far back "the report" may find the source that came with a document: a report's account runs on for a paragraph. */
const DOCUMENT_CARRY_SENTENCES = 6;

/**
 * The sources a sentence attributes its figures to, less those only cited ("UNRWA said, citing WHO": UNRWA) and, when
 * another is named, the media that saw or carried a document ("a report by the mission, seen by AFP": the mission).
 */
function mainSources(scoped: Scoped[]): string[] {
  const speaking = scoped.filter((a) => a.scope !== 'companion').flatMap((a) => a.names);
  const names = speaking.length ? [...new Set(speaking)] : [...new Set(scoped.flatMap((a) => a.names))];
  const authors = names.filter((n) => entryOf(n)?.type !== 'media');
  return authors.length ? authors : names;
}

/**
 * Parties a sentence names that may speak as "the group": not the counted victims ("killed 12 policemen, the group
 * said", "the toll included 30 soldiers"), a figure and up to two words before the party's name.
 */
function speakingParties(before: string): ReturnType<typeof actorMentions> {
  const figures = findQuantities(before).filter((q) => q.value !== null);
  const counted = (start: number) => figures.some((q) => q.end <= start && COUNTED_GAP.test(before.slice(q.end, start)));
  return actorMentions(before).filter((m) => !counted(m.start));
}

const COUNTED_GAP = /^\s+(?:[\p{L}-]+\s+){0,2}$/u;

const THE_WORD = /^the (\p{L}{4,})$/u;
/** "the Ministry", "the Agency": "the" and one capitalised word, as written (shortName). */
const CAPITAL_SHORT = /^[Tt]he\s+(\p{Lu}\p{Ll}{3,})$/u;
/**
 * "the Network", "the Mission", "the Division": a definite noun that is a word of a source named before ("the Syrian
 * Network for Human Rights", "the UN Human Rights Monitoring Mission") is that source, as monitors refer back to
 * themselves. Short words and the words every rights body shares ("human", "rights") name none in particular.
 */
function nameWordOwner(folded: string, sources: () => Named[]): string | null {
  const word = THE_WORD.exec(folded)?.[1];
  if (!word || SHARED_NAME_WORDS.has(word)) return null;
  const named = sources();
  for (let i = named.length - 1; i >= 0; i--) {
    if (named[i]!.entry.aliases.some((a) => foldName(a).split(/[\s-]+/).includes(word))) return named[i]!.text;
  }
  return null;
}

/** The folded words of a source's names: as written and every alias of its registry entry. */
function sourceNameWords(source: string): Set<string> {
  const entry = entryOf(source);
  return new Set([source, ...(entry?.aliases ?? [])].flatMap((t) => foldName(t).split(/[\s'’-]+/)));
}

const SHARED_NAME_WORDS = new Set(['human', 'rights', 'united', 'nations', 'national', 'international', 'syrian', 'people']);

/** The tracked series a sentence counts: a figure right before the noun ("4,000 displacements", "1,200 new arrivals"). */
function seriesNouns(s: string): string[] {
  const nouns: string[] = [];
  for (const m of allMatches(SERIES_NOUN, s)) {
    if (/\d[\d,.]*\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(s.slice(Math.max(0, m.index - 40), m.index))) nouns.push(m[1]!.toLowerCase());
  }
  return nouns;
}

/** Sources named by a proper name ("SOHR", "Reuters"), not by a common noun ("the army", "activists"). */
function namedSources(s: string): Named[] {
  const out: Named[] = [];
  for (const hit of sourceMentions(s)) {
    const entry = entryOf(hit.text);
    if (entry && HAS_CAPITAL.test(hit.text.replace(/^the\s+/i, ''))) out.push({ text: hit.text, entry });
  }
  return out;
}

// At module level, as tsx rebuilds a \p{...} regex literal at each call where it stands (text.ts `startsCapital`): each
// of these was built at every call before (h-speed-r46: 4,477 constructions a round of the 147 real texts).
/** "the London-based monitor", "the Syrian army": up to two capitalised or "-based" modifiers before a generic noun. */
const PLACED_GENERIC = /^(?:the\s+)?((?:(?:\p{Lu}[\p{L}-]*|[\p{L}-]+-based)\s+){1,2})(\p{Ll}+)$/u;
/** "the aid group", "the rights monitor": one or two lower-case modifiers before a generic noun. */
const MODIFIED_GENERIC = /^[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,2})(\p{Ll}+)$/u;
/** The one word opening a clause, before the verb (adverbOpens, adjectiveOpens). */
const LONE_OPENER = /(?:^|[,;:(])[\s•*·–-]*(\p{L}+)\s+$/u;
/** A segment that opens a relative or participle clause ("led by", "based in", "who"). */
const MODIFIER_CLAUSE_OPENING = /^\s*(?:\p{Ll}+ed\s+by|based\s+in|who|which)\b/u;
/** A subject that ends on a letter or a digit. */
const WORD_LAST = /(?:\p{L}|\d)$/u;
/** One capitalised word: a surname that may stand for a full name named before. */
const SURNAME_ALONE = /^\p{Lu}[\p{L}'’-]+$/u;
/** A capital letter anywhere: a registry name written as a name, not a common noun ("the monitor"). */
const HAS_CAPITAL = /\p{Lu}/u;
// At module level: tsx rebuilds a \p{...} regex literal at each call where it stands (text.ts `startsCapital`).
const LOWER_OR_DIGIT_FIRST = /^\p{Ll}|^\d/u;
/** A bullet, or a line that starts without a capital or ends without a full stop: an item of a list. */
function isListItem(text: string, start: number, s: string): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const prefix = text.slice(lineStart, start);
  if (!/^[\s•●▪◦*·\-–—]*$/.test(prefix)) return false;
  return /[•●▪◦*·\-–—]/.test(prefix) || /^[•●▪◦*·–—-]/.test(s) || LOWER_OR_DIGIT_FIRST.test(s) || !/[.!?]["”’]?\s*$/.test(s);
}

/** Reporter phrases a sentence states, left to right, back-references resolved, fragments dropped. */
export function findReporters(s: string, memory: SourceMemory): string[] {
  return [...new Set(attributions(s, memory).flatMap((a) => a.names))];
}

/** The sentence's attributions, left to right, each with the reporters it names and what it covers. */
function attributions(s: string, memory: SourceMemory): Scoped[] {
  const out: Scoped[] = [];
  const seen = new Set<string>();
  for (const f of memory.phrasesOf(s).sort((a, b) => a.at - b.at)) {
    const found = resolved(f, s, memory, out[out.length - 1]?.names);
    const names = found.names.filter((n) => !seen.has(n));
    names.forEach((n) => seen.add(n));
    if (names.length) out.push({ at: f.at, scope: f.scope, names, basis: found.basis, reach: f.reach, ...(f.note ? { note: true } : {}) });
  }
  return out;
}

/**
 * "MSF teams treated 48 wounded", "ICRC surgeons operated on 30 people", "UNICEF staff registered 900 children": an
 * agency's own staff at the work that counts people is the agency reporting its own figure, the figures after the
 * verb. Only an agency of the registry that may author a report (UN, NGO, rescue service) counts, and only the verbs of
 * care and counting (attribution-words.csv `team_noun`, `team_verb`): "two MSF staff were killed" names victims, and an
 * army's "doctors" are left to the other rules.
 */
const TEAM_AGENCIES = new Set(['un', 'ngo', 'rescue']);
const TEAM_NOUN = String.raw`(?:${wordsPattern('team_noun')})`;
const TEAM_GATE = new RegExp(String.raw`\b${TEAM_NOUN}\b`, 'i');
const TEAM_HOLDER = String.raw`((?:${CAP_WORD}\s+){0,5}${CAP_WORD})(?:['’]s)?`;
const TEAM_AUX = String.raw`(?:(?:have|has|had|also|then|alone)\s+)*`;
// "MSF staff in Tawila, North Darfur, treated": where the staff work, capitalised names after "in" or "at".
const TEAM_WHERE = String.raw`(?:(?:in|at)\s+${CAP_WORD}(?:,?\s+${CAP_WORD}){0,4},?\s+)?`;
const TEAM_WORK = new RegExp(
  String.raw`${TEAM_HOLDER}\s+(?:[\p{Ll}-]+\s+)?${TEAM_NOUN}\s+${TEAM_WHERE}${TEAM_AUX}(?:${wordsPattern('team_verb')})\b`, 'gu');
function teamWork(s: string): Found[] {
  if (!TEAM_GATE.test(s)) return [];
  return allMatches(TEAM_WORK, s).flatMap((m) => {
    // "On Friday MSF teams": the holder is the registry name that ends the capitalised words.
    // "MSF's medical teams": the holder without its possessive, which CAP_WORD takes in.
    const holder = m[1]!.replace(/['’]s$/, '');
    const agency = sourceMentions(holder).filter((h) => h.end === holder.length && TEAM_AGENCIES.has(entryOf(h.text)?.type ?? '')).at(-1);
    return agency ? [{ at: m.index + m[0].length, text: agency.text, scope: 'after' as const, basis: 'subject_of_reporting_verb' as const }] : [];
  });
}

/**
 * The brackets citing a source: a registry name or a briefing note's citation; and, once one of them closes a figure,
 * the names closing the list's other figures (listed-notes.ts).
 */
function bracketNotes(s: string, isPlace: (text: string) => boolean): Found[] {
  const all = allMatches(SOURCE_PAREN, s);
  const cited = all.filter((m) => citesSource(s, m) || citedName(m, isPlace));
  const list = cited.some((m) => closesFigure(s, m.index));
  const listed = list ? all.filter((m) => !cited.includes(m) && listedNote(s, m, isPlace)) : [];
  return [...cited, ...listed].map((m) => ({ at: m.index, text: m[1]!, scope: 'before' as const, basis: 'stated' as const }));
}

/** The raw phrases in a reporter's place, with where their construction starts; `isPlace`: a place the story named. */
function explicitPhrases(s: string, isPlace: (text: string) => boolean): Found[] {
  const found: Found[] = [];
  // A headline's "UNHCR: 40,000 fled Afrin", "Governor: Five people injured in Kherson": who speaks before the colon.
  const headline = /^\s*([^:]{2,60}):\s/.exec(s);
  if (headline && headlineSpeaker(s, headline[1]!)) found.push({ at: 0, text: headline[1]!, scope: 'all', basis: 'stated' });
  const credit = headlineCredit(s);
  if (credit) found.push({ at: credit.at, text: credit.text, scope: 'all', basis: 'stated' });
  const hidden = hideAbbreviationDots(s);
  const stated = (m: RegExpExecArray, scope: Scope): Found => ({ at: m.index, text: m[1]!, scope, basis: 'stated' });
  if (s.includes('(')) found.push(...bracketNotes(hidden, isPlace));
  found.push(...teamWork(hidden));
  if (!ANY_CUE.test(s)) return found;
  const plain = maskParentheticals(hidden);
  for (const m of allMatches(ACCORDING, hidden)) {
    // "according to the Protection and Return Monitoring Network (PRMN)": the acronym holds the name across its "and".
    const held = acronymNameAt(hidden, m.index + m[0].length);
    const f = { ...stated(m, accordingScope(hidden, m.index)), text: held ? hidden.slice(held.start, held.end) : nameGoesOn(hidden, m) };
    if (f.scope === 'after' && !held && !NAME_CLOSED.test(hidden.slice(m.index + m[0].length))) f.text = nameBeforeFigure(f.text);
    // "A military source said 7 were killed, according to SANA.": an outlet closing the sentence carried all of it.
    if (f.scope === 'before' && closesSentence(hidden, m) && isOutlet(f.text)) f.scope = 'all';
    found.push(f);
    // "according to local sources and the SOHR": a second source joined by "and", up to the clause's end.
    const second = secondSource(hidden.slice(held ? held.end : m.index + m[0].length));
    // "according to the Office for Refugees and Returnees": the second part is the first's complement, one name.
    // "according to military and medical sources": one head the two modifiers share.
    const one = second && (oneBodyName(f.text, second) || sharedHead(f.text, second, DETERMINED.test(f.text)));
    if (second && !held && one) f.text = `${f.text} and ${second}`;
    else if (second) found.push({ ...f, at: f.at + 1, text: second, scope: 'companion' });
  }
  // A note in brackets ("(per SOHR)", "(Iraqi claim)") reaches back no further than the bracket closed before it.
  const noteReach = (at: number) => hidden.lastIndexOf(')', at) + 1;
  for (const m of allMatches(PER, hidden)) {
    // "Western estimate: 5,000 killed, Per Russia:, 1,834 killed": "per" before a colon labels the figures after it,
    // an infobox's claim label as "Russian claim:" is.
    if (LABEL_COLON.test(hidden.slice(m.index + m[0].length))) {
      found.push({ ...stated(m, 'after'), note: true });
      continue;
    }
    const inBrackets = /\(\s*$/.test(hidden.slice(0, m.index));
    found.push({ ...stated(m, accordingScope(hidden, m.index)), ...(inBrackets ? { reach: noteReach(m.index) } : {}) });
  }
  for (const m of allMatches(CLAIM_PAREN, hidden)) found.push({ ...stated(m, 'before'), text: claimantName(m[1]!), reach: noteReach(m.index), note: true });
  for (const m of allMatches(CLAIM_PAREN_BODY, hidden)) {
    if (isBodyWord(m[1]!)) found.push({ ...stated(m, 'before'), text: bodyWord(m[1]!), reach: noteReach(m.index), note: true });
  }
  for (const m of allMatches(CLAIM_LABEL, hidden)) if (labelWords(m[1]!)) found.push({ ...stated(m, 'after'), text: claimantName(m[1]!), note: true });
  for (const m of allMatches(CITING, hidden)) found.push(stated(m, 'companion'));
  for (const m of allMatches(SOURCE_NOTE, hidden)) {
    found.push(stated(m, 'before'));
    for (const next of noteNextNames(hidden, m.index + m[0].length)) found.push({ ...next, scope: 'before', basis: 'stated' });
  }
  for (const m of allMatches(FROM_SOURCE, hidden)) found.push({ ...stated(m, 'all'), text: authorThroughAnd(hidden, m, beforeTime(m[1]!)) });
  for (const m of allMatches(IN_STATEMENT, hidden)) found.push(stated(m, 'all'));
  for (const m of allMatches(DATED_DOCUMENT_BY, hidden)) if (isTimePhrase(m[1]!)) found.push({ ...stated(m, 'all'), text: authorThroughAnd(hidden, m, beforeTime(m[2]!)) });
  for (const m of allMatches(WITH_REPORTING, hidden)) found.push({ ...stated(m, 'all'), basis: verbBasis(m[2]!) });
  for (const m of allMatches(CLAUSE_THEN_REPORTING, hidden)) {
    if (usable(m[1]!)) found.push({ at: m.index + m[0].length - m[2]!.length, text: m[1]!, scope: 'after', basis: verbBasis(m[2]!) });
  }
  // Only where the participle says a figure: "condemned the strike, saying the city would rebuild" quotes no count.
  for (const m of allMatches(STANCE_THEN_SAYING, hidden)) {
    const said = hidden.slice(m.index + m[0].length).split(/[;.](?:\s|$)/)[0]!;
    if (usable(m[1]!) && findQuantities(said).length) found.push({ at: m.index + m[0].length - m[2]!.length, text: m[1]!, scope: 'after', basis: verbBasis(m[2]!) });
  }
  // QUOTED_AS tries its lazy subject from every position: the sentences without the word skip it.
  if (/quoted/i.test(plain)) for (const m of allMatches(QUOTED_AS, plain)) {
    const at = m.index + m[0].length;
    found.push({ at, text: m[2]!, scope: 'after', basis: 'quoted' }, { at: at + 1, text: lastWords(m[1]!), scope: 'companion', basis: 'quoted' });
  }
  // "Syria's toll" is the country's dead, "the Observatory's toll" the monitor's count.
  if (DATA_NOUN.test(plain)) for (const m of allMatches(OWN_DATA, plain)) if (!m[2] || entryOf(m[1]!) || ANAPHORIC.has(foldName(m[1]!))) found.push(stated(m, 'all'));
  // "by the end of the month the UN's count": a second "the" is another phrase, not a holder's name.
  for (const m of allMatches(BY_OWN_DOCUMENT, plain)) if (!/\bthe\b/i.test(m[1]!.replace(/^the\s+/i, ''))) found.push(stated(m, 'all'));
  if (/\b(?:tally|count)\b/.test(plain)) for (const m of allMatches(SOURCE_TALLY, plain)) found.push(stated(m, 'all'));
  // "displacements recorded by the Cluster": the agent of a reporting verb is its subject.
  for (const m of allMatches(BY_AGENT, plain)) {
    if (!describesSource(plain.slice(0, m.index))) found.push({ ...stated(m, 'all'), text: authorThroughAnd(plain, m, beforeTime(m[1]!)), basis: 'subject_of_reporting_verb' });
  }
  // "283 militants were reported killed during the offensive by the SOHR, while ...": a known source as the agent of
  // "reported killed" covers its own clause; "reported killed by air strikes" names the killers, no source.
  for (const m of allMatches(REPORTED_STATE_BY, plain)) if (countingSource(m[1]!)) found.push({ ...stated(m, 'before'), at: m.index + m[0].length, basis: 'subject_of_reporting_verb' });
  for (const m of allMatches(SAY_RE, plain)) {
    if (notSaying(plain, m.index, m[0])) continue;
    if (/^states$/i.test(m[0]) && divisionsNoun(plain.slice(0, m.index), plain.slice(m.index + m[0].length), isPlace)) continue;
    const whole = sayer(plain, m.index);
    // "300 fled and the UN said": the subject is the last conjunct when the whole is no reporter.
    const subject = whole && !usable(whole) ? whole.split(/\b(?:and|but|while|whereas|as)\s+/).pop()! : whole;
    // "Diyala recorded 37 killed": where the figures were counted, no reporter.
    if (subject && isCountingVerb(m[0]) && isPlaceSubject(subject, plain.slice(0, m.index), isPlace)) continue;
    if (subject && usable(subject)) {
      found.push({ at: m.index, text: subject, scope: sayScope(plain, m.index + m[0].length), basis: verbBasis(m[0]) });
      const medium = toldMedium(plain, m) ?? contactMedium(subject);
      if (medium) found.push({ at: m.index + 1, text: medium, scope: 'companion', basis: 'quoted' });
    }
    else {
      // "an officer involved in burying the dead told AFP that 97 ...": the speaker is no well-formed reporter, but
      // the medium that was told is, and the figures after it are its, not those of a speaker earlier in the sentence.
      const medium = toldMedium(plain, m);
      if (medium) found.push({ at: m.index, text: medium, scope: sayScope(plain, m.index + m[0].length), basis: 'quoted' });
      const inverted = invertedSubject(plain.slice(m.index + m[0].length));
      // "..., say aid groups working in X": the plural present inverts as "says" does.
      if (inverted && /[,"”]\s*$/.test(plain.slice(0, m.index)) && /^(?:said|says|say(?!\w)|told|added|reported)/.test(m[0])) {
        found.push({ at: m.index, text: inverted, scope: 'before', basis: 'quoted' });
      }
    }
  }
  return found;
}

/** An outlet: a registry source of the media, or a source named as a news medium ("the state news agency SANA"). */
const OUTLET_NOUN = new RegExp(String.raw`\b(?:${wordsPattern('outlet_noun')})\b`, 'i');
const OUTLET_WORD = new RegExp(String.raw`^(?:${wordsPattern('outlet_noun')})$`, 'i');
function isOutlet(phrase: string): boolean {
  const hit = sourceMentions(tidy(phrase)).pop();
  return !!hit && (entryOf(hit.text)?.type === 'media' || OUTLET_NOUN.test(phrase));
}

/** Whether a match ends its sentence (its full stop or closing quotation mark aside). */
function closesSentence(s: string, m: RegExpExecArray): boolean {
  return /^\s*[.!?"”’)]*\s*$/.test(s.slice(m.index + m[0].length));
}

/** The subject before "quoted": the words after the last clause boundary ("Troops advanced and SANA quoted ..."). */
function lastWords(s: string): string {
  return s.split(/\b(?:and|but|while|as|that)\s+/).pop()!;
}

/** The reporter after "and" that ends a clause ("... and the SOHR."), null when "and" starts anything else. */
function secondSource(after: string): string | null {
  const m = /^\s+and\s+([^,.;:"“”()]+?)(?=\s*(?:[,.;:"“”()]|$))/.exec(after);
  return m && reporterPhrase(m[1]!) ? m[1]! : null;
}

/** "on" inside a name: "the Commission on Population Movements", "the Committee on Missing Persons", not "on Sunday". */
const NAME_ON = /^\s+on\s+((?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)/u;
/** A weekday's or a month's name (the date lexicon's), case kept: "on Sunday" ends a name, "on Missing Persons" does not. */
const DATE_WORD = new RegExp(`^(?:${[...weekdayNames(), ...monthNames()].join('|')})$`);

/** A comma right after the name closes it; a digit group's comma ("80,000") is inside the clause's figure. */
const NAME_CLOSED = /^\s*,(?!\d)/;
/**
 * An opening "According to X" with no comma after the name runs on into its clause: "According to UN estimates more
 * than 3,500 people were killed", "According to the health ministry 45 people died". No source's name holds a count,
 * so the name ends where the clause's first figure (its hedge included) starts. A name a comma closes is left whole.
 */
function nameBeforeFigure(name: string): string {
  const first = findQuantities(name)[0];
  const cut = first ? name.slice(0, first.start).trim() : '';
  return cut && /\p{L}/u.test(cut) ? cut : name;
}

/** The phrase a match captured, run on through "on" when it is a name that goes on with capitalised words. */
function nameGoesOn(s: string, m: RegExpExecArray): string {
  const rest = NAME_ON.exec(s.slice(m.index + m[0].length));
  if (!rest || !/\p{Lu}[\p{L}-]*$/u.test(m[1]!) || rest[1]!.split(/\s+/).some((w) => DATE_WORD.test(w))) return m[1]!;
  return `${m[1]!}${rest[0]}`;
}

/** A capitalised word or a particle of a name; a particle is a whole word: "say UN agencies" is "UN", not "UN a". */
const NAME_PART = String.raw`(?:[\p{Lu}][\p{L}.\-’'\u2024]*|(?:al|a|bin|the|of|for)(?!\p{L}))`;
const INVERTED_NAME = new RegExp(String.raw`^\s+(${NAME_PART}(?:\s+${NAME_PART})*)`, 'u');
/**
 * The subject after an inverted saying verb (", said the Observatory", ", reported the state-run news agency SANA"):
 * a name (capitalised words), else the words up to the clause's end when they are a well-formed reporter.
 */
function invertedSubject(after: string): string | null {
  const name = INVERTED_NAME.exec(after)?.[1];
  // A name ending the sentence leaves its full stop ("U.N." keeps its dots: they are hidden here).
  if (name && usable(name.replace(/\.$/, ''))) return name.replace(/\.$/, '');
  // "say aid groups working in Darfur", "said officials in Kherson": the reporter ends before what places it.
  const phrase = /^\s+([^,.;:"“”()]+?)\s*(?:[,.;:"“”()]|\s(?:working|operating|based|in|inside)\s|$)/u.exec(after)?.[1];
  return phrase && reporterPhrase(phrase) ? phrase : name ?? null;
}

/** A report line's label of a territory or an area: "On territory controlled by ...", "In areas held by ...". */
const PLACE_LABEL = /^(?:on|in|within|across|inside|outside|throughout)\s/i;

/** Nouns that name a kind of reporter ("officials", "monitor"): a headline may credit one after a colon. */
const REPORTER_NOUN = new Set([...REPORTING.role, ...REPORTING.body].map((w) => w.toLowerCase()));

/**
 * The words before a headline's colon name its speaker: a registry source ("UNHCR: 40,000 fled Afrin"; a country
 * there is a topic), or a reporter noun when a figure follows the colon ("Governor: Five people injured in Kherson",
 * "Army: 30 militants killed near Kidal"). "Sudan war: RSF enters Wad Madani" names no one.
 */
function headlineSpeaker(s: string, before: string): boolean {
  const name = tidy(before).replace(/^the\s+/i, '');
  // "On territory controlled by armed groups: 956 casualties": a label that opens with a preposition says where.
  if (PLACE_LABEL.test(name)) return false;
  if (entryOf(name)) return true;
  const head = name.split(' ').pop()!.toLowerCase();
  if (!REPORTER_NOUN.has(head) || !reporterPhrase(name)) return false;
  const after = s.slice(s.indexOf(':') + 1);
  // "Women: 110", "Residents: 3,000 people": a table's row, its label the persons counted, says nothing.
  if (BARE_ROW.test(after)) return false;
  return findQuantities(after).some((q) => q.value !== null && !q.vague_word);
}

/** What follows a table row's colon: one figure, at most a noun of persons after it. */
const BARE_ROW = /^\s*[\d,.]+\s*(?:persons|people|individuals)?\s*\.?\s*$/;

/**
 * A headline that credits its figure after a colon, without a full stop: "Over 5,000 flee Sake in a day: UN",
 * "Death toll in Kherson rises to 12: officials", "Two SDF fighters killed in Turkish drone strike: SDF". The credit is a registry source or ends in a reporter noun; the
 * words before the colon hold a figure ("Sudan war: RSF enters Wad Madani" credits no one). Wire desks and UN news
 * pages put the credit after a spaced dash instead ("… in Nikopol - governor", "… – health ministry"): the same credit.
 * The last mark is the one read, so a credit with a hyphen of its own ("Houthi-run ministry") stays whole.
 */
const HEADLINE_CREDIT = /^(.{4,})(?::|\s[-–—])\s+([^:.!?]{2,50}?)\s*$/u;
function headlineCredit(s: string): { at: number; text: string } | null {
  const m = HEADLINE_CREDIT.exec(s.trim());
  // The figure may be written in words: "Two soldiers killed in drone strike: army".
  if (!m || !findQuantities(m[1]!).some((q) => q.value !== null && !q.vague_word)) return null;
  const text = tidy(m[2]!);
  const head = text.split(' ').pop()!.toLowerCase();
  if (!entryOf(text) && !(REPORTER_NOUN.has(head) && reporterPhrase(text))) return null;
  return { at: s.indexOf(m[2]!), text };
}

/**
 * "a military source told SANA", "an official told Reuters": the outlet a source spoke to carries the figure too; a
 * registry source (an outlet, an agency) right after "told" is the second reporter ("told residents" is no outlet).
 */
function toldMedium(s: string, verb: RegExpExecArray): string | null {
  if (!/^t(?:old|ells)$/i.test(verb[0])) return null;
  const after = s.slice(verb.index + verb[0].length);
  return namedOutlet(after) ?? openingSource(after);
}

/**
 * "told Sheba Online that", "told Rudaw TV": capitalised words ending in a word for a news medium (attribution-words.csv,
 * outlet_noun) name an outlet the registry may not hold; its name, else null.
 */
const NAMED_OUTLET = /^\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}(\p{Lu}[\p{L}]*))(?=\s+that\b|\s*[,.;:]|\s*$)/u;
function namedOutlet(after: string): string | null {
  const m = NAMED_OUTLET.exec(after);
  return m && OUTLET_WORD.test(m[2]!) ? m[1]! : null;
}

/** The registry source a phrase opens with ("Reuters that ...", "the AFP news agency"), null when none. */
function openingSource(after: string): string | null {
  const hit = sourceMentions(after)[0];
  if (!hit || !/^\s*(?:the\s+)?$/i.test(after.slice(0, hit.start))) return null;
  return entryOf(hit.text) ? hit.text : null;
}

/** "Villagers contacted by Reuters said", "officials speaking to AFP": the outlet that reached the speaker is told. */
const CONTACT_BY = new RegExp(String.raw`\s(?:${REPORTING.contact.join('|')})\s+(?:by|to)\s+(.+)$`, 'i');
function contactMedium(subject: string): string | null {
  const m = CONTACT_BY.exec(subject);
  return m ? openingSource(m[1]!) : null;
}

/**
 * A parenthesis cites a source when it holds a registry name (and at most a date after it), or an agency's acronym
 * closing the sentence (below); and is not the acronym of the name just before it ("Camp Coordination and Camp
 * Management (CCCM) Cluster").
 */
function citesSource(s: string, m: RegExpExecArray): boolean {
  if (m[2] && !/\d/.test(m[2])) return false;
  if (!entryOf(tidy(m[1]!)) && !closingAcronym(s, m) && !closingBody(s, m)) return false;
  if (acronymNameAt(s, m.index)) return false;
  const initials = (s.slice(0, m.index).match(/(?:\p{Lu}[\p{L}-]*\s+(?:(?:and|of|for|the|on)\s+)*)+$/u)?.[0] ?? '')
    .split(/\s+/)
    .filter((w) => startsCapital(w))
    .map((w) => w[0])
    .join('');
  const acronym = m[1]!.replace(/[^\p{Lu}]/gu, '');
  return !(acronym.length > 1 && initials.endsWith(acronym));
}

/**
 * "2,169 people killed since 8 October (MoPH).", "186,400 people in collective shelters (DRM).": a report's figure
 * line closed by a bracketed acronym credits the body that counted, known to the registry or not. Not an armed
 * group's name (a perpetrator, "(JNIM)"), nor a plural ("(IDPs)", "(HHs)"), which names what was counted.
 */
const AGENCY_ACRONYM = /^(?=(?:\p{L}*\p{Lu}){2})\p{Lu}\p{L}{2,7}$/u;
function closingAcronym(s: string, m: RegExpExecArray): boolean {
  const text = m[1]!.trim();
  // "(STC 08/02/2024)", "(UNSC 21/02/2024; OCHA 13/02/2024)": a numeric date right after the acronym marks a citation;
  // so does a key figure's note closing on a date in words, "(DTM; March 2024)".
  const cited = m[2] !== undefined && (NUMERIC_CITED_DATE.test(m[2]) || WRITTEN_NOTE_DATE.test(m[2]));
  if ((m[2] && !cited) || !AGENCY_ACRONYM.test(text) || /\p{Lu}s$/u.test(text) || hasActorAlias(text)) return false;
  if (!/^\s*[.;]?\s*$/.test(s.slice(m.index + m[0].length))) return false;
  return !shortFormOf(s.slice(0, m.index), text.toLowerCase());
}

/**
 * "(Jeune Afrique 14/09/2024)": a briefing note's citation, a name and a space before a date in figures, credits the
 * name though the registry does not know it; "(Kaya, 12/09/2024)" with its comma, or a place's name, cites no one.
 */
function citedName(m: RegExpExecArray, isPlace: (text: string) => boolean): boolean {
  const name = m[1]!.trim();
  if (m[2] === undefined || !NUMERIC_CITED_DATE.test(m[2]) || /[,;]\s*$/.test(m[0].slice(0, m[0].indexOf(m[2])))) return false;
  return CITED_NAME.test(name) && !hasActorAlias(name) && !isPlace(name);
}

/** The heads of a coordination body's name a closing bracket credits (reporting.csv kind `credit`). */
const CREDIT_HEADS = new Set(REPORTING.credit.map((w) => w.toLowerCase()));
/** A name of capitalised words, small words inside ("Site Management Cluster", "Ministry of Health", "Shelter/NFI Sector"). */
const BODY_NAME = /^\p{Lu}[\p{L}/-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}/-]*){1,5}$/u;

/**
 * "About 30 people were killed in Debre Tabor on 28 May (Health Cluster).", "... displaced about 190,000 people (Site
 * Management Cluster).": a report's line closed by a bracket naming a coordination body credits it, registry name or
 * not; a name of a body headed by a credit noun, and no armed party's ("(Fano militias)" names the perpetrator).
 * "(IOM DTM)": a registry source and the acronym of one of its tools credits that source.
 */
function closingBody(s: string, m: RegExpExecArray): boolean {
  const text = tidy(m[1]!);
  if (m[2] !== undefined || !/^\s*[.;]?\s*$/.test(s.slice(m.index + m[0].length))) return false;
  const [first, ...rest] = text.split(' ');
  if (rest.length === 1 && entryOf(first!) && AGENCY_ACRONYM.test(rest[0]!)) return true;
  if (!BODY_NAME.test(text) || hasActorAlias(text)) return false;
  return text.split(/\s+/).some((w) => startsCapital(w) && CREDIT_HEADS.has(w.toLowerCase()));
}

/**
 * "unexploded ordnance (UXO)", "explosive remnants of war (ERW)": the acronym is the short form of the words just
 * before it, whatever their case, when those words open with its first letter and hold its letters in order.
 */
function shortFormOf(before: string, acronym: string): boolean {
  const words = (before.match(/[\p{L}\d-]+/gu) ?? []).slice(-(acronym.length + 1)).map((w) => w.toLowerCase());
  for (let k = 1; k <= words.length; k++) {
    const phrase = words.slice(-k).join(' ');
    if (phrase[0] !== acronym[0]) continue;
    let at = 0;
    for (const ch of acronym) at = at < 0 ? at : phrase.indexOf(ch, at) + 1 || -1;
    if (at > 0) return true;
  }
  return false;
}

/** An appositive right before a participle: ", a crisis monitoring group", ", a monitor often". */
const APPOSED = /,\s+(?:a|an)\s+((?:[\p{L}-]+\s+){1,5})$/u;
const SOURCE_NOUNS = new Set([...REPORTING.body, ...REPORTING.anaphor].map((w) => w.toLowerCase()));
/**
 * "according to ACLED, a monitoring group cited by the UN": the participle's agent describes the source (who cites or
 * quotes it), not the figure, so the UN reported nothing here. True when the words before the participle are such an
 * appositive, one of its words a noun of a source (reporting.csv body and anaphor); "a figure cited by" is no source.
 */
function describesSource(before: string): boolean {
  const words = APPOSED.exec(before)?.[1]?.trim().split(/\s+/) ?? [];
  return words.some((w) => SOURCE_NOUNS.has(w.toLowerCase()));
}

/** "X tracked", "X estimates": the subject of a reporting verb; "X said", "X told": quoted. */
function verbBasis(verb: string): ReporterBasis {
  return isCountingVerb(verb) ? 'subject_of_reporting_verb' : 'quoted';
}

/**
 * A subject worth reading: a name or role, or a pronoun or document that stands for one ("a statement from X"), or a
 * reporter joined to a kind of reports ("residents and press reports").
 */
const usable = keptAnswers(
  (subject: string): boolean =>
    isPronoun(tidy(subject)) || isDocument(subject) || reporterPhrase(subject) !== null || documentOwner(subject) !== null || documentHolder(subject) !== null ||
    withReports(subject).length > 0,
);

interface Resolved {
  names: string[];
  basis: ReporterBasis;
}

/**
 * One raw phrase to the reporters it names: itself when well formed (with the construction's basis), or what a
 * back-reference stands for (carried; the document's own author when "the report" is this one). `earlier`: the
 * reporters of the sentence's attribution before this one.
 */
function resolved(f: Found, s: string, memory: SourceMemory, earlier: string[] = []): Resolved {
  const raw = tidy(f.text);
  const carried = (r: string | null, basis: ReporterBasis = 'carried'): Resolved => ({ names: r ? [r] : [], basis });
  // "said Ali Hamoud, a teacher at a school that he said houses 400 families": the pronoun is the one quoted just
  // before in the same sentence, not a source of an earlier sentence.
  if (isPronoun(raw) && earlier.length) return { names: [earlier[earlier.length - 1]!], basis: f.basis };
  // "We recorded 6,000 displaced" in a report: its own author (in a news story the "we" is a quotation's speaker's).
  if (/^we$/i.test(raw) && memory.author && !memory.relays()) return carried(memory.author, 'document_author');
  if (isPronoun(raw)) return carried(memory.recent(raw));
  const owner = documentOwner(f.text);
  if (owner) return { names: [memory.issuer(owner)], basis: f.basis };
  // "the report of the network", "the mission's report": the document of the source "the network" stands for.
  const holder = documentHolder(f.text);
  if (holder) return carried(memory.resolve(holder, s.slice(0, f.at)));
  if (isDocument(f.text)) {
    const r = memory.documentOf(f.text);
    return carried(r, r && r === memory.author ? 'document_author' : 'carried');
  }
  const before = s.slice(0, f.at);
  const back = memory.resolve(raw, before) ?? memory.resolve(`the ${raw}`, before) ?? memory.modifiedReference(f.text, before);
  // "the monitor said", "the Cluster tracked": a back-reference names the source the way its construction does.
  if (back) return { names: [back], basis: f.basis };
  return { names: named(f, raw, s, memory), basis: f.basis };
}

/** The reporters a well-formed phrase names: "Witnesses and residents" are two; a spokesman speaks for an organisation. */
function named(f: Found, raw: string, s: string, memory: SourceMemory): string[] {
  const phrase = reporterPhrase(raw);
  if (!phrase) return withReports(raw);
  // "Witnesses and residents said", "an official and the Observatory reported": two reporters.
  const parts = conjuncts(phrase, s, DETERMINED.test(f.text));
  if (parts.length === 2 && parts.every((p) => reporterPhrase(p))) return parts.map((p) => headOf(reporterPhrase(p)!));
  const base = memory.fullName(headOf(phrase));
  // "Human Rights Activists in Iran": a member noun's name goes on through its place, cut where the phrase was found.
  // Found after a construction's start ("according to X") or before its verb ("X said").
  const after = s.indexOf(base, f.at);
  const end = after >= 0 ? after : s.lastIndexOf(base, f.at);
  const head = end < 0 ? base : nameWithPlace(base, s.slice(end + base.length));
  const defined = registryAcronym(head, s.slice(end < 0 ? f.at : end + head.length));
  if (defined) return [defined];
  // "UNHCR spokesperson Olga Sarrado said": a role of a named source speaks for it; the figure is the source's.
  const own = spokenFor(phrase);
  if (own) return [own];
  const org = sourceMentions(head).length ? null : organisationOf(s, f.at, phrase);
  return org ? [org, head] : [head];
}

/** An acronym in brackets right after a name: "(OCHA)", "(IOM)"; a place may stand between ("... in Sudan (OCHA)"). */
const BRACKETED_ACRONYM = /^(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s*\((\p{Lu}[\p{Lu}\p{Ll}-]{1,9})\)/u;
/**
 * "The United Nations Coordination for Humanitarian Affairs (OCHA) said", "The International Migration Organisation
 * (IOM)": a body's name as a translation or a regional outlet words it, which no registry holds (or which only begins
 * with one, "United Nations"), defined by an acronym the registry knows: the acronym's body, as the text itself says.
 */
function registryAcronym(name: string, after: string): string | null {
  const acronym = BRACKETED_ACRONYM.exec(after)?.[1];
  const entry = acronym ? entryOf(acronym) : undefined;
  if (!entry || !/^\p{Lu}+$/u.test(acronym!.replace(/-/g, ''))) return null;
  // A name the registry holds is read as written, whatever the acronym after it.
  return entryOf(name) ? null : acronym!;
}

/** "press reports", "media reports": a modifier in lower case and a document noun of reporting.csv in the plural. */
const KIND_OF_REPORTS = /^\p{Ll}[\p{L}-]*\s+(\p{Ll}+s)$/u;
/**
 * "local residents and press reports said": a reporter joined to a kind of reports (a vague source, which alone names
 * no one) gives both, the reports as written; anything else gives none.
 */
function withReports(raw: string): string[] {
  const parts = tidy(raw).split(/\s+and\s+/);
  if (parts.length !== 2) return [];
  const [who, reports] = KIND_OF_REPORTS.test(parts[1]!) ? [parts[0]!, parts[1]!] : [parts[1]!, parts[0]!];
  const kind = KIND_OF_REPORTS.exec(reports)?.[1];
  const person = reporterPhrase(who);
  return kind && isDocumentNoun(kind) && person ? [headOf(person), reports] : [];
}

/**
 * The two sides of an "and" joining reporters ("local sources and the SOHR"), none when the "and" is inside a registry
 * name ("Office for the Coordination of Humanitarian Affairs and ..." is never split through a name).
 */
function conjuncts(phrase: string, s: string, determined = false): string[] {
  const and = /\s+and\s+/.exec(phrase);
  if (!and) return [];
  if (sourceMentions(phrase).some((h) => h.start < and.index && h.end > and.index)) return [];
  // "the Ministry of Labour and Social Affairs (MoLSA) said": nor through a name its acronym holds.
  if (acronymNames(s).some((n) => phrase.startsWith(n.name))) return [];
  const parts = phrase.split(/\s+and\s+/);
  // "the Relief and Rehabilitation Commission": one name, when it goes on through "and" in capitals to a body noun.
  if (parts.length === 2 && sharedHead(parts[0]!, parts[1]!, determined)) return [];
  return parts.length === 2 && oneBodyName(parts[0]!, parts[1]!) ? [] : parts;
}

/**
 * "Medical and security sources", "military and local officials": one word before "and" that is no noun of a speaker
 * or a body and no source, then a modifier and a role noun, modify that one head: one reporter of a vague kind.
 */
function sharedHead(first: string, second: string, determined: boolean): boolean {
  const word = tidy(first);
  const rest = second.split(/\s+/);
  if (!/^\p{L}[\p{Ll}-]*$/u.test(word) || isRoleNoun(word) || (isBodyWord(word) && (determined || !bareModifier(first, word))) || entryOf(word)) return false;
  return rest.length === 2 && /^\p{Ll}/u.test(rest[0]!) && isRoleNoun(rest[1]!);
}

/** A phrase as written opens on a determiner: "the military and local officials" are two, the military one of them. */
const DETERMINED = /^[\s"“,]*(?:the|a|an|its|their)\s/i;
/**
 * "military and local officials", "government and UN sources": a singular body noun with no determiner before "and"
 * cannot stand alone as who speaks ("the military" would), so it modifies the role noun after the second conjunct.
 */
function bareModifier(first: string, word: string): boolean {
  return first.trim() === word && !/s$/i.test(word) && BODY_WORDS.has(word.toLowerCase());
}

/** Capitalised words, the last a body noun of reporting.csv: "Rehabilitation Commission", "Peace Committee". */
const CAPITALISED_WORDS = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*$/u;
/**
 * Whether "X and Y" is one body's name: X ends in a capitalised word and is no source, Y is capitals ending in a body
 * noun; or X is a capitalised body noun with its "of" or "for" complement ("Ministry of Labour", "Union of Mobile
 * Clinics") and Y capitals that are no source: "and" joins the complement's parts ("... and Social Affairs").
 */
/** The capitalised words a phrase ends with: "figures compiled by the Armed Conflict Location" gives the name's start. */
const CAPITAL_TAIL = /(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*$/u;
function oneBodyName(first: string, second: string): boolean {
  // "the Armed Conflict Location and Event Data": a registry name with "and" in it, also after the words of its
  // document ("figures compiled by the Armed Conflict Location and ...").
  const tail = CAPITAL_TAIL.exec(first)?.[0] ?? tidy(first).replace(/^the\s+/i, '');
  if (entryOf(`${tail} and ${tidy(second)}`)) return true;
  if (!/\p{Lu}[\p{L}-]*$/u.test(first) || entryOf(tidy(first).replace(/^the\s+/i, '')) || !CAPITALISED_WORDS.test(second)) return false;
  return isBodyWord(second.split(/\s+/).at(-1)!) || (bodyWithComplement(first) && !entryOf(second));
}

/** "the Ministry of Labour", "Office for the Coordination of Humanitarian": a capitalised body noun, then "of" or "for". */
const BODY_COMPLEMENT = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}-]*)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u;
function bodyWithComplement(phrase: string): boolean {
  const m = BODY_COMPLEMENT.exec(phrase);
  return !!m && isBodyWord(m[1]!);
}

/** What a counting verb is followed by when its subject did the counting: "that", "a total", "the deaths of", a figure. */
const COUNTED = /^\s+(?:that|a\s+total|the\s+(?:death|killing|displacement|arrival|deaths|killings))\b/i;

/** "verified two attacks", "recorded nearly 3,000 arrivals": a figure (numbers.ts's) right after the verb. */
function countFollows(after: string): boolean {
  if (COUNTED.test(after)) return true;
  const first = findQuantities(after.slice(0, 80))[0];
  return !!first && after.slice(0, first.start).trim() === '';
}

/**
 * "Kayin, Mon and Shan states account for ...", "Upper Nile and Unity (North) states": two names joined by "and" take
 * the plural verb ("state"), so "states" after them is the noun of the divisions they name, not a verb of saying.
 */
const NAME_WORDS = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*(?:\([^()]*\))?`;
const COORDINATED_NAMES = new RegExp(String.raw`${NAME_WORDS}\s+and\s+${NAME_WORDS}\s*$`, 'u');
/**
 * Only names of places (the story's or the packs' admin1): a body whose name holds "and" ("Armed Conflict Location
 * and Event Data Project states that", "Doctors and Nurses Union states 40 medics were killed") still states.
 */
function divisionsNoun(before: string, after: string, isPlace: (text: string) => boolean): boolean {
  const names = COORDINATED_NAMES.exec(before);
  if (!names || /^\s*(?:that\b|[:,"“])/.test(after)) return false;
  const last = names[0].replace(/\s*(?:\([^()]*\))?\s*$/, '').split(/\s+and\s+/).pop()!;
  return isPlace(last) || namesAdmin1(last);
}

/** A determiner right before the word ("that" is left out: it opens relative clauses, "the group that reported"). */
const DETERMINER_BEFORE = /(?:^|[^\p{L}'’])(?:the|a|an|this|these|those|its|their|his|her|our)\s+$/iu;
const COPULA_BEFORE = /\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\p{L}+ly\s+)?$/iu;
/** "an estimated 100", "claimed the lives of", "was reported": the word is not a verb of saying by a subject here. */
function notSaying(s: string, at: number, verb: string): boolean {
  const after = s.slice(at + verb.length);
  const before = s.slice(0, at);
  if (COPULA_BEFORE.test(before)) return true;
  if (adverbOpens(before)) return true;
  // "The reported bomb blast killed two", "their confirmed dead": after a determiner the participle describes the noun
  // that follows; a determiner alone is no subject.
  if (DETERMINER_BEFORE.test(before)) return true;
  // "First reports inform about 38 killed", "Initial reports suggest ...": after a lone adjective opening the clause,
  // "reports" is the noun it describes; nobody is its subject.
  if (/^reports$/i.test(verb) && adjectiveOpens(before)) return true;
  // "partners report that 300 arrived": the plain form is a verb only before what is reported.
  if (/^report$/i.test(verb)) return !/^\s+(?:that|at\s+least|more\s+than|over|nearly|some|about|around|\d)/i.test(after);
  // "estimated the number of displaced people at N": an estimate of a count is said by its subject.
  if (/^estimate/i.test(verb)) {
    const rest = pastOpeningTime(after);
    return !/^\s*(?:that\b|[,.;]|$)/i.test(rest) && !ESTIMATED_COUNT.test(rest);
  }
  // "Strike claims nearly 300 lives", as a headline writes it: the death idiom, with the count before "lives".
  if (/^claim/i.test(verb)) return /^\s+(?:the\s+lives|(?:(?!that\b)[\p{L}\d,.\-]+\s+){0,3}lives|responsibility|control|victory)\b/iu.test(after);
  if (/^(?:count|record|document|note|track|verif|regist|monitor)/i.test(verb)) return !countFollows(after);
  if (/^(?:issued|released|published)$/i.test(verb)) return !/^\s+(?:a|an|its|their|the)\s+(?:[\p{L}-]+\s+)?(?:statement|report|update|bulletin|figures|data|toll)\b/iu.test(after);
  return false;
}

/**
 * "Overall reported fatalities rose to 1,068", "Officially recorded deaths reached 900": after a lone adverb opening
 * the clause, the participle describes the noun after it; nobody is its subject (wink tags the adverb).
 */
function adverbOpens(before: string): boolean {
  const lone = LONE_OPENER.exec(before);
  return !!lone && isAdverb(lone[1]!) && !APPOSED_SUBJECT.test(before);
}

// "The Sudanese Doctors Network, a rights group, also reported": the adverb follows an apposition's closing comma,
// so the clause opened with the subject before it, and the verb is the subject's.
const APPOSED_SUBJECT = /^[^,;:()]{2,80},[^,;:()]{2,60},\s*\p{L}+\s+$/u;

function adjectiveOpens(before: string): boolean {
  const lone = LONE_OPENER.exec(before);
  return !!lone && isAdjective(lone[1]!.toLowerCase());
}

/** Whether wink tags a word alone, lower-cased, as an adjective ("first", "initial", "local"; not "reuters"). */
const isAdjective = keptAnswers((word: string) => tokenize(word)[0]?.pos === 'ADJ');

/** Whether wink tags a word alone as an adverb: the same few words open clauses before a verb of saying. */
const isAdverb = keptAnswers((word: string) => tokenize(word)[0]?.pos === 'ADV');

/**
 * What follows a time phrase right after a verb: "estimated on Sunday that ...", "estimated at the end of 2023 that
 * ...". An estimate's date may stand between the verb and what it states; the text is unchanged without one.
 */
function pastOpeningTime(after: string): string {
  const lead = after.length - after.trimStart().length;
  const time = findTimes(after.slice(lead, lead + OPENING_TIME_CHARS))[0];
  return time && time.start === 0 ? after.slice(lead + time.end) : after;
}
const OPENING_TIME_CHARS = 60;

/** What an estimate that states a count sets: "estimated the number of ...", "estimated the death toll at". */
const ESTIMATED_COUNT = /^\s+(?:the|their|its)\s+(?:total\s+|overall\s+)?(?:number|death\s+toll|toll|tally)\b/i;

/** A relative clause after a role: "A witness who lives in Gao", "another source that saw the strike". */
const ROLE_RELATIVE = /\s+(?:who|that)\s.*$/s;

/** "A task force set up by X", "a committee formed by the governor": a body and the participle naming who made it. */
const AGENT_RELATIVE = new RegExp(String.raw`^\s*((?:[Tt]he|[Aa]n?)\s+[^,]*?\p{L})\s+(?:${wordsPattern('maker_participle')}|\p{Ll}+ed)\s+by\s`, 'u');
/** "..., to manage the conflict": a purpose clause after the subject's modifiers, before the verb it leaves to them. */
const PURPOSE = /^\s*(?:in\s+order\s+)?to\s+\p{Ll}+/u;

/**
 * The body a reduced relative describes is the speaker: "A task force set up by Mr Abiy to manage the conflict said"
 * is the task force, not the prime minister or the purpose; the relative may run over an apposition and a purpose
 * clause between commas ("set up by Mr Abiy, Africa's youngest leader, to manage the conflict, said"). Null when
 * the subject has no such relative.
 */
function agentRelativeHead(seg: string, segments: string[]): string | null {
  const own = AGENT_RELATIVE.exec(seg);
  if (own) return own[1]!;
  if (!PURPOSE.test(seg)) return null;
  // The relative opened at most two commas back: an apposition of its agent may stand between.
  for (const earlier of segments.slice(-2).reverse()) {
    const m = AGENT_RELATIVE.exec(earlier);
    if (m) return m[1]!;
  }
  return null;
}

/** "reports say", "reports of", "reports by X indicate": "report" as a noun, told by what follows it. */
const REPORTS_GOVERN = String.raw`(?:show(?:s|ed)?|indicate[sd]?|suggest(?:s|ed)?|say|said)`;
const REPORTS_NOUN = new RegExp(
  String.raw`^reports?\s+(?:said|say|says|claimed|indicate[sd]?|suggest(?:s|ed)?|of|from|by\s+[^,;:]+?\s+${REPORTS_GOVERN})\b`,
  'i',
);

/** The subject of a saying verb: the words back to the previous boundary, skipping "X, who/which ..., says". */
function sayer(s: string, verbAt: number): string | null {
  const before = s.slice(0, subjectEnd(s, verbAt));
  // "media reports", "a report", "casualty reports by X": the noun, not the verb ("Al-Masdar News reported" is the verb).
  const after = s.slice(verbAt);
  // "Casualty reports by the ministry indicate ...": "by" its author, then the verb the reports govern.
  const noun = REPORTS_NOUN.test(after);
  if (/^reports?\b/.test(after) && (noun || /\b(?:recent|media|news|field|these|those|a|an|such|his|her|their|its)\s+$/.test(before))) return null;
  // A hyphen between spaces is a dash as typed in plain text: "NNA - The ministry said" opens with a dateline credit.
  // A comma inside a figure ("some 2,000 people") separates no clauses.
  // "Anadolu reported the ministry's spokesman said": a saying verb with no "that" ends the subject of the next one.
  const segments = before.split(/[;:—–"“”]|(?<!\d),|,(?!\d)|\s-\s|\bthat\s+(?=[\p{L}])|\b(?:reported|said)\s+(?=(?:the|a|an)\s)/u);
  let seg = segments.pop() ?? '';
  // "X, who heads the clinic, said": the subject is before the relative clause; "X, backed by Y, said": before the participle.
  // An adverb may stand after the closing comma: "The network, a rights group, also reported".
  if (!seg.replace(TRAILING_WORD, '').trim() && segments.length >= 2) {
    const middle = segments.pop()!.trim();
    seg = segments.pop()!;
    // "The regional governor, Oleh Syniehubov, said": a role and the person's name in apposition name the person.
    const apposed = `${seg.trim()} ${middle}`;
    // "The head of the regional administration, Oleh Syniehubov, said": too long to read whole, the person speaks.
    const person = /^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+$/u.test(middle);
    const whole = person ? reporterPhrase(apposed) : null;
    if (whole && headOf(whole) === middle) seg = apposed;
    // "A witness who lives in Gao, Moussa Traore, said": the role's relative clause says who the named person is.
    else if (person && (whole || reporterPhrase(seg) || reporterPhrase(seg.replace(ROLE_RELATIVE, ''))) && reporterPhrase(middle)) seg = middle;
    // "A local association, the Masisi Civil Society Committee, said": a kind of body and its name, the name speaks.
    else if (namesBody(seg, middle)) seg = middle;
    // "Col. Amadou Idrissa, the army's spokesman, said": the person, then in apposition the role held for a body, read
    // as "the army's spokesman Col. Amadou Idrissa", whose body speaks (as a role before the name does).
    else if (rolePersonApposed(seg, middle)) seg = `${middle} ${seg.trim()}`;
  } else if (relativeSayer(seg, after)) seg = relativeSayer(seg, after)!;
  else if (MODIFIER_CLAUSE_OPENING.test(seg) && segments.length) seg = segments.pop()!;
  seg = agentRelativeHead(seg, segments) ?? seg;
  const named = /^\s*(?:named|identified)\s+as\s+(.+)$/.exec(seg);
  // "In North Darfur the state health ministry recorded": a fronted phrase with no comma is no part of the subject.
  const own = withoutOpeningTime(named ? named[1]! : seg);
  return finish(own.slice(frontedEnd(own)));
}

/**
 * "the October 7 attack, which Israeli officials say killed 1,200 people", "the war, which the UN says has displaced
 * 12 million": a relative pronoun, then who says what the clause goes on to state. The words between are the
 * speaker when they are a reporter; "which is based in London" is no speaker but the clause of the subject before it.
 */
const RELATIVE_OPENING = /^\s*(?:which|that)\s+(.+)$/su;
/** A clause up to its first comma, semicolon or full stop; those inside a figure ("1,200", "2.5") are no ends. */
const OWN_CLAUSE = /^(?:[^,;.]|(?<=\d)[,.](?=\d))*/;
function relativeSayer(seg: string, after: string): string | null {
  const speaker = RELATIVE_OPENING.exec(seg)?.[1];
  if (!speaker || !reporterPhrase(tidy(speaker))) return null;
  // The relative clause says only what it holds: "the town, which the army said was retaken, after 12 were killed"
  // gives the army no figure. Its own clause must state a count for the speaker to be read.
  return findQuantities(OWN_CLAUSE.exec(after)![0]).some((q) => q.value !== null) ? speaker : null;
}

/**
 * Where a saying verb's subject ends: before a time phrase that stands between them, as trackers write it ("KNDF 11
 * Jan said", "the RSF same day claimed", "the army on Monday said"), or before the medium spoken to ("the police
 * chief in talks with Xinhua confirmed", "a doctor speaking to AFP said"); else at the verb.
 */
const TALKS_WITH = String.raw`in\s+(?:an?\s+)?(?:(?:phone|telephone)\s+)?(?:talks|interview|conversation)\s+with`;
const SPOKE_TO = new RegExp(String.raw`\s+(?:${TALKS_WITH}|speaking\s+to)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}$`, 'u');
function subjectEnd(s: string, verbAt: number): number {
  const end = s.slice(0, verbAt).trimEnd().length;
  if (!WORD_LAST.test(s.slice(0, end))) return verbAt;
  const spokeTo = SPOKE_TO.exec(s.slice(0, end));
  if (spokeTo && spokeTo.index > 0) return spokeTo.index;
  const time = findTimes(s).find((t) => t.end === end && t.start > 0 && !t.since);
  return time && /\p{L}/u.test(s.slice(0, time.start)) ? time.start : verbAt;
}

/**
 * "Also on Saturday Russian-installed authorities said", "Late Monday the ministry said": a time phrase (with a
 * connective) opening the clause without a comma dates the saying; the subject follows it.
 */
function withoutOpeningTime(seg: string): string {
  const time = findTimes(seg)[0];
  if (!time || !/^\s*(?:(?:also|and|but|meanwhile|then|later|earlier|separately)\s+)?(?:(?:late|early)\s+)?$/i.test(seg.slice(0, time.start))) return seg;
  const rest = seg.slice(time.end);
  return /^\s+\S/.test(rest) ? rest : seg;
}

/**
 * A person's name: two to four capitalised words, ranks or titles before it allowed ("Lt. Col. Rudi Hartono", their
 * dots hidden as U+2024 while the sentence is read).
 */
const PERSON_NAME = /^(?:\p{Lu}[\p{L}.\u2024'’-]*\s+){1,5}\p{Lu}[\p{L}'’-]+$/u;
/** A role in apposition, determined: "the army's spokesman", "the UNHCR spokeswoman". */
const APPOSED_ROLE = /^(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){1,5}?spokes(?:man|woman|person)$/iu;
/**
 * Whether `seg` is a person and `middle`, in apposition after it, the role the person holds for a registry body named
 * before the role ("the army's spokesman"); "a spokeswoman for the ministry" names no body the registry knows, and the
 * person stays the reporter.
 */
function rolePersonApposed(seg: string, middle: string): boolean {
  if (!PERSON_NAME.test(seg.trim()) || !APPOSED_ROLE.test(middle.trim())) return false;
  const phrase = reporterPhrase(`${middle} ${seg.trim()}`);
  return phrase !== null && spokenFor(phrase) !== null;
}

/** A kind of body in lower case ("a local association", "the rights group"), its head a body noun of reporting.csv. */
const BODY_KIND = /^\s*(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}+)\s*$/u;
/** A body's name: capitalised words, small words inside ("the Masisi Civil Society Committee", "Forum for Peace"). */
const BODY_NAME_APPOSED = /^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on)\s+)?\p{Lu}[\p{L}'’-]*){1,6}$/u;
/** Whether `middle`, in apposition after `seg`, is the name of the kind of body `seg` says it is. */
function namesBody(seg: string, middle: string): boolean {
  const kind = BODY_KIND.exec(seg)?.[1];
  return !!kind && isBodyWord(kind) && BODY_NAME_APPOSED.test(middle) && reporterPhrase(middle) !== null;
}

/** How many words a saying verb's subject may have. */
const SUBJECT_WORDS = 12;

/** An auxiliary or adverb left at a subject's end before its verb: "the ministry has", "the UN also". */
const TRAILING_WORDS = [
  'has|have|had', // auxiliaries
  'also|previously|earlier|later|recently|now|further|separately|first|meanwhile|however|then|again|subsequently',
  'initially|officially|itself|themselves',
];
const TRAILING_WORD = new RegExp(String.raw`\s+(?:${TRAILING_WORDS.join('|')})\s*$`, 'gi');

// "As reported earlier, ...", "As SANA reported, ...": the conjunction opens the clause and is no part of its subject.
const OPENING_AS = /^\s*as(?:\s+|$)/i;

function finish(seg: string): string | null {
  const text = seg.replace(TRAILING_WORD, '').replace(OPENING_AS, '').trim();
  if (!text) return null;
  if (text.split(/\s+/).length <= SUBJECT_WORDS) return text;
  // "Rebels said they had taken X as Kinshasa said": a second clause's subject follows its conjunction.
  const last = text.split(/\s(?:as|while|whereas|but|and)\s+/).pop()!.trim();
  if (last !== text && last.split(/\s+/).length <= SUBJECT_WORDS && reporterPhrase(last)) return last;
  // "Russian-installed officials in the town of X and in the Y region said": a role with the places it speaks for.
  return reporterPhrase(text) ? text : null;
}

/** The registry source a phrase opens with before a role ("UNHCR spokesperson X", "IOM's chief of mission X"). */
function spokenFor(phrase: string): string | null {
  const hit = sourceMentions(phrase)[0];
  if (!hit || hit.start > 0 || !entryOf(hit.text)) return null;
  const role = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?(?:spokes\w+|official|director|head|chief|representative|coordinator)\b/iu;
  return role.test(phrase.slice(hit.end)) ? hit.text : null;
}

/**
 * The organisation a role speaks for: the first source named in the sentence before the saying verb. Before the last
 * figure there, only a body opening its clause counts ("The Turkish Red Crescent is setting up a camp for 800
 * families, spokesman X said"): one after a preposition or "and" is in what the role reports, a party to the fighting
 * or a victim ("Clashes with army soldiers left 12 dead, an official said": the official is not the army's).
 */
function organisationOf(s: string, verbAt: number, phrase: string): string | null {
  if (!/\b(?:official|officials|spokes\w+|director|head|chief|representative|member|members|volunteer)\b/i.test(phrase)) return null;
  const before = s.slice(0, verbAt);
  const lastFigure = findQuantities(before).filter((q) => q.value !== null).at(-1)?.end ?? 0;
  const hit = sourceMentions(before).find((h) => h.start >= lastFigure || CLAUSE_OPENING.test(before.slice(0, h.start)));
  return hit ? hit.text : null;
}
/** Where a clause's subject starts: the sentence's start or a clause mark, a determiner at most before it. */
const CLAUSE_OPENING = /(?:^|[,;:]\s*)[\s"“]*(?:the\s+)?$/i;
