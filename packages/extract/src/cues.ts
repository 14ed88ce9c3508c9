/**
 * Verb and noun lexicons that say what a figure counts: killed, injured, displaced, stock of IDPs, returned,
 * captured, advanced. A cue is read either just before the figure (object position: "killed 14 people") or just
 * after it (subject position: "14 people were killed"). A noun's "of" complement ("the killing of N", "the influx of N")
 * is a row of data/frames.csv, read by frame-finder.ts.
 */
import type { Category } from '@frontline/schema';
import { modality } from './modality.ts';
import { wordsPattern } from './territory-words.ts';
import { tollCuePattern } from './toll-verbs.ts';
import { objectCuePattern } from './object-cues.ts';

export interface CueHit {
  category: Category;
  /** Offsets of the cue words in the sentence. */
  start: number;
  end: number;
  /** True for a running total worded in the cue ("the death toll has risen to"). */
  cumulative?: boolean;
  /** True when the cue is a relative clause ("who fled"): it belongs to the nearest noun phrase only. */
  relative?: boolean;
  /** True when the cue itself says its figure counts people ("forcing thousands to flee"), so it needs no noun. */
  persons?: boolean;
}

/** Auxiliaries and adverbs allowed between a subject figure and its verb. No modals: "could flee" is not a fact. */
// "are feared dead", "were presumed killed": a participle of belief is a hedge (certainty.ts), not the predicate.
// "were documented killed", "were verified injured": a monitor's participle of recording says who counted.
const AUX = String.raw`(?:(?:who|that|which|have|has|had|were|was|are|is|been|being|reportedly|reported|now|already|also|all|so\s+far|allegedly|later|since|subsequently|each|both|in\s+total|then|recently|newly|feared|presumed|confirmed|believed|documented|verified|recorded|registered|seriously|critically|severely|gravely|slightly|lightly|badly)\s+)*`;
// An abbreviation in brackets after the noun belongs to it: "three displaced persons (IDPs) were wounded".
// A share of a whole between commas belongs to it too: "1.7 million people, or 75 per cent of the population, are
// displaced", "212 people, or a third of the village's residents, were killed".
const SHARE_APPOSITION = String.raw`(?:,\s*or\s+[^,;()]{1,40}?\s+of\s+(?:the|its|their)\s+[^,;()]{1,40},)`;
const LEAD = String.raw`^(?:\s*\([^()]{1,25}\)|${SHARE_APPOSITION})?["”»]?[\s,—–\-]*`;
// A breakdown by a bare group between a subject counting people and its verb belongs to the subject too, with or
// without commas: "15 civilians including children were killed", "40 fighters, among them commanders, died" (a counted
// part, "including 3 children", is a figure of its own and shares the verb as a list does). No word of the aside may
// be a verb ("12 people including children fled and others were killed"), and a finite verb or a comma must close it:
// "home to 350,000 people, including people displaced from ..." is a participle modifying the aside's noun.
const ASIDE_WORD = String.raw`(?!(?:[a-z]+ed|fled|died|were|was|are|is|have|has|had|who|that|which)\b)[a-z\-]+`;
const ASIDE_CLOSE = String.raw`(?=\s*,|\s+(?:were|was|have|has|had|are|is|died|fled|perished|returned|went|came)\b)`;
const BARE_PARTS = String.raw`(?:\s*,?\s+(?:including|among\s+them)\s+(?:${ASIDE_WORD}\s+){0,3}?${ASIDE_WORD}${ASIDE_CLOSE}\s*,?)`;
const PEOPLE_LEAD = String.raw`^(?:\s*\([^()]{1,25}\)|${SHARE_APPOSITION}|${BARE_PARTS})?["”»]?[\s,—–\-]*`;

/**
 * People said to live without a roof are displaced: a verb of dwelling ("sleeping", "living", "sheltering",
 * "staying", "camping", or the phrasal "sleeping out") and a place that is no home ("in the open", "outdoors",
 * "rough", "in tents").
 */
const UNSHELTERED = String.raw`(?:sleeping|sleep|sleeps|living|live|lives|sheltering|staying|camping)(?:\s+out)?\s+(?:in\s+the\s+open|outdoors|rough|in\s+tents)\b`;

/**
 * "escaped", not "escaped with their lives", "escaped death" or "escaped alive": those survived, they did not flee;
 * nor "escaped with injuries" or "escaped wounded": fighters who got away hurt from a fight, not people uprooted.
 */
const ESCAPED = String.raw`escaped(?!\s+(?:with\s+(?:their|his|her)\s+lives?|with\s+(?:[a-z]+\s+)?(?:injuries|wounds)|death|injury|injuries|unhurt|alive|wounded|injured)\b)`;

/**
 * People on their way home are returning: a verb or phrase of going ("heading", "on the move", "in movement", "making
 * their way") with "back", or towards their places of origin or homes ("in movement toward their places of origin").
 */
const ON_THE_WAY = String.raw`(?:in\s+movement|on\s+the\s+move|on\s+(?:their|the)\s+way|heading|headed|making\s+(?:their|the)\s+way|moving)`;
const ORIGIN = String.raw`(?:(?:places?|areas?|locations?|cadasters?|communities|villages?|towns?|districts?)\s+of\s+origin|homes?\b)`;
const RETURNING = String.raw`${ON_THE_WAY}\s+(?:back\b|home\b|(?:to|towards?)\s+(?:their\s+)?${ORIGIN})`;

// The predicates of the cues after a count: a stock's "remain", the verbs of dying, of fleeing and of being forced out.
const REMAIN = String.raw`(?:are|remain|remains|remained|live\s+as|are\s+living\s+as)`;
// "4,000 people reportedly remain displaced", "still remain", "are believed to remain": a hedge or adverb before the
// stock's verb.
const BEFORE_REMAIN = String.raw`(?:(?:reportedly|still|now|currently|also)\s+|(?:(?:are|is|were)\s+)?(?:believed|estimated|reported|thought|said)\s+to\s+)*`;
const STOCK_ADVERB = String.raw`(?:(?:now|still|currently|protractedly|long-term)\s+)`;
const DIED = String.raw`(?:killed|died|perished|dead\b|executed|massacred|slain|murdered|slaughtered|martyred|lost\s+their\s+lives|shot\s+dead)`;
const FLED = String.raw`(?:fled|flee|flees|fleeing|(?:(?:internally|forcibly)\s+)?displaced|uprooted)`;
const FORCED_OUT = String.raw`forced\s+(?:to\s+(?:flee|leave|abandon)|out|from)`;
const HOMELESS = String.raw`(?:made\s+homeless|left\s+homeless|left\s+their\s+homes|abandoned\s+their\s+homes)`;

const POST: [Category, RegExp][] = [
  // "are / remain (still, currently) displaced" is a stock; "were displaced" is the event (the displaced cue below).
  // "remain protractedly displaced": an adverb of duration says the same stock, as "still" does.
  ['idps_stock', new RegExp(`${PEOPLE_LEAD}(?:who\\s+)?${BEFORE_REMAIN}${REMAIN}\\s+${STOCK_ADVERB}?(?:internally\\s+displaced|displaced|IDPs\\b)`, 'i')],
  ['killed', new RegExp(`${PEOPLE_LEAD}${AUX}(?:among\\s+(?:those|the\\s+people|the)\\s+)?${DIED}`, 'i')],
  // The death idiom with the count before "lives" as subject: "more than 28,000 lives have been lost in the conflict".
  ['killed', new RegExp(`${PEOPLE_LEAD}(?:(?:civilian|innocent|human)\\s+)?lives\\s+${AUX}lost\\b`, 'i')],
  ['injured', new RegExp(`${PEOPLE_LEAD}${AUX}(?:among\\s+(?:those|the\\s+people|the)\\s+)?(?:injured|wounded|hurt|maimed)`, 'i')],
  ['returned', new RegExp(`${PEOPLE_LEAD}${AUX}(?:returned|went\\s+back|gone\\s+back|come\\s+back|came\\s+back|${RETURNING})`, 'i')],
  [
    'displaced',
    // "412,300 people internally displaced since March": a report's bullet drops the auxiliary before the adverb;
    // "forcibly displaced" is the same flow in the words of rights and humanitarian reports.
    new RegExp(
      `${PEOPLE_LEAD}${AUX}(?:${FLED}|${ESCAPED}|evacuated|${FORCED_OUT}|${HOMELESS}|${UNSHELTERED})`,
      'i',
    ),
  ],
  ['captured', new RegExp(`${LEAD}${AUX}${wordsPattern('taken', 'fallen')}\\b`, 'i')],
];

/** The death idiom "X claimed / cost / took the lives of N", in any tense: N died, X caused it. */
const LIVES_OF = String.raw`(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|t(?:ook|aken|aking|akes?))\s+the\s+lives\s+of`;
/**
 * A figure set off after the toll ("the official death toll, 335, is", "the death toll, now 57, is expected to rise"),
 * but not after a partitive's "Of the (total) death toll, 700 were children": there the figure is a part, its group
 * after it (later-parts).
 */
const TOLL_SET_OFF = String.raw`(?<!\bof\s+(?:the\s+)?(?:[a-z]+\s+)?death\s+toll)\s*,(?:\s+(?:now|currently|so\s+far))?`;
/** "the death toll of 40", "a death toll that stood at 12": the toll's own figure; or one set off after it. */
const TOLL_OF = String.raw`death\s+toll(?:\s+(?:of|at|stands\s+at|stood\s+at)|${TOLL_SET_OFF})`;
/** "took (full) control of N villages": a verb of taking before "control" (data/object-cues.csv, `control`). */
const TOOK_CONTROL = String.raw`${objectCuePattern('captured', 'control')}\s+(?:full\s+)?control\s+(?:of|over)`;
/** "advanced deeper", "pushed north", "moved westwards": where an advance went, before its distance. */
const FARTHER = String.raw`(?:\s+(?:deeper|further|farther|forward|(?:north|south|east|west)(?:wards?)?))?`;
/** "advanced to within 5 km", "pushed another 10 km": the words before the distance. */
const BY_SOME = String.raw`(?:\s+(?:to\s+within|within|some|another|a\s+further))?`;

/**
 * "the IDP count now stands at 85,000", "the displacement total stood at 1.6 million": a noun for the count of the
 * displaced, then its value; the figure needs no noun of persons, the cue names them (a stock).
 */
const STOOD_AT = String.raw`(?:now\s+|currently\s+)?(?:stands|stood)\s+at`;
const STOCK_FIGURE_PRE = new RegExp(String.raw`\b(?:IDPs?|displaced|displacement)\s+(?:figure|total|count|caseload)\s+${STOOD_AT}\s*$`, 'i');
const PRE: [Category, RegExp, boolean?][] = [
  ['killed', new RegExp(String.raw`\b(?:death\s+)?toll\b[^.;]{0,60}?\b(?:has\s+|had\s+)?${tollCuePattern()}(?:\s+to)?\s*$`, 'i'), true],
  ['killed', /\b(?:total\s+(?:number\s+)?of\s+(?:people\s+)?killed\s+(?:to|at))\s*$/i, true],
  ['killed', new RegExp(String.raw`\b(?:${objectCuePattern('killed')}|${LIVES_OF}|${TOLL_OF})\s*$`, 'i')],
  // Headlines use the present: "Strike on Odesa kills 8, injures 20".
  ['injured', new RegExp(String.raw`\b${objectCuePattern('injured')}\s*$`, 'i')],
  // A toll's second figure shares its verb: "put the death toll at more than 30 and the injuries at some 100".
  ['injured', /(?<=\btoll\s+at\s+[^.;]{1,40}?\s)and\s+(?:the\s+)?(?:number\s+of\s+)?(?:injuries|injured|wounded)\s+at\s*$/i],
  ['displaced', new RegExp(String.raw`\b${objectCuePattern('displaced')}\s*$`, 'i')],
  ['idps_stock', new RegExp(String.raw`\b${objectCuePattern('idps_stock')}\s*$`, 'i')],
  ['returned', new RegExp(String.raw`\b${objectCuePattern('returned')}\s*$`, 'i')],
  ['captured', new RegExp(String.raw`\b(?:${objectCuePattern('captured')}|${TOOK_CONTROL})\s*$`, 'i')],
  ['advanced', new RegExp(String.raw`\b${objectCuePattern('advanced')}${FARTHER}${BY_SOME}\s*$`, 'i')],
];

/** Causing verbs with an infinitive of leaving: "driving 3,000 residents to leave". */
const FORCE_VERB = String.raw`\b(?:forc(?:ing|ed|es|e)|prompting|prompted|causing|caused|driving|drove|driven|pushing|pushed|compelling|compelled)`;
const FORCE_PRE = new RegExp(String.raw`${FORCE_VERB}\s*$`, 'i');
// "forced 2,400 families (14,000 people) to flee": the count restated in another unit, in brackets after the object,
// is the verb's object too.
const FORCE_PRE_RESTATED = new RegExp(String.raw`${FORCE_VERB}\s+[^()]{1,40}?\d[^()]{0,20}\(\s*$`, 'i');
// "forced 18,500 refugees to cross into Chad", "forced 900 families to seek refuge in the hills": leaving, said by
// where it goes; a bare "to cross" (a river, a line) is no flight. The object's count restated in brackets may come
// between.
const LEAVING = String.raw`to\s+(?:flee|leave|abandon|escape|evacuate|cross\s+(?:into|over\s+(?:to|into)|the\s+border)|seek\s+(?:refuge|shelter|safety))`;
const ABOUT = String.raw`(?:about|around|some|approximately|an\s+estimated|over|nearly|almost)`;
const RESTATEMENT = String.raw`\(\s*${ABOUT}?\s*[\d.,]+(?:\s+\p{L}+){1,2}\s*\)`;
// "forced 3,000 households, or about 15,000 people, to flee": the count restated between commas after "or".
const OR_RESTATEMENT = String.raw`,\s*or\s+${ABOUT}?\s*[\d.,]+(?:\s+\p{L}+){1,2}\s*,`;
// "forced 2,000 families in three districts to flee": where the object lives may come before the infinitive.
const LOCATED = String.raw`(?:\s+(?:in|across)\s+[^,.;()\d]{1,40}?)?`;
const FORCE_POST = new RegExp(String.raw`^(?:\s*(?:${RESTATEMENT}|${OR_RESTATEMENT}))?${LOCATED}\s*${LEAVING}`, 'iu');
const RESTATED_POST = new RegExp(String.raw`^\s*\)${LOCATED}\s*${LEAVING}`, 'i');
// The restated count itself: "forced 3,000 households, or about [15,000 people], to flee".
const FORCE_PRE_OR_RESTATED = new RegExp(String.raw`${FORCE_VERB}\s+[^();]{1,40}?\d[^();]{0,20}?,\s*or\s+(?:${ABOUT}\s+)?$`, 'i');
const OR_RESTATED_POST = new RegExp(String.raw`^\s*,${LOCATED}\s*${LEAVING}`, 'i');
const RETURN_POST = /^\s*to\s+return\b/i;
// The death idiom with the count before "lives": "clashes that claimed at least three lives", "cost 40 lives",
// "resulting in the loss of 46 civilian lives".
// The hedge a figure's phrase may open with after the verb ("claimed at least three lives", "left some 2,000 homeless").
const HEDGE = String.raw`at\s+least|some|about|around|nearly|almost|over|more\s+than|another`;
const LIVES_VERB = String.raw`claim(?:ed|ing|s)?|cost(?:ing|s)?|t(?:ook|aken|aking|akes?)|loss\s+of`;
const LIVES_PRE = new RegExp(String.raw`\b(?:${LIVES_VERB})(?:\s+(?:${HEDGE}|at\s+most))?\s*$`, 'i');
const LIVES_POST = /^\s*(?:more\s+|other\s+|civilian\s+|innocent\s+)?lives\b/i;
// The displacement idiom with the count between the verb and its complement: "the war has left two million people
// homeless", "floods of fighting that made 40,000 others homeless" (the passive "were left homeless" is a POST cue).
const HOMELESS_VERB = String.raw`left|leaving|leaves|made|making|makes|rendered|rendering`;
const HOMELESS_PRE = new RegExp(String.raw`\b(?:${HOMELESS_VERB})(?:\s+(?:${HEDGE}))?\s*$`, 'i');
const HOMELESS_POST = /^\s*homeless\b/i;

/**
 * "Killed: 7, wounded: 19": a cue word that a label mark and a figure follow is the next pair's label, not the
 * predicate of the figure before it.
 */
const NEXT_LABEL = /^\s*[:–—]\s*(?:at\s+least\s+|some\s+|about\s+)?\d/i;
/** Only a comma and the one word: "were killed: five in A and seven in B" is a predicate and its breakdown. */
const PAIR_GAP = /^\s*,\s*\p{L}+$/u;

/**
 * "12 people fleeing the town were killed", "200 people displaced by the floods died of cholera": a participle of
 * flight right after the noun phrase, with no auxiliary, modifies it (a reduced relative); the clause's own verb, a
 * death or an injury later in the same clause with no other figure between, says what the figure counts.
 */
const FLIGHT_PARTICIPLE = /^[\s,]*(?:fleeing|escaping|trying\s+to\s+flee|displaced|uprooted|evacuated)\b/i;
const PASSIVE_KILLED = String.raw`(?:were|was|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:killed|shot\s+dead)`;
const CLAUSE_VERB: [Category, RegExp][] = [
  ['killed', new RegExp(String.raw`^[^.;:\d]{1,90}?\s(?:${PASSIVE_KILLED}|died|drowned|perished)\b`, 'iu')],
  ['injured', /^[^.;:\d]{1,90}?\s(?:were|was|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:injured|wounded|hurt)\b/iu],
];

function casualtyAfterParticiple(rest: string, from: number): CueHit | null {
  if (!FLIGHT_PARTICIPLE.test(rest)) return null;
  for (const [category, re] of CLAUSE_VERB) {
    const m = re.exec(rest);
    if (m) return { category, start: from, end: from + m[0].length };
  }
  return null;
}

/** The cue right after a figure's noun phrase, if any. */
export function postCue(s: string, from: number): CueHit | null {
  const rest = s.slice(from);
  const casualty = casualtyAfterParticiple(rest, from);
  if (casualty) return casualty;
  for (const [category, re] of POST) {
    const m = re.exec(rest);
    if (!m || (PAIR_GAP.test(m[0]) && NEXT_LABEL.test(rest.slice(m[0].length)))) continue;
    const relative = /^[\s,—–\-]*(?:who|that|which)\b/i.test(rest);
    return { category, start: from, end: from + m[0].length, relative };
  }
  return null;
}

const REMAINING = /\s+the\s+(?:last\s+)?remaining\s+$/i;

/**
 * The cue right before a figure, if any; `after` is the text following the noun phrase (for "forcing N to flee"),
 * `figureAfter` the text right after the figure's number, where "lives" may head the noun phrase itself ("claimed at
 * least 17,000 lives and left two million homeless": the list's phrase ends after "lives").
 */
export function preCue(s: string, to: number, after: string, figureAfter = after): CueHit | null {
  // "took the remaining four villages", "killed the remaining three hostages": the verb's object is the figure.
  const before = s.slice(0, to).replace(REMAINING, ' ');
  if (FORCE_PRE.test(before) && FORCE_POST.test(after)) {
    const m = FORCE_PRE.exec(before)!;
    return { category: 'displaced', start: m.index, end: to, persons: true };
  }
  if (FORCE_PRE_RESTATED.test(before) && RESTATED_POST.test(after)) {
    return { category: 'displaced', start: FORCE_PRE_RESTATED.exec(before)!.index, end: to, persons: true };
  }
  if (FORCE_PRE_OR_RESTATED.test(before) && OR_RESTATED_POST.test(after)) {
    return { category: 'displaced', start: FORCE_PRE_OR_RESTATED.exec(before)!.index, end: to, persons: true };
  }
  if (LIVES_PRE.test(before) && (LIVES_POST.test(after) || LIVES_POST.test(figureAfter))) {
    return { category: 'killed', start: LIVES_PRE.exec(before)!.index, end: to };
  }
  if (HOMELESS_PRE.test(before) && HOMELESS_POST.test(after)) {
    return { category: 'displaced', start: HOMELESS_PRE.exec(before)!.index, end: to, persons: true };
  }
  if (STOCK_FIGURE_PRE.test(before)) {
    return { category: 'idps_stock', start: STOCK_FIGURE_PRE.exec(before)!.index, end: to, persons: true };
  }
  if (RETURN_POST.test(after) && /\b(?:allow(?:ed|ing)?|enabl(?:ed|ing)|let|help(?:ed|ing)?)\s*$/i.test(before)) {
    return { category: 'returned', start: to, end: to };
  }
  for (const [category, re, cumulative] of PRE) {
    const m = re.exec(before);
    if (!m) continue;
    return { category, start: m.index, end: m.index + m[0].trimEnd().length, cumulative: !!cumulative };
  }
  return null;
}

/** Verbs of saying and describing: "three displaced residents described ..." are witnesses, not a figure. */
export const WITNESS_VERB = /^[\s,]*(?:said|say|says|told|tell|described|describe|recalled|recounted|spoke|interviewed|talked)\b/i;

// "we will continue until we liberate X", "until Raqqa is freed": an "until" clause in the present tense waits for
// the capture; in the past tense ("held out until the army retook X", "until Goma was captured") it happened.
const UNTIL_SUBJECT = /\buntil\s+((?:[\p{L}'’-]+\s+){0,6})$/iu;
const PRESENT_PASSIVE = /\b(?:is|are)\s+(?:\p{Ll}+ly\s+)?$/iu;
const PAST_AUXILIARY = /\b(?:was|were|had|has|have)\s+(?:\p{Ll}+ly\s+)?$/iu;
// A passive verb hit may open on its auxiliary: "was captured", "were retaken".
const PAST_FORM = /^(?:\p{L}+ed|took|retook|overran|won|fell|drove|broke|was|were|had|has|have)\b/iu;

function awaitedUntil(before: string, verbOn: string): boolean {
  const subject = UNTIL_SUBJECT.exec(before)?.[1];
  if (subject === undefined) return false;
  if (PRESENT_PASSIVE.test(subject)) return true;
  return !PAST_AUXILIARY.test(subject) && !PAST_FORM.test(verbOn);
}

const PLAN_NOUN = '(?:intention|aim|goal|objective|plan|idea|purpose)';
const PLAN_OPENING = new RegExp(String.raw`^\s*(?:the|its|their|his|her)\s+(?:\p{Ll}+\s+)?${PLAN_NOUN}\s+(?:was|is|were|had\s+been|remained)\s+to\b`, 'iu');
/**
 * Intentions, plans and possibilities are not facts ("seek to retake", "aims to capture", "could displace").
 * Looks at the words before a verb: a modal, or an infinitive governed by anything but "managed to"/"succeeded in".
 */
// At module level: tsx rebuilds a \p{...} regex literal at each call where it stands (text.ts `startsCapital`).
const CLOSE_TO = /\b(?:close|closer|near)\s+(?:to|towards)(?:\s+\p{Ll}+ly)?\s*$/iu;
// A perfect infinitive tells what was done, hedged or not: "were said to have ambushed and killed three" is no aim.
const SECOND_INFINITIVE = /\b([\p{L}\-]+)\s+to\s+(?!the\b|a\b|an\b|have\b)\p{Ll}[\p{L}\-]*\s+(?:[\p{L}\-’']+\s+){0,8}?(?:and|or)\s+$/iu;
const SECOND_AIM = /\b(?:goal|aim|objective|target|plan|attempt|bid)\s+of\s+\p{Ll}+ing\b[^;]*\band\s+$/iu;
export function isIntention(s: string, verbStart: number): boolean {
  const before = s.slice(Math.max(0, verbStart - 160), verbStart);
  // "By encircling X, the army hopes to ...": the means of a goal, not an outcome.
  if (/\b[Bb]y\s+$/.test(before) && INTENT_AFTER.test(s.slice(verbStart))) return true;
  const words = before.split(/\s+/).filter(Boolean);
  const last = words.slice(-4).join(' ');
  // Modals in lower case only: a capitalized "May" in the middle of a sentence is the month ("on 3 May displaced").
  if (modality().modalBefore.test(last)) return true;
  // "halted just short of capturing X": the capture did not happen.
  if (/\b(?:not|never|failed\s+to|fail\s+to|unable\s+to|attempts?\s+to|attempting\s+to|bid\s+to|short\s+of)\s*$/i.test(last)) return true;
  // "coming close to fully expelling ISIL from X", "came near to capturing X": almost, not yet.
  if (CLOSE_TO.test(last)) return true;
  // "cut the army off from advancing", "prevented the rebels from entering X": kept from it.
  if (KEPT_FROM.test(before)) return true;
  if (awaitedUntil(before, s.slice(verbStart))) return true;
  // "The intention was to proceed in two phases, first seizing X, then taking Y": every step of a stated plan is planned.
  if (PLAN_OPENING.test(s) && !/[;]/.test(s.slice(0, verbStart))) return true;
  // An infinitive ("to retake", "to cross the river ... and seize"): who governs it?
  const parts = before.split(/[.;:,](?=\s)|—/);
  const clause = parts.pop() ?? '';
  // "the offensive launched by the army, backed by Russia, to recapture X": an aside between commas parts the
  // infinitive from its governor, the last word before the aside.
  const governor = /^\s*to\s+$/i.test(clause) && parts.length >= 2 ? `${parts[parts.length - 2]!} to ` : '';
  const inf =
    /\b([\p{L}\-]+)\s+to\s+$/iu.exec(clause) ??
    /\b([\p{L}\-]+)\s+to\s+$/iu.exec(governor) ??
    SECOND_INFINITIVE.exec(clause);
  // "advanced to capture X": the advance ended in the capture.
  if (inf) return !/^(?:managed|manage|manages|succeeded|able|on|began|started|continued|advanced|advancing|advances)$/i.test(inf[1]!);
  // "threatened to take", "risks displacing", "seeking at taking": a verb of intent, threat or risk governs the verb.
  if (modality().intentBefore.test(clause)) return true;
  if (/\b(?:goal|aim|objective|target|plan|attempt|bid)\s+(?:is|was|of)\s+$/i.test(clause)) return true;
  // "with the goal of recapturing X and advancing into Y": the second aim is as much an aim as the first.
  if (SECOND_AIM.test(clause)) return true;
  return false;
}

/** A verb of stopping, then its object, then "from": the verb after it did not happen. */
const STOPPING = String.raw`(?:prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|block(?:s|ed|ing)?|bar(?:s|red|ring)?|kept|keep(?:s|ing)?|deter(?:s|red|ring)?)`;
const CUT_OFF = String.raw`cut(?:s|ting)?\s+(?:[\p{L}’'-]+\s+){0,4}?off`;
const KEPT_FROM = new RegExp(String.raw`\b(?:${STOPPING}|${CUT_OFF})\b[^,;.:]{0,60}\bfrom\s+$`, 'iu');

const MEANING_TO = String.raw`(?:seek(?:s|ing)?|aim(?:s|ing)?|tr(?:y|ies|ying)|plan(?:s|ning)?|want(?:s|ing)?|hop(?:e|es|ing)|intend(?:s|ing)?)`;
const INTENT_AFTER = new RegExp(String.raw`\b(?:${MEANING_TO}|would|could|will)\b`, 'i');
