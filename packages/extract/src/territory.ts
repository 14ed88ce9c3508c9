/**
 * Verb-driven territorial changes without a count: "captured the town of X", "the villages of A, B and C were
 * seized", "X fell to Y", "lost X to Y", "entered X", "advanced deeper into X", "the capture of X".
 * Intentions ("seek to retake", "aims to capture") are not facts; a change needs at least one place.
 */
import { foldName, type Category, type PlaceMention } from '@frontline/schema';
import { actorAfter, actorMentions, actorsNamed, claimant, opponent, sameSide, sentenceActor, subjectActor } from './actors.ts';
import { isIntention } from './cues.ts';
import { isModalNoun } from './modality.ts';
import { findQuantities, ordinalNumber, quantityOf } from './numbers.ts';
import type { ArticleMemory, Draft } from './draft.ts';
import { beneficiary } from './figures.ts';
import type { PlaceHit } from './places.ts';
import { ALSO_JOIN, ALSO_WORDS, isDemonym, isGovernorate, PLACE_NOUN, placeListLead, SHARE_OF } from './places.ts';
import { allMatches, overlaps, sentenceTokens, SUPERLATIVE } from './text.ts';
import { ownTimeBeforeNext, timeRightAfter } from './time.ts';
import { wordsPattern } from './territory-words.ts';
import { isTownLike } from './references.ts';
import { reducedPassives } from './reduced-passive.ts';
import { sayingPattern, sayingVerbs } from './saying-verbs.ts';
import { placeTotals } from './place-totals.ts';
import { ONE_PLACE_NOUNS, SETTLEMENT_NOUNS } from './nouns.ts';
import { alternation, dateWords, monthNames, weekdayNames } from '@frontline/nlp/dates';
import { tokenize } from '@frontline/nlp';

export interface VerbHit {
  start: number;
  end: number;
  category: Category;
  voice: 'active' | 'passive' | 'fell' | 'lost' | 'noun' | 'into' | 'under' | 'with' | 'withdrew' | 'including' | 'victory' | 'gains';
  /** Only an armed side's move: "reached X", "moving towards X" say nothing of ground when residents do them. */
  armed?: boolean;
}

// "established its control over X": a possessive may stand before "control". "imposed full control over X", as Syrian
// state media and the narratives that cite it write a capture: "fire control" (a range covered) is no such control.
/**
 * A day between a capture verb and its object, as AP and EFE write it: "took control Wednesday of X", "seized on Sunday
 * the village of X". It is the capture's time (time.ts reads it), not a word of the object.
 */
const DAY_WORD = alternation([...weekdayNames(), ...dateWords('relative_day').map((w) => w.word)]);
const VERB_DAY = new RegExp(String.raw`^(?:on\s+)?(?:${DAY_WORD})\b\s*,?\s*`, 'i');
/** A degree of control: "full control", "complete control". */
const WHOLE = String.raw`(?:full\s+|complete\s+|total\s+)`;
const CONTROL = String.raw`\s+(?:(?:its|their)\s+)?${WHOLE}?control(?:\s+(?:on\s+)?(?:${DAY_WORD}))?\s+(?:of|over)`;
// A bare "take(s)" is a capture only with a place right after it ("Rebels take X city"), which placesOf checks.
/** "Fighting took place east of X", "took part in", "took refuge in": idioms of "take" that take no ground. */
const NOT_IDIOM = String.raw`(?!\s+(?:place|part|refuge|shelter|cover)\b)`;
/** What may follow a form of "take": "took control of X", "took over X", "took back X", or the bare verb. */
const TAKE_TAIL = String.raw`(?:${CONTROL}|\s+over|\s+back)?${NOT_IDIOM}`;
/** Each active verb of a capture, one form per line. */
const CAPTURE_FORMS = [
  String.raw`(?:seiz|gain|assum|establish|extend)(?:ed|ing|s)?${CONTROL}`, // "seized control of X", "extended their control over X"
  String.raw`impos(?:ed|ing|es)${CONTROL}`, // "imposed full control over X"
  String.raw`captur(?:ed|ing|es?)`,
  String.raw`seiz(?:ed|ing|es?)`,
  String.raw`took${TAKE_TAIL}`,
  String.raw`tak(?:ing|es?)${TAKE_TAIL}`,
  String.raw`taken${TAKE_TAIL}`,
  String.raw`won\s+back|retook|retak(?:en|ing|es?)|recaptur(?:ed|ing|es?)`, // a place taken back
  String.raw`regain(?:ed|ing|s)?(?:${CONTROL})?`, // "regained X", "regained control of X"
  String.raw`freed|freeing|liberat(?:ed|ing|es?)`, // the taker's word for it
  String.raw`overr[au]n|overrunning`,
  String.raw`clear(?:ed|ing)|secured`, // with a place for object only (CLEARED)
  String.raw`wrested\s+(?:control\s+of\s+)?`, // "wrested X from Y", "wrested control of X"
];
const CAPTURE = CAPTURE_FORMS.join('|');
const ENTER = String.raw`enter(?:ed|ing|s)?|storm(?:ed|ing|s)?|broke\s+into|break(?:ing|s)?\s+into|breach(?:ed|ing|es)?`;
/** An adverb between the auxiliary and the participle of a passive capture: "was reportedly captured". */
const PASSIVE_ADVERB = String.raw`(?:reportedly|also|now|fully|completely|entirely|later|finally|recently|eventually)`;
/** The participle of a passive capture (captured: the verb word). */
const PASSIVE_PARTICIPLE = wordsPattern('taken', 'entered');
const PASSIVE = String.raw`(?:was|were|been|being|is|are)\s+(?:${PASSIVE_ADVERB}\s+)?${PASSIVE_PARTICIPLE}`;

/** "where they had been taken", "where he was captured": the subject of the passive is a person, not the place. */
const NOT_PEOPLE_WHERE = String.raw`(?<!\bwhere\s+(?:they|he|she|we|I)\s+(?:(?:had|have|has)\s+)?)`;

/** "north", "south-east", "northwest": a compass point; with "-ward(s)", a direction of movement. */
const COMPASS = String.raw`(?:north|south|east|west)(?:-?(?:east|west))?`;
const DIRECTION = String.raw`${COMPASS}(?:wards?)?`;
const FULLY = String.raw`(?:fully|completely|totally|effectively)\s+`;
/** "reportedly just 60 km", "now some 30 kilometres", "less than 10 miles": a side's distance from a place. */
const ABOUT = String.raw`(?:(?:now|reportedly|just|only|some|about|around|roughly|barely|less\s+than|within)\s+)*`;
const DISTANCE = String.raw`${ABOUT}(?:\d+|a\s+few|several)\s*(?:km|kilomet(?:re|er)s?|miles)`;
/**
 * "made marginal advances", "secured limited gains", "gained ground": an advance told by its noun, located by the place
 * after it ("near X", "northwest of X"); the ground won is no place taken.
 */
const ADVANCE_SIZE = String.raw`confirmed|marginal|tactical|further|new|limited|significant|some|minor`;
const MAKE = String.raw`(?:made|make|makes|making|secured|securing|achieved|gained|gaining)`;
const MADE_ADVANCE = String.raw`${MAKE}\s+(?:(?:${ADVANCE_SIZE})\s+)*(?:advances?|gains|ground)`;
/** An advance told by its verb or by its noun: "advanced", "made marginal advances". */
const ADVANCE = String.raw`(?:advanc(?:ed|ing|es)|${MADE_ADVANCE})`;
/** Where an advance is located: "west of X", "northwards", "near X", "towards X", "in X". */
const ADVANCE_WHERE = String.raw`(?:${DIRECTION}(?:\s+of)?|near|toward|towards|on|through|within|in|past)`;
/** "declared final victory over ISIL in X": the declaring verb and the words before "victory". */
const DECLARED = String.raw`(?:declared|declares|declaring|proclaimed|proclaiming)`;
const VICTORY_QUALIFIER = String.raw`(?:its|their|a|the|final|full|total|complete)`;
/**
 * "came under X control", "now under the control of Y": the words before "under"; "is reported to be under junta
 * control", "was said to be under the control of": a hedged report of the change.
 */
const UNDER_LEAD = String.raw`(?:now|came|come|comes|coming|brought|back|(?:reported|said|believed)\s+to\s+be(?:\s+now)?)`;
/** "control of Y" (the holder after it) or "army control", "the rebels' control" (the holder before it). */
const HOLDER_CONTROL = String.raw`(?:control\s+of\b|(?:[\p{L}\p{N}’'\-]+\s+){1,3}?control\b)`;
/** A side's verb of leaving a place, before "from" or "of": "withdrew from X", "pulled out of X". */
const LEAVE = wordsPattern('leave');
/**
 * "ISIL fighters were driven out of X", "the rebels were expelled from X": a side made to leave, told in the passive; it
 * lost X as a side that withdrew did, and the winner is read the same way (named in the sentence or before, never it).
 */
const BE = String.raw`(?:was|were|been|being)\s+(?:${PASSIVE_ADVERB}\s+)?`;
/** Verbs that tell a withdrawal as done: "confirmed the withdrawal from X" (not "ordered" or "called for" it). */
const WITHDRAWAL_TOLD = wordsPattern('told');
const MADE_TO_LEAVE = String.raw`${BE}${wordsPattern('made-out')}\s+out\s+of|${BE}${wordsPattern('made-from')}\s+from`;
/** A side's verb of giving up a place to another: "lost X to Y", "surrendered X to Y", "ceded X to Y", "handed over X to Y". */
const GIVE_UP = [
  String.raw`lost|losing|loses?`,
  String.raw`surrender(?:ed|ing|s)?|ced(?:ed|ing|es?)|relinquish(?:ed|ing|es)?`,
  String.raw`hand(?:ed|ing|s)?\s+over(?!\s+to\b)`, // not "handed over to Y" (the place is the subject: FALL)
].join('|');
/** "fell to Y", "fell back into the hands of Y", "fell under the control of Y". */
const FALL = String.raw`(?:fell|falls|fallen|falling)`;
const FALL_TO = String.raw`(?:in(?:to)?\s+the\s+hands\s+of|to|under\s+the\s+control\s+of)`;
/** What stands before "in control of": "were now", "is now", "leaving them", one form per line. */
/** "its", "their full": what may stand between "consolidated" and "control". */
const CONTROL_OWNER = String.raw`(?:(?:its|their|full)\s+)*`;
/** "... after the army withdrew", "after Ukrainian troops pulled out": a cause that says the place changed hands. */
const AFTER_LEFT = String.raw`[^;.]{1,60}?\b${wordsPattern('left-link')}\s+[^;.]{1,40}?\b(?:${LEAVE}|fled)\b`;
const IN_CONTROL_LEAD = [
  String.raw`(?:was|were)\s+(?:now\s+|firmly\s+|fully\s+|reportedly\s+)?`, // "by nightfall the rebels were in control of X"
  String.raw`(?:is|are)\s+now\s+`, // "the army is now in control of X"
  String.raw`leaving\s+(?:them|it|the\s+\p{L}+)\s+`, // "leaving them in control of X"
].join('|');
/** "several times", "multiple times", "twice", "repeatedly", "back and forth": a change of hands told as a repetition. */
const TIMES = String.raw`(?:several|multiple|many|numerous|countless|two|three|four|five|\d+|a\s+(?:few|number\s+of))\s+times`;
/**
 * What may follow a fall with no side: its time ("on 6 March", "in June 2014", "by then", "shortly after", "on Monday",
 * "yesterday") or the end of its clause; "Shells fell on X", "rain fell in Y" are no changes of hands.
 */
const BARE_FALL_TIME = String.raw`\s+(?:(?:on|in|by|during|within|after|before)\s+(?:\d|(?:the\s+)?(?:same|next|following|early|late|mid|then\b)|(?:${alternation(monthNames())})\b)|shortly\b|(?:on\s+)?(?:${DAY_WORD})\b)|\s*[,.;]|\s*$`;
const REPEATEDLY = String.raw`(?:${TIMES}|twice|repeatedly|back\s+and\s+forth)\b`;
/** "brought X under its control": the verb, and the "under ... control" its object stands before. */
const BRING = String.raw`(?:brought|brings|bring|bringing)`;
const UNDER_OWN_CONTROL = String.raw`under\s+(?:its|their|full|complete|total)\s+(?:(?:full|complete|total)\s+)?control\b`;
/** "drove X out of Y", "expelled X from Y": verbs that put a side out of a place. */
const EXPEL = String.raw`(?:drove|driven|driving|expelled|expelling|ousted|ousting|dislodged|dislodging|pushed|pushing|kicked)`;
/** "pushed south", "pushed on", "pushed further north": a direction or an adverb, not the verb's object. */
const MOVED_ON = String.raw`(?:(?:north|south|east|west)\S*|back|on|ahead|forward|further|deeper|\p{Ll}+ly)(?:\s+(?:north|south|east|west)\S*)?`;
const OUT_OF = String.raw`\s+(?:out\s+of|from)\b`;
/** A side's "is": not "X, which is 20 miles from Y", a place's distance from another. */
const SIDE_IS = String.raw`(?:are|were|(?<!\b(?:which|that|it|where)\s+)(?:is|was)|now\s+stands?|stood)`;
/** A verb of moving on a place ("pushed deeper into X"); not after an auxiliary ("were moved to X hospital"). */
const NOT_AFTER_BE = String.raw`(?<!\b(?:was|were|been|being|is|are)\s+)`;
const MOVE = String.raw`(?:advanc(?:ed|ing|es)|push(?:ed|ing|es)|mov(?:ed|ing)|press(?:ed|ing))`;
const DEEPER = String.raw`(?:(?:deeper|further|farther)\s+)?`;
/** "advanced to capture X": the capture is read off its own verb. */
const NOT_TO_CAPTURE = String.raw`(?!\s+(?:captur|seiz|take|retak|recaptur|overr|storm|enter|regain|liberat|clear)\w*)`;
/** "moved to X to rescue the hostages": a move with a purpose of relief (territory-words.csv) is a mission, no advance. */
const NOT_TO_RELIEVE = String.raw`(?![^,;.]{1,40}?\s+to\s+${wordsPattern('relief')}\b)`;
const VERBS: [RegExp, Category, VerbHit['voice'], boolean?][] = [
  // "The battle ended in an RSF victory": the side that won holds the place the battle was named for.
  [/\b(?:ended|resulted|culminated)\s+(?:in|with)\s+(?:a|an)\s+(?:[\p{L}\p{N}\-’']+\s+){1,4}?victory\b/giu, 'captured', 'victory'],
  // "declared final victory over ISIL in X", "proclaimed victory in X": the side that declared it holds X.
  [new RegExp(String.raw`\b${DECLARED}\s+(?:${VICTORY_QUALIFIER}\s+){0,2}victory\s+(?:over\s+[^,;.]{1,40}?\s+)?in\b`, 'gi'), 'captured', 'active'],
  // "established a presence in X", "gained a foothold in X": inside the place, short of holding it.
  [new RegExp(String.raw`\b${wordsPattern('foothold')}\b`, 'gi'), 'entered', 'active'],
  // "Other gains included: A, B and C": a verbless list of what the narrative's side took (gainsPlaces).
  [new RegExp(String.raw`\b${wordsPattern('gains')}\b\s*:?`, 'gi'), 'captured', 'gains'],
  // "reached the outskirts of X", "closing in on X", "pushing east towards X": an advance located by its goal.
  [new RegExp(String.raw`\b${wordsPattern('reach')}\b`, 'gi'), 'advanced', 'into', true],
  [new RegExp(String.raw`\b${wordsPattern('approach')}\s+(?:${DIRECTION}\s+)?towards?\b`, 'gi'), 'advanced', 'into', true],
  // "they were captured alive before being executed", "taken prisoner": people taken, not ground. Nor "the clinic in
  // X, where they had been taken": people brought to (or caught at) the place a "where" clause names.
  [new RegExp(String.raw`${NOT_PEOPLE_WHERE}\b${PASSIVE}\b(?!\s+(?:alive|prisoners?|captives?|hostages?)\b)`, 'gi'), 'captured', 'passive'],
  // "X is now under army control", "X, now under the control of Y": a change of hands, with the holder named.
  [new RegExp(String.raw`\b${UNDER_LEAD}\s+under\s+(?:the\s+)?${WHOLE}?${HOLDER_CONTROL}`, 'giu'), 'captured', 'under'],
  // "X is now in the hands of Y", "X passed into the hands of Y": a change of hands; a bare "is in the hands of" is a
  // standing state.
  [/\b(?:now|back|passed|came|come)\s+(?:in(?:to)?\s+)the\s+hands\s+of\b/gi, 'captured', 'under'],
  // "with all of X governorate captured": an absolute clause; its places stand between "with" and the participle.
  [new RegExp(String.raw`(?<=\bwith\s[^,;.]{1,80}?\s)${wordsPattern('taken')}\b`, 'gi'), 'captured', 'with'],
  // "declared X fully liberated", "declared the town of X secured": the same, with "declared" for "with".
  [new RegExp(String.raw`(?<=\bdeclared\s[^,;.]{1,80}?\s)(?:(?:fully|completely|entirely)\s+)?${wordsPattern('taken', 'secured', 'cleared')}\b`, 'gi'), 'captured', 'with'],
  // "insurgents withdrew from X", "abandoned the towns of X and Y": the side that left lost the place.
  [new RegExp(String.raw`\b(?:${LEAVE}\s+(?:from|of)|abandon(?:ed|ing|s)?|${MADE_TO_LEAVE})\b`, 'gi'), 'captured', 'withdrew'],
  // "the ministry confirmed the withdrawal from X", "announced the withdrawal of its troops from X": a withdrawal told
  // as done (by a verb of saying it or of finishing it, not "ordered" or "demanded") is the side's loss, as "withdrew" is.
  [new RegExp(String.raw`(?<=\b${WITHDRAWAL_TOLD}\s+(?:the|a|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?)withdrawal\s+(?:of\s+[^,;.]{1,40}?\s+)?from\b`, 'giu'), 'captured', 'withdrew'],
  // "seized 12 villages, including A and B", "took several villages such as A": the places named in a counted capture
  // (checked in territoryDrafts).
  [/(?:,\s*(?:including|among\s+them)|,?\s+such\s+as)\b/gi, 'captured', 'including'],
  [new RegExp(String.raw`\b${FALL}\s+(?:back\s+|again\s+)?${FALL_TO}\b`, 'gi'), 'captured', 'fell'],
  // "Svatove quickly fell on 6 March", "Mosul had fallen by then": a fall with no side named, the place its bare
  // subject (checked in territoryDrafts, `bareFall`).
  [new RegExp(String.raw`\b(?:fell|had\s+fallen)(?=${BARE_FALL_TIME})`, 'gi'), 'captured', 'fell'],
  // "X was handed over to Y" (a surrender), "X changed hands several times": the place is the subject, as with "fell to".
  // Not "changed hands several times", "changed hands repeatedly": many changes, with no side and no day, are no event.
  [new RegExp(String.raw`\b(?:(?:handed|turned)\s+over\s+to|changed\s+hands\b(?!\s+${REPEATEDLY}))\b`, 'gi'), 'captured', 'fell'],
  // "Control of X passed to Y", "control over the town of X has passed to Y": the place stands in the subject, after
  // "control of", and the side it passed to took it, as with "fell to".
  [new RegExp(String.raw`(?<=\bcontrol\s+(?:of|over)\s[^,;.]{1,60}?\s)(?:(?:has|had)\s+)?passed\s+to\b`, 'gi'), 'captured', 'fell'],
  // "lost X to Y", and its giving forms: "surrendered control of X to Y", "ceded X to Y", "handed over X to Y" (a side
  // that gives a place up to another; "X was handed over to Y" is above, with the place for subject).
  [new RegExp(String.raw`\b(?:${GIVE_UP})(?:\s+control\s+(?:of|over))?\b`, 'gi'), 'captured', 'lost'],
  [/\b(?:the\s+)?(?:capture|fall|recapture|seizure|liberation|takeover)\s+of\b/gi, 'captured', 'noun'],
  // "by nightfall the rebels were in control of X", "leaving them in control of X": the side now holds X. Not
  // "has been in control of X since 2014" (a standing state) nor "remained in control" (no change of hands).
  [new RegExp(String.raw`\b(?:${IN_CONTROL_LEAD})in\s+${WHOLE}?control\s+(?:of|over)\b`, 'giu'), 'captured', 'active'],
  // "after the army has controlled the town", "its forces had fully controlled X", "the AA now controls X": control
  // as a verb says a change of hands in the perfect or with "now"; "has controlled X since 2014" (a standing state) is
  // dropped in territoryDrafts by what follows the object.
  [new RegExp(String.raw`\b(?:(?:has|have|had)\s+(?:now\s+|${FULLY})*controlled|now\s+(?:${FULLY})?controls?)\b`, 'gi'), 'captured', 'active'],
  // "M23 has consolidated control of X after the army withdrew": the change the clause gives a cause for. Without that
  // cause ("has consolidated control of X", "consolidated its hold") the side strengthens a control it held already.
  [new RegExp(String.raw`\b(?:has|have|had)\s+consolidated\s+${CONTROL_OWNER}control\s+(?:of|over)\b(?=${AFTER_LEFT})`, 'gi'), 'captured', 'active'],
  // "the army brought Kafr Nabl under its control", "M23 brought the town of Sake under their full control": the
  // object between the verb and "under ... control" changed hands ("X was brought under army control" is above).
  [new RegExp(String.raw`\b${BRING}\b(?=\s+(?!under\b)[^,;.]{1,60}?\s+${UNDER_OWN_CONTROL})`, 'gi'), 'captured', 'active'],
  // "secured limited gains near X": the verb's object is the advance's noun (MADE_ADVANCE), not a place taken.
  [new RegExp(String.raw`\b(?:${CAPTURE})\b(?!\s+(?:(?:${ADVANCE_SIZE})\s+)*(?:advances?|gains|ground)\b)`, 'gi'), 'captured', 'active'],
  [new RegExp(String.raw`\b(?:${ENTER})\b`, 'gi'), 'entered', 'active'],
  // "drove Kurdish fighters out of X", "expelled IS from X", "dislodged the militants from X": X changed hands.
  // Not "pushed south from X", "pushed on from X": a direction or an adverb is no object, the side moved on from X.
  [new RegExp(String.raw`\b${EXPEL}\s+(?!${MOVED_ON}${OUT_OF})(?:[^,.;]{1,40}?)${OUT_OF}`, 'giu'), 'captured', 'active'],
  // "advanced through farmland toward X", "pushed across open ground towards Y": unnamed ground on the way, the goal
  // named; an armed side's move only ("pushed through a resolution" has no goal, "families moved ..." no side).
  [new RegExp(String.raw`${NOT_AFTER_BE}\b${MOVE}\s+(?:through|across|over|along)\s+[^,;.]{1,50}?\s+towards?\b`, 'gi'), 'advanced', 'into', true],
  // "advanced west of X", "advancing towards X", "made marginal advances near X": an advance located by a place.
  [new RegExp(String.raw`\b${ADVANCE}\s+${ADVANCE_WHERE}\b`, 'gi'), 'advanced', 'into'],
  // "advanced along Zarichna Street in northern X", "advanced across the river near X": a path (a street, a road, a
  // river) before the place that locates the advance.
  [new RegExp(String.raw`\b${ADVANCE}\s+(?:along|across)\s+[^,;.]{1,50}?\s+(?:in|near|towards?|${COMPASS}\s+of)\b`, 'gi'), 'advanced', 'into'],
  // "continuing their advance on X", "the rebels' rapid advance towards X": the noun of an advance, its goal after it.
  [/\b(?:their|its|his|the|an|a|further|rapid|swift|continued|steady)\s+advances?\s+(?:on|into|towards?)\b/gi, 'advanced', 'into'],
  // "the army managed to progress to the entrance of X", "progressed to the edge of X": an advance to its goal.
  [/\bprogress(?:ed|ing|es)?\s+(?:(?:deeper|further|farther)\s+)?(?:in)?to(?:wards?)?\b/gi, 'advanced', 'into', true],
  // "fighters, who are reportedly just 60 km north of X", "RSF units were now some 30 km from X": a side that stands
  // within a distance of a place has advanced on it.
  // Not "X, which is 20 miles from Y": a place's distance from another is no side's (a side's "which were" is).
  [new RegExp(String.raw`\b${SIDE_IS}\s+${DISTANCE}\s+(?:${DIRECTION}\s+of|from|of|outside)\b`, 'gi'), 'advanced', 'into', true],
  // "advanced to capture X" is the capture itself, read off its own verb. A passive ("the wounded were moved to X
  // hospital") moves people, not a side.
  [new RegExp(String.raw`${NOT_AFTER_BE}\b${MOVE}\s+${DEEPER}(?:in)?to\b${NOT_TO_CAPTURE}${NOT_TO_RELIEVE}`, 'gi'), 'advanced', 'into'],
];

/**
 * Words allowed between a verb and its direct-object place ("took government-held districts of the city of X",
 * "storm the strategic border town of X"): lower-case words that do not open another phrase or clause.
 */
const OBJECT_STOP_WORDS = [
  'near|in|on|at|to|from|with|toward|towards|into|after|before|during|amid|while|by|for|as|since|until', // prepositions
  'and|or|but|that|which|who|where|when|than', // conjunctions and relatives
  'against|despite|between|through|across|around|outside|inside|within|via|under|over|without', // more prepositions
  'is|was|were|are|be|been|has|have|had|not|no', // auxiliaries and negation
];
const OBJECT_STOP = new RegExp(`^(?:${OBJECT_STOP_WORDS.join('|')})$`, 'i');
const FORCE_AFTER = /^\s+(?:army|armed\s+forces|military|police|troops|forces|government|regime)\b/i;
/** "overran the army camp at X", "took the brigade HQ in X": a post taken in X (nouns in territory-words.csv). */
/** "the army's 22nd Brigade base", "the brigade HQ of the 3rd division": the installation and what names it. */
const INSTALLATION = String.raw`^(?:the\s+)?[^,;.:()]{0,80}?\b${wordsPattern('installation')}\b(?:\s+of\s+[^,;.:()]{1,60}?)?`;
/** "in", "at", "inside the city of": the place that locates it. */
const INSTALLATION_AT = String.raw`\s+(?:in|at|inside)(?:\s+the\s+(?:city|town)\s+of)?$`;
const INSTALLATION_IN = new RegExp(`${INSTALLATION}${INSTALLATION_AT}`, 'i');
/** A word that opens another clause or phrase inside the gap before an installation, one kind per line. */
const CLAUSE_IN_GAP_WORDS = [
  'said|says', // a report
  'that|which|who|when|while|where|after|before', // a clause
  'near|outside|north|south|east|west|from|to|toward|towards', // a location or a path
  'was|were|is|are|had|has|have', // a verb
];
const CLAUSE_IN_GAP = new RegExp(String.raw`\b(?:${CLAUSE_IN_GAP_WORDS.join('|')})\b`, 'i');
const POSITION_PAIR = /\b(?:\p{Ll}+ern|central)\s+and\s+(?=(?:\p{Ll}+ern|central)\b)/gu;
/** A word before a ground noun: "entire", "rebel-held", and a name's "-held" ("the last Russian-held pocket"). */
const SIDE_HELD = String.raw`\p{Lu}\p{L}+-(?:held|controlled|occupied)`;
const HELD_WORD = String.raw`(?:\p{Ll}[\p{L}\-]*|${SIDE_HELD})`;
/**
 * "took the entire rebel-held pocket in southern X", "seized a highway running through X": ground taken whole in X,
 * named by a noun of the table and located by the place after it (not "near X": that only places it beside X).
 */
/** "a highway running through X", "a road that leads across X": the verb of a route's course. */
const RUNNING = String.raw`(?:(?:(?:that|which)\s+)?(?:running|passing|leading|stretching|runs|passes|leads|stretches)\s+)?`;
/** "southern", "central", "north-eastern": the part of the place the ground lies in. */
const REGION_ADJ = String.raw`(?:\p{Ll}+ern|central|north-?(?:east|west)ern|south-?(?:east|west)ern)`;
/**
 * "the entire rebel-held pocket", "a highway": a determiner, up to three words, and a noun of ground; or a bare plural
 * that needs none ("secured areas in the X district").
 */
const GROUND_NOUN_PHRASE = String.raw`(?:(?:the|a|an|several|some|all|many)\s+(?:${HELD_WORD}\s+){0,3}${wordsPattern('ground')}|${wordsPattern('bare-ground')})`;
const GROUND_IN = new RegExp(
  String.raw`^${GROUND_NOUN_PHRASE}\s+${RUNNING}(?:in|of|through|across)(?:\s+the)?(?:\s+${REGION_ADJ})?$`,
  'iu',
);
/**
 * "the X dam and the bridge at Y": the route noun after a name, and the link to the next object (or none); a verb
 * after the link ("the X road and then entered Y") opens a clause of its own, whose object is not this verb's.
 */
/** The link after a route to the next object: "and", "as well as", "and then"; with a verb after it, a new clause. */
const ROUTE_LINK = String.raw`\s*,?\s+(?:and|as\s+well\s+as|before|then)(?:\s+(?:then|later|subsequently))?\b(\s+\p{Ll}+(?:ed|ing)\b)?`;
const ROUTE_AFTER = new RegExp(String.raw`^\s+(?:(?!and\b|or\b)\p{Ll}+\s+)?${wordsPattern('route')}\b(?:${ROUTE_LINK})?`, 'iu');
/** A feature noun and "of" between a province and the place it qualifies; the same province name inside a gap. */
const QUALIFIED_NOUN = String.raw`(?:towns?|city|villages?|districts?|hamlets?|neighbou?rhoods?)`;
const QUALIFIED_OF = new RegExp(String.raw`^\s+${QUALIFIED_NOUN}\s+of\s+$`, 'i');
/** "the Hama town of": up to three capitalised words before the noun. */
const QUALIFIER = new RegExp(String.raw`(?:^|\s)\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}\s+(?=${QUALIFIED_NOUN}\s+of$)`, 'u');
const OBJECT_WORD = /^(?:\p{Ll}[\p{L}\-’']*|of)$/u;
/** A side's name made a held-word: "retook the ISIL-held parts of X", "the RSF-controlled districts of Y". */
const SIDE_HELD_WORD = new RegExp(`^${SIDE_HELD}$`, 'u');

/** "the provincial capital", "the capital of the province", "the governorate's capital". */
const CAPITAL_FORMS = [
  String.raw`provincial\s+capital`,
  String.raw`capital\s+(?:city\s+)?of\s+the\s+(?:province|governorate)`,
  String.raw`(?:province|governorate)['’]s\s+capital`,
];
const CAPITAL = new RegExp(String.raw`\b(?:the\s+)?(?:${CAPITAL_FORMS.join('|')})`, 'i');
const BACK_REFERENCE = new RegExp(String.raw`^\s+(?:the\s+)?${PLACE_NOUN}\b`, 'i');
/** A subject that is only a noun for a place named before: "The town", "The strategic airbase itself". */
const SUBJECT_REFERENCE = new RegExp(String.raw`^\s*the\s+${PLACE_NOUN}(?:\s+itself)?\s*$`, 'i');
/**
 * "entered more neighbourhoods in the city's south", "stormed districts of the town", "took the eastern half of the
 * village": a part of the place named before is ground taken in it (the contract has no mark for a partial capture).
 */
const PART_NOUN = String.raw`(?:neighbou?rhoods?|districts?|quarters?|parts?|areas?|suburbs?|outskirts|half|halves|sides?|sectors?|sections?)`;
// "captured a bridge on the city's western outskirts": a site lying in a part of the town is ground taken in it too.
const PART_OWNED = String.raw`(?:on|in|at)\s+the\s+(town|city|village)['’]s\s+(?:[\p{Ll}\-]+\s+){0,2}?${PART_NOUN}`;
const PART_OF_BACK_REFERENCE = new RegExp(
  String.raw`^\s+(?:[\p{Ll}\-]+\s+){0,4}?(?:${PART_NOUN}\s+(?:of|in)\s+the\s+(town|city|village)(?:['’]s)?|${PART_OWNED})\b`,
  'iu',
);
/** "seized most of them", "captured it": a pronoun object stands for the places the sentence has just named. */
const PRONOUN_OBJECT = new RegExp(String.raw`^\s+(?:${wordsPattern('share')}\s+of\s+)?(?:it|them)\b`, 'i');
/** "the X factories, and seized most of them": the site noun after the name belongs to it, not to the link. */
const SITE_AFTER = new RegExp(String.raw`^\s+${wordsPattern('site')}\b`, 'i');
/** Between a place and the verb whose pronoun stands for it: "X and", "X on Tuesday and then". */
/** "on Tuesday", "in the morning": a short phrase after the place. */
const SHORT_PHRASE = String.raw`(?:\s+(?:on|in|at|by|for|after)(?:\s+[\p{L}\d]+){1,3})?`;
/** "and then", "and later", "and quickly": what joins the next verb. */
const AND_THEN = String.raw`\s*,?\s+and\s+(?:(?:then|later|eventually|finally|subsequently|soon)\s+)?(?:\p{Ll}+ly\s+)?`;
const PRONOUN_LINK = new RegExp(String.raw`^${SHORT_PHRASE}${AND_THEN}$`, 'u');
/** "stormed X but was repelled", "entered X before being driven back": the assault failed, no ground changed hands. */
/**
 * "the recaptured parts", "in newly captured districts": a participle used as an adjective. "Newly" or "recently" alone
 * makes one only after a determiner or a preposition: "AU forces recently retook the town" is a finite verb.
 */
const DETERMINER_BEFORE = String.raw`\b(?:the|these|those|its|their)\s+(?:(?:newly|recently)\s+)?$`;
const PREPOSITION_BEFORE = String.raw`(?:^|[,;(]|\b(?:in|of|on|to|from|into|across|through|for|and|with|over|within|inside)\s)`;
const ATTRIBUTIVE_BEFORE = new RegExp(String.raw`${DETERMINER_BEFORE}|${PREPOSITION_BEFORE}\s*(?:newly|recently)\s+$`, 'i');
const INCEPTIVE_BEFORE = new RegExp(String.raw`\b${wordsPattern('inceptive')}\s+(?:to\s+)?$`, 'i');
/** "but", "before", "only to": what opens the clause of a failed assault, some way after the verb. */
const BUT_THEN = String.raw`^[^;.]{0,120}?\b(?:but|before|only\s+to)\b`;
/** "were quickly repelled", "being driven back": a passive of the table's repelling verbs. */
const PASSIVE_REPELLED = String.raw`\b(?:was|were|been|being|be)\s+(?:\p{Ll}+ly\s+)?${wordsPattern('repelled')}\b`;
const REPELLED = new RegExp(String.raw`${BUT_THEN}[^;.]{0,60}?${PASSIVE_REPELLED}`, 'iu');

/**
 * "Other gains included: A, B and C": the places listed; a list of sites with no place name ("the mosque, the radio
 * station") lies in the town the narrative was last about, as "the city" would.
 */
function gainsPlaces(s: string, places: PlaceHit[], v: VerbHit, memory: ArticleMemory): Found {
  // Named things or sites ("the radio station"), not a lower-case noun ("higher morale").
  if (!/^\s*(?:the\s|\p{Lu})/u.test(s.slice(v.end))) return { local: [], article: [], end: v.end };
  const listed = objectPlaces(s, places, v.end);
  if (listed.length) return { local: listed, article: [], end: endOfObject(s, places, listed[listed.length - 1]!) };
  if (places.some((p) => p.start >= v.end)) return { local: [], article: [], end: v.end };
  const town = [...memory.places].reverse().find(isTownLike);
  return { local: [], article: town ? [town] : [], end: v.end };
}

/** "has controlled X since 2014", "for a decade", "throughout the war": a holding that lasts, not a change of hands. */
const STANDING_FORMS = [
  String.raw`since`, // "since 2014"
  String.raw`for\s+(?:\p{L}+\s+)?(?:years?|months?|decades?|weeks)`, // "for a decade", "for two years"
  String.raw`throughout|until`, // "throughout the war"
  String.raw`as\s+(?:early|long)\s+as`, // "as early as 2013"
];
const STANDING = new RegExp(String.raw`^[^;.]{0,60}?\b(?:${STANDING_FORMS.join('|')})\b`, 'iu');

function findVerbs(s: string): VerbHit[] {
  // Bare participles first: "X recaptured by Y" is a passive, not the active "recaptured" of the table below.
  const hits: VerbHit[] = reducedPassives(s);
  for (const [re, category, voice, armed] of VERBS) {
    for (const m of allMatches(re, s)) {
      const h = { start: m.index, end: m.index + m[0].length, category, voice, armed };
      if (!hits.some((o) => overlaps(o, h))) hits.push(h);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * What joins the places of one object list: commas, "and", "as well as", "along with", with an optional noun before
 * the next name ("A, B and C, as well as the village of D").
 */
const LINKED_NOUN_WORD = String.raw`(?:villages?|towns?|city|hamlets?|hills?|hilltops?|heights|districts?|neighbou?rhoods?|localit(?:y|ies)|monaster(?:y|ies)|shrines?|bases?|outskirts|suburbs|parts?|countryside)`;
const LINKED_NOUN = String.raw`the\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}${LINKED_NOUN_WORD}\s+of\s+`;
/** "and subsequently the entire pocket in southern X": ground of the table taken whole, located by the next name. */
const LINKED_GROUND = String.raw`the\s+(?:${HELD_WORD}\s+){0,3}${wordsPattern('ground')}\s+(?:in|of|through)\s+`;
/** "and western X", "as well as the nearby X": a position word before the next name. */
const POSITION_ADJ = String.raw`(?:north|south|east|west)(?:ern)?|north-?(?:east|west)ern|south-?(?:east|west)ern|central`;
const LINKED_ADJ = String.raw`(?:${POSITION_ADJ}|nearby|neighbou?ring|adjacent|strategic|key)\s+`;
/** "and most of X", "as well as large parts of the X", "and the remainder of X", "and nearly all of X": a share of the next place. */
const LINKED_SHARE = String.raw`(?:${wordsPattern('degree')}\s+)?(?:the\s+)?${wordsPattern('share')}\s+of\s+(?:the\s+)?`;
// A bare "the" opens the next name only after "as well as" / "along with": ", the Observatory said" ends the list.
/** The feature noun a listed name may carry: "A province", "B military airport", "C districts". */
const LISTED_FEATURE = String.raw`(?:\s+(?:province|governorate|oblast|city|town|village|countryside|area|(?:military\s+)?(?:airport|airbase)|districts?|neighbou?rhoods?|villages|towns))?`;
/** ", and then", " and later": a comma or "and", and an adverb of sequence. */
const AND_LINK = String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:then|subsequently|later|finally|eventually)\s+)?`;
/** What may stand between "and" and the next name, one form per line. */
const AND_OPENER = [
  LINKED_NOUN, // "and the village of X"
  String.raw`${LINKED_GROUND}(?:${LINKED_ADJ})?`, // "and the entire pocket in southern X"
  String.raw`${LINKED_SHARE}(?:${LINKED_ADJ})?`, // "and most of western X"
  LINKED_ADJ, // "and nearby X"
].join('|');
/** What may stand between "as well as" / "along with" and the next name, a bare "the" among them. */
const ALSO_LINK_WORDS = String.raw`(?:\s*,\s*|\s+)${ALSO_WORDS}\s+`;
const ALSO_OPENER = [LINKED_NOUN, LINKED_SHARE, String.raw`the\s+(?:${LINKED_ADJ})?`].join('|');
const LIST_LINK = new RegExp(
  String.raw`^${LISTED_FEATURE}(?:${AND_LINK}(?:${AND_OPENER})?|${ALSO_LINK_WORDS}(?:${ALSO_OPENER})?)$`,
  'iu',
);

/**
 * "secured the highway and the villages of A and B": ground named by a noun alone, coordinated before the noun that
 * introduces the names; the names are the object all the same.
 */
const GROUND_AND = new RegExp(String.raw`^(?:the\s+)?(?:[\p{Ll}\-]+\s+){1,3}(?:and|as\s+well\s+as)\s+(?=${LINKED_NOUN.replace(/\\s\+$/, '')}$)`, 'u');

/** Places forming the direct object: the first place right after the verb, and the list it starts. */
function objectPlaces(s: string, places: PlaceHit[], from: number): PlaceHit[] {
  const first = places.find((p) => p.start >= from);
  if (!first) return [];
  // "took the Sudan army bases in X": a name before a noun of forces only says whose they are.
  if (FORCE_AFTER.test(s.slice(first.end))) return objectPlaces(s, places.filter((p) => p !== first), from);
  // "retook the Sinjar road and then entered X": a route named after a place is not the place; the list goes on after it.
  const route = ROUTE_AFTER.exec(s.slice(first.end));
  if (route) return route[1] ? [] : objectPlaces(s, places.filter((p) => p !== first), first.end + route[0].length);
  // "seized the Hama town of X", "entered the eastern Donetsk town of X": the province only locates the town.
  const next = places.find((p) => p.start > first.start);
  if (next && QUALIFIED_OF.test(s.slice(first.end, next.start))) return objectPlaces(s, places.filter((p) => p !== first), from);
  // An apostrophe for the Arabic ayn ("'Ard al-Hamra") belongs to the name, not to the gap.
  const gap = s.slice(from, first.start).replace(/(?<=\s)['’‘]$/u, '').trim().replace(VERB_DAY, '');
  // "seized nine more villages east of X": a counted object; X only locates it (the count's fact holds X). A share of
  // X ("half of X", "around 60 percent of X") is part of X itself.
  const share = SHARE_OF.test(` ${gap} `);
  // "overran the army's 22nd Brigade base in X": a post taken in X is ground taken in X.
  const post = gap.replace(/\s*\(\p{Lu}{2,8}\)/gu, '');
  if (INSTALLATION_IN.test(post) && !CLAUSE_IN_GAP.test(post)) return [first];
  // The ground lies at X, not X itself: a highway seized through a town is not the town taken (see sameFact).
  if (GROUND_IN.test(gap)) return [{ ...first, near: true }];
  if (findQuantities(gap).length && !share) return [];
  // "captured a town south of X": one unnamed place that X only locates (oneMorePlace counts it).
  if (ONE_UNNAMED.test(gap)) return [];
  // "the northern and western parts of X": two position words joined by "and" are one modifier.
  const words = gap.replace(POSITION_PAIR, '').replace(QUALIFIER, ' ').replace(GROUND_AND, '').trim();
  // "took the Afghan capital Kabul": a demonym before the place's noun qualifies it, as a lower-case word does.
  const objectWord = (w: string) => OBJECT_WORD.test(w) || isDemonym(w) || SIDE_HELD_WORD.test(w);
  if (gap && !share && !words.split(/\s+/).every((w) => objectWord(w.replace(/['’]s$/, '')) && !OBJECT_STOP.test(w))) return [];
  const out = [first];
  let qualified = 0;
  for (const p of places.filter((q) => q.start > first.start)) {
    const last = out[out.length - 1]!;
    const from = Math.max(last.end, qualified);
    // "A (Tell A), outside B, and C": a name's other name in brackets, or where it lies, stands between two members.
    const aside = from + (LIST_ASIDE.exec(s.slice(from))?.[0].length ?? 0);
    if (p.start < aside) continue;
    if (qualifiesPlace(s, last, p)) {
      qualified = p.end;
      continue;
    }
    // "took A on 3 May, B on 5 May": a member may close on its own time before the link.
    const link = LIST_LINK.test(s.slice(aside, p.start)) ? aside : ownTimeBeforeNext(s, aside, p);
    if (link === null || !LIST_LINK.test(s.slice(link, p.start))) break;
    out.push(p);
  }
  return out;
}

/**
 * "lost Mosul, Iraq to ...", "recaptured Palmyra, Syria": a country after a comma says where the place before it lies
 * (as US military and think-tank copy writes it); it is no place taken, and the object ends after it.
 */
function qualifiesPlace(s: string, place: PlaceHit, next: PlaceHit): boolean {
  return next.feature_hint === 'country' && place.feature_hint !== 'country' && /^\s*,\s*$/.test(s.slice(place.end, next.start));
}

/** Where an object ends: after its last place, or after the country that qualifies it. */
function endOfObject(s: string, places: PlaceHit[], last: PlaceHit): number {
  return places.find((p) => p.start > last.end && qualifiesPlace(s, last, p))?.end ?? last.end;
}

/** After a listed name: its other name in brackets, a locating phrase between commas (", outside B,"), or both. */
const BRACKETED = String.raw`\s*\([^()]{1,60}\)`; // "A (Tell A)"
const LOCATED_ASIDE = String.raw`\s*,\s*(?:just\s+)?(?:outside|near|(?:north|south|east|west)\s+of|close\s+to)\s+[^,;()]{1,40}(?=,)`; // ", outside B,"
const LIST_ASIDE = new RegExp(String.raw`^(?:${BRACKETED}|${LOCATED_ASIDE})+`, 'i');

/** A relative clause ("where", "which") or an apposition of a place noun (", a town held by ..."). */
const APPOSED_PLACE = String.raw`,\s+(?:a|an|the)\s+(?:[\p{Ll}\-]+\s+){0,2}(?:town|city|village|district|area|base|airport)\b`;
const RELATIVE_OPEN = new RegExp(String.raw`\b(?:where|that|which)\b|${APPOSED_PLACE}`, 'gu');

/** The clause start before a verb: sentence start, or after "said", "that", "when", ";". */
function clauseStart(s: string, at: number): number {
  const before = s.slice(0, at);
  const ms = [...before.matchAll(/[;:]|\b(?:said|says|announced|claimed|that|when|after|while|where|which|who)\b/g)];
  return ms.length ? ms[ms.length - 1]!.index! + ms[ms.length - 1]![0].length : 0;
}

/**
 * "X, the largest town in northern Y, came under ...": places inside an apposition after the first one only locate it.
 */
function withoutApposition(s: string, subject: PlaceHit[]): PlaceHit[] {
  const first = subject[0];
  if (!first) return subject;
  return subject.filter((p) => p === first || !APPOSITION_OPEN.test(s.slice(first.end, p.start)));
}
const APPOSITION_OPEN = /^\s*,\s+(?:the|a|an)\s[^,;]*$/i;

/**
 * "where/that ... entered" with no object of its own: the place the relative clause hangs on; also a clause with no
 * relative word after an apposition noun ("X, a town they had seized in 2019").
 */
function antecedent(s: string, places: PlaceHit[], verbStart: number): PlaceHit[] {
  const before = s.slice(0, verbStart);
  const rel = [...before.matchAll(RELATIVE_OPEN)].pop();
  if (!rel) return [];
  if (rel[0] === 'that' && sayingBefore().test(before.slice(0, rel.index))) return [];
  const between = before.slice(rel.index!);
  if (places.some((p) => p.start >= rel.index! && p.start < verbStart) || /[;]/.test(between)) return [];
  const cand = places.filter((p) => p.end <= rel.index!);
  return cand.length ? [cand[cand.length - 1]!] : [];
}

/**
 * "the ISPR said, adding that weapons were seized": "that" after a verb of saying opens what was said, not a relative
 * clause on the place before it. Its participle counts too ("adding", "noting", "stating").
 */
let saying: RegExp | null = null;
function sayingBefore(): RegExp {
  if (saying) return saying;
  const participles = sayingVerbs().filter((v) => !v.verb.includes(' ')).map((v) => `${v.verb.replace(/e$/, '')}ing`);
  return (saying = new RegExp(String.raw`\b(?:${sayingPattern()}|${participles.join('|')})\s+$`, 'i'));
}

/** "the provincial capital" → the province's name: "also called X", the sentence's province, or the last one named. */
function capitalOf(s: string, places: PlaceHit[], span: { start: number; end: number }, memory: ArticleMemory): Found | null {
  const text = s.slice(span.start, span.end);
  const m = CAPITAL.exec(text);
  if (!m) return null;
  const end = span.start + m.index + m[0].length;
  const called = /^,?\s*(?:also\s+)?(?:called|named|known\s+as)\s+/i.exec(s.slice(end));
  const named = called ? places.find((p) => p.start === end + called[0].length) : undefined;
  if (named) return { local: [{ ...named, feature_hint: 'city' }], article: [], end: named.end };
  const province = places.filter((p) => isGovernorate(p.text)).pop();
  if (province) return { local: [{ ...province, feature_hint: 'city', near: false }], article: [], end };
  const earlier = [...memory.places].reverse().find((p) => isGovernorate(p.text));
  return earlier ? { local: [], article: [{ ...earlier, feature_hint: 'city', near: false }], end } : null;
}

/**
 * The place a won battle was fought for: named in the sentence ("the siege of X ended in ..."), or, when the clause
 * speaks of a battle, the last one the article named ("The Battle of X was ... The battle ended in a Y victory").
 */
function battleWon(s: string, places: PlaceHit[], v: VerbHit, memory: ArticleMemory): Found | null {
  const start = clauseStart(s, v.start);
  const named = places.filter((p) => p.cue === 'battle' && p.start >= start && p.end <= v.start);
  if (named.length) return { local: named, article: [], end: v.end };
  const last = memory.battles[memory.battles.length - 1];
  return last && BATTLE_NOUN.test(s.slice(start, v.start)) ? { local: [], article: [last], end: v.end } : null;
}
/** "ended in a decisive RSF victory" → "RSF": the words between the article and "victory", less an adjective of scale. */
function victor(phrase: string): string {
  const words = (/\b(?:a|an)\s+(.+?)\s+victory$/i.exec(phrase)?.[1] ?? '').replace(/^(?:(?:decisive|clear|major|swift|pyrrhic|quick|total|complete)\s+)+/i, '');
  return actorAfter(words, 0) || words;
}
const BATTLE_NOUN = /\b(?:battle|siege|fighting|clashes)\b/i;

/** "cleared" takes ground only with a place or a noun of places as its object ("cleared the villages of A and B"). */
const CLEARED_NOUN = String.raw`(?:villages?|towns?|city|area|districts?|neighbou?rhoods?|hills?|hilltops?|localit(?:y|ies)|settlements?|hamlets?)`;
const CLEARED = new RegExp(String.raw`^\s*(?:the\s+(?:[\p{Ll}\-]+\s+){0,2}${CLEARED_NOUN}\s+of\s+)?$`, 'u');

interface Found {
  local: PlaceHit[];
  article: PlaceMention[];
  end: number;
  /** "the city, as well as A and B": the place referred back to and each added name are changes of hands of their own. */
  each?: boolean;
}

/**
 * "X held out for four years. In April 2015 it was taken by rebels": "it" as the whole subject of a capture is the
 * place that opened the sentence before (a name that is its subject, not one met later in it).
 */
function itSubject(subject: string, memory: ArticleMemory): PlaceMention[] {
  const opener = memory.openers[memory.openers.length - 1];
  return opener && IT_SUBJECT.test(subject) ? [opener] : [];
}
const IT_SUBJECT = /^\s*(?:(?:in|on|by)\s+[\p{L}\d ]{3,30}?,?\s+|(?:later|then|eventually|finally)\s*,?\s+)?it\s*$/iu;


/** "stormed the base": the last airbase (town, camp...) named earlier in the article. */
function backReference(s: string, from: number, memory: ArticleMemory, places: PlaceHit[] = []): PlaceMention[] {
  const part = PART_OF_BACK_REFERENCE.exec(s.slice(from));
  const m = BACK_REFERENCE.exec(s.slice(from)) ?? part;
  if (!m) return [];
  const noun = (m[1] ?? m[2])!.toLowerCase();
  // "the settlement", "the locality" (an assessment's or a sitrep's word for a town or village) is a town-like place.
  const feature = /air|base/.test(noun) ? 'airbase' : /^(?:settlement|locality)$/.test(noun) ? 'town' : noun;
  // "recaptured X after driving the army out of the town": the town is the one this sentence has just named.
  const here = places.filter((p) => p.end <= from && (p.feature_hint === feature || (!p.feature_hint && !isGovernorate(p.text)))).pop();
  if (here && /^(?:town|city|village)$/.test(feature)) return [here];
  // "the city" is the last place called a city; failing that, for a part of it, the last plain town name.
  const earlier = [...memory.places].reverse();
  const prev = earlier.find((p) => p.feature_hint === feature) ?? (m === part ? earlier.find(isTownLike) : undefined);
  if (prev) return [prev];
  // Failing that, "the town" is the last place named, when that is a plain name, even one an action was only near
  // ("attacked near X on Monday. By Wednesday they had captured the town").
  const last = earlier[0];
  return /^(?:town|city|village)$/.test(feature) && last && isTownLike({ ...last, near: false }) ? [{ ...last, near: false }] : [];
}

/**
 * "attacked A and B. A week later, the RSF captured both": the two places of the last pair named, in this sentence
 * before the verb or, failing that, the last sentence that ended on one.
 */
function bothOf(s: string, places: PlaceHit[], v: VerbHit, memory: ArticleMemory, end: number): Found | null {
  const here = lastObject(s.slice(0, v.start).replace(/\s*$/, ' and '), places, v.start);
  if (here.length === 2) return { local: here, article: [], end };
  const pair = places.some((p) => p.end <= v.start) ? undefined : memory.pairs[memory.pairs.length - 1];
  return pair ? { local: [], article: pair, end } : null;
}
const BOTH = /^\s+both(?:\s+(?:of\s+them|towns|villages|cities|localities|settlements|positions|places))?\b/i;

/** The places of the last list named before `at` in the same sentence: what "them" or "it" stands for. */
function lastObject(s: string, places: PlaceHit[], at: number): PlaceHit[] {
  const before = places.filter((p) => p.end <= at);
  const last = before[before.length - 1];
  // Only a place its own verb just took in hand ("encircled X and captured it"), not one that locates something else
  // ("a checkpoint near X ... captured it").
  if (!last || last.near || !PRONOUN_LINK.test(s.slice(last.end, at).replace(SITE_AFTER, ''))) return [];
  const list = [last];
  for (let i = before.length - 2; i >= 0 && LIST_LINK.test(s.slice(before[i]!.end, list[0]!.start)); i--) list.unshift(before[i]!);
  return list;
}

/**
 * "ISIS captured Palmyra in May 2015, but government forces recaptured it in March 2016", "The RSF took Nyala and held
 * it until the army retook it": "it" ("them") after a clause of its own stands for what an earlier capture verb of the
 * sentence took: the one place (the places) of its object, the last places named before the pronoun's verb.
 */
function takenBefore(s: string, places: PlaceHit[], v: VerbHit, pronoun: string): PlaceHit[] {
  const last = places.filter((p) => p.end <= v.start).pop();
  if (!last || last.near) return [];
  const earlier = findVerbs(s.slice(0, last.start)).filter((u) => u.voice === 'active' && (u.category === 'captured' || u.category === 'entered'));
  const u = earlier.pop();
  const taken = u ? objectPlaces(s, places, u.end) : [];
  if (taken[taken.length - 1]?.start !== last.start) return [];
  return (/\bit$/i.test(pronoun) ? taken.length === 1 : taken.length > 1) ? taken : [];
}

/**
 * "Two days later, the FARDC retook it", "M23 recaptured them": a capture verb's pronoun, with no place before the verb
 * in its own sentence, is what the sentence before took: one place for "it", several for "them". Failing that, "it" is
 * the place the sentence before opened on. Never further back: there, "it" is as likely a base, a convoy or a road.
 */
function takenInSentenceBefore(s: string, places: PlaceHit[], v: VerbHit, pronoun: string, memory: ArticleMemory): PlaceMention[] {
  if (places.some((p) => p.end <= v.start)) return [];
  const taken = memory.taken[memory.taken.length - 1] ?? [];
  if (!/\bit$/i.test(pronoun)) return taken.length > 1 ? taken : [];
  if (taken.length === 1) return [{ ...taken[0]!, near: false }];
  const opener = memory.openers[memory.openers.length - 1];
  return opener && !taken.length ? [opener] : [];
}

/**
 * Places added after the participle of an absolute clause: "with all of X captured, along with much of Y and a
 * broad stretch of Z".
 */
function alsoTaken(s: string, places: PlaceHit[], from: number): PlaceHit[] {
  const out: PlaceHit[] = [];
  let end = from;
  for (const p of places.filter((q) => q.start >= from)) {
    if (!ALSO_LINK.test(s.slice(end, p.start))) break;
    out.push(p);
    end = p.end;
  }
  return out;
}
/**
 * "the rebels seized the town, as well as A, B and C": a back-reference object, then "as well as" / "along
 * with" and a list: each listed place is taken too, by the same verb (its actor and hedge).
 */
const ALSO_AFTER_BACK = new RegExp(`^${ALSO_JOIN}`, 'i');
function alsoAfterBack(s: string, places: PlaceHit[], from: number): PlaceHit[] {
  const m = ALSO_AFTER_BACK.exec(s.slice(from));
  return m ? objectPlaces(s, places, from + m[0].length) : [];
}
const PROVINCE_NOUN = String.raw`(?:\s+(?:governorate|province|region|state|oblast))?`;
const ALSO_LINK = new RegExp(String.raw`^${PROVINCE_NOUN}\s*,?\s+(?:${ALSO_WORDS}|and)\s+(?:[\p{Ll}\-]+\s+){0,5}$`, 'u');

/** Where the absolute clause of a 'with' hit starts: its "with" (or "declared"). */
function withStart(s: string, verbStart: number): number {
  return s.slice(0, verbStart).search(/\b(?:with|declared)\s[^,;.]*$/i);
}

function actorFor(s: string, v: VerbHit, objectEnd: number, memory: ArticleMemory): string {
  if (v.voice === 'under') {
    // "now under the control of X" names X after "of"; "now under army control" between "under" and "control".
    const of = /\bof\s*$/i.test(s.slice(v.start, v.end));
    return of ? actorAfter(s, v.end) : actorAfter(s.slice(0, v.end), s.slice(v.start, v.end).search(/\bunder\b/i) + v.start + 5);
  }
  if (v.voice === 'with') return sentenceActor(s) || recentActor(memory);
  if (v.voice === 'victory') return victor(s.slice(v.start, v.end));
  if (v.voice === 'withdrew') return winnerOverSubject(s, v, objectEnd, memory);
  // "fell to them": the pronoun stands for an actor of the previous sentences.
  if (v.voice === 'fell') return actorAfter(s, v.end) || (/^\s+them\b/i.test(s.slice(v.end)) ? recentActor(memory) : '');
  // "lost X to Y"; with no "to", as after "withdrew": "Armenian forces lost control of X" (lostControl).
  if (v.voice === 'lost') return beneficiary(s, objectEnd) || (lostControl(s, v) ? winnerOverSubject(s, v, objectEnd, memory) : '');
  if (v.voice === 'passive') {
    // "was retaken from the rebels by the army": the agent may follow the side it was taken from, and the verb's time
    // ("was captured on Monday by rebels", "was retaken in early June by the army").
    const by = passiveAgentAt(s, v.end);
    const actor = (by !== null ? actorAfter(s, by) : '') || claimant(s, v.start) || recentActor(memory);
    return notTheLoser(actor, loserAfter(s, v.end), memory);
  }
  if (v.voice === 'noun') {
    // "The fall of X came despite strikes by the air force": a "by" past "despite" is the defender's, not the taker's.
    const clause = s.slice(objectEnd).split(/[;.]/)[0]!;
    const despite = clause.search(DESPITE);
    const by = /^[^,;.]*?\bby\s+/i.exec(despite >= 0 ? clause.slice(0, despite) : s.slice(objectEnd));
    // A heading ("Capture of X") opens a section: the side of the sentences before it is not the one it names.
    // "The army pushed on, after the recapture of the town": the clause's subject took it, before the story's last side.
    const subject = /\b(?:after|following|with)\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/iu.test(s.slice(0, v.start)) ? subjectActor(s, v.start) : '';
    // "The RSF announced the capture of the city": a side that announces a capture tells of its own (not "a Houthi
    // monitoring group reported the fall of X": a source that reports names no taker).
    // "declared" is no saying verb to `claimant` (only "declared that" is): its subject is the side.
    const announcer = ANNOUNCED.test(s.slice(0, v.start)) ? claimant(s, v.start) || subjectActor(s, v.start) : '';
    const actor = (by ? actorAfter(s, objectEnd + by[0].length) : '') || fellTo(s, v, objectEnd) || possessor(s, v.start) || subject || announcer || (isHeading(s) ? '' : recentActor(memory));
    return notTheLoser(actor, loserAfter(s, objectEnd) || defenderIn(clause, despite), memory);
  }
  return sideAdvances(s, v) || ownersForces(s, v.start) || subjectActor(s, v.start) || recentActor(memory);
}

/** "despite", "in spite of" after a capture's noun: what follows is what the holder did to keep the place. */
const DESPITE = /\b(?:despite|in\s+spite\s+of)\s/i;

/**
 * "The fall of X came despite strikes by the air force": the first side named in the "despite" phrase held the place,
 * so the story's last side, when it is that one (its army "admitted it had lost control" before), did not take it.
 */
function defenderIn(clause: string, despite: number): string {
  return despite >= 0 ? actorsNamed(clause.slice(despite).split(',')[0]!)[0] ?? '' : '';
}

/**
 * "announced the capture of", "claimed the recapture of", "declared the seizure of": a side's own word on a capture,
 * right before its noun.
 */
const ANNOUNCED = new RegExp(String.raw`\b${wordsPattern('announced')}\s+(?:the\s+)?(?:\p{Ll}+\s+)?$`, 'iu');

/**
 * Where a passive verb's agent starts, after its "by": past the verb's own time, as the time finder reads it ("was
 * captured on Monday by rebels"), and the side it was taken from ("retaken from the rebels by the army"); null if none.
 */
function passiveAgentAt(s: string, verbEnd: number): number | null {
  const from = timeRightAfter(s, verbEnd)?.end ?? verbEnd;
  const by = /^\s+(?:from\s+[^,;.]{1,40}?\s+)?by\s+/i.exec(s.slice(from));
  return by ? from + by[0].length : null;
}

/** A list whose members, but the last, each close on their own time: one fact per member, each dated by its time. */
function ownTimedMembers(s: string, places: PlaceHit[]): boolean {
  return places.length > 1 && places.slice(0, -1).every((p) => timeRightAfter(s, p.end));
}

/**
 * "confirmed Russian advances near X", "RSF advances towards Y": the noun of an advance after a side's adjective or
 * name is that side's advance, whoever the sentence's subject (or the story's last side) is. The adjective is read
 * with the noun of forces the registry knows it by ("Russian forces").
 */
function sideAdvances(s: string, v: VerbHit): string {
  if (!/^advances\b/i.test(s.slice(v.start, v.end))) return '';
  const side = /(?:^|\s)(\p{Lu}[\p{L}\-]+)\s+(?:\p{Ll}+\s+)?$/u.exec(s.slice(Math.max(0, v.start - 40), v.start))?.[1];
  // The registry's hit must take in the adjective: "Further advances" gives only the generic "forces".
  return side ? (actorMentions(`${side} forces`).find((h) => h.start === 0)?.text ?? '') : '';
}

/** "were freed from ISIL militants", "the recapture of X from the rebels": the side named right after "from" lost it. */
function loserAfter(s: string, at: number): string {
  const m = /^\s+(?:\p{Ll}+ly\s+)?from\s+/u.exec(s.slice(at));
  return m ? actorAfter(s, at + m[0].length) : '';
}

/**
 * A side guessed from the sentences before (or a claimant) that is the very side the place was taken from did not
 * take it: its opponent among the sides named lately does, else no side (better none than the loser).
 */
function notTheLoser(actor: string, loser: string, memory: ArticleMemory): string {
  if (!loser || !actor || !sameSide(actor, loser)) return actor;
  return opponent(loser, memory.actors.slice(-8).reverse());
}

/**
 * The side that withdrew, without the allies named with it ("the army, backed by Burundian troops, abandoned X"):
 * an ally of the loser is not who took the place. Masked with spaces so offsets stay.
 */
function withoutAllies(before: string): string {
  return before.replace(ALLY_PHRASE, (m) => ' '.repeat(m.length));
}
const HELPED_BY = String.raw`(?:supported|backed|aided|assisted|reinforced|accompanied|joined)\s+by`;
const ALLY_PHRASE = new RegExp(String.raw`\b(?:${HELPED_BY}|alongside|together\s+with|along\s+with)\s[^,;]*`, 'gi');

/**
 * "Ukraine said its troops had retaken X", "the RSF announced that its fighters took X": forces named by a possessive
 * are those of the side that speaks, named before the reporting verb.
 */
function ownersForces(s: string, verbStart: number): string {
  const clause = s.slice(0, verbStart);
  const said = [...clause.matchAll(OWNER_SAID)].pop();
  if (!said || !OWN_FORCES.test(clause.slice(said.index! + said[0].length))) return '';
  return claimant(s, verbStart) || said[1]!.trim().replace(/^(?:The|A|An)\s+/, '');
}
/** "that its troops", "their elite units": the forces of the side that spoke. */
const FORCE_NOUN = String.raw`(?:forces|troops|army|fighters|soldiers|units|military|militia|men)`;
const OWN_FORCES = new RegExp(String.raw`^\s*(?:that\s+)?(?:its|their)\s+(?:[\p{Ll}\-]+\s+){0,2}?${FORCE_NOUN}\b`, 'u');
/** "The Ukrainian military said on Tuesday": a capitalised name, its reporting verb, and a short time after it. */
const OWNER_NAME = String.raw`((?:\p{Lu}[\p{L}’'\-]*\s+){1,4})`;
const OWNER_VERB = String.raw`(?:(?:has|have|had)\s+)?(?:said|says|announced|claimed|stated|reported)\b`;
const OWNER_SAID = new RegExp(String.raw`${OWNER_NAME}${OWNER_VERB}(?:\s+(?:on|late|early|last)\s+\p{L}+)?`, 'gu');

/**
 * "following the fall of X to Turkish-backed rebels", "after the fall of Y to ISIL": the side the place fell to, named
 * right after it, took it (as "X fell to Y" says), before any side of the sentences before.
 */
function fellTo(s: string, v: VerbHit, objectEnd: number): string {
  if (!/^(?:the\s+)?fall\b/i.test(s.slice(v.start, v.end))) return '';
  const to = /^\s+to\s+/i.exec(s.slice(objectEnd));
  return to ? actorAfter(s, objectEnd + to[0].length) : '';
}

/** "the army's capture of X", "the rebels' swift seizure of X": the side that owns the noun took the place. */
function possessor(s: string, nounStart: number): string {
  const m = /((?:[\p{L}\p{N}\-]+\s+){0,3}[\p{L}\p{N}\-]+)(?:['’]s|(?<=s)['’])\s+(?:\p{Ll}+\s+){0,2}$/u.exec(s.slice(0, nounStart));
  return m ? (actorsNamed(m[1]!).pop() ?? '') : '';
}

function isHeading(s: string): boolean {
  const t = s.trim();
  return !/[.!?:;]["”’)]*$/.test(t) && t.split(/\s+/).length <= 8;
}

/**
 * The story's side: the subject of one of the last two sentences. A section heading among them ("Assault on the
 * airbase", "March 2019") does not end the story: the side that last gained ground carries into the new section until
 * another side gains ground.
 */
export function recentActor(memory: ArticleMemory): string {
  const recent = memory.subjects.slice(-2).reverse().find((a) => a);
  if (recent) return recent;
  return memory.headings.slice(-2).some(Boolean) ? memory.gainer : '';
}

/** Territory facts read off capture/entry/advance verbs, skipping verbs already used by a counted figure. */
export function territoryDrafts(
  s: string,
  places: PlaceHit[],
  usedVerbs: { start: number; end: number }[],
  memory: ArticleMemory,
): Draft[] {
  const drafts: Draft[] = placeTotals(s, memory, recentActor);
  for (const v of findVerbs(s)) {
    if (usedVerbs.some((u) => overlaps(u, v))) continue;
    if (v.voice !== 'noun' && isIntention(s, v.start)) continue;
    if (v.voice === 'noun' && /\b(?:its|their|his|her)\s+$/i.test(s.slice(0, v.start))) continue;
    // "troops will target X after the recapture of Y": a capture a plan waits for has not happened yet.
    if (v.voice === 'noun' && AWAITED.test(s.slice(0, v.start))) continue;
    // "the fall of X would open ...", "threatened the capture of X", "warned of the fall of X": a modal clause.
    if (v.voice === 'noun' && isModalNoun(s, v.start, v.end)) continue;
    // "the heaviest fighting since the capture of X", "the biggest prize since the recapture of Y": a yardstick.
    if (v.voice === 'noun' && YARDSTICK.test(s.slice(clauseStart(s, v.start), v.start))) continue;
    // Residents who abandon a town are displaced: only an armed side's withdrawal is a change of hands.
    if (v.voice === 'withdrew' && !armedSubject(s, v.start)) continue;
    // "to secure the recaptured parts of X", "in the newly captured districts of X": a participle describing ground
    // taken earlier, on no day the sentence gives; the sentence's event is another.
    if (v.voice === 'active' && ATTRIBUTIVE_BEFORE.test(s.slice(0, v.start)) && /^\s+\p{Ll}/u.test(s.slice(v.end)) && !/^\s+by\b/i.test(s.slice(v.end))) continue;
    // "had begun withdrawing from X", "started retreating from X": the side is leaving; X has not changed hands yet.
    if (v.voice === 'withdrew' && INCEPTIVE_BEFORE.test(s.slice(0, v.start))) continue;
    // "advanced in X" is ground gained only when an armed side advanced ("prices advanced in X" is not).
    if (v.category === 'advanced' && (v.armed || /\bin$/i.test(s.slice(v.start, v.end))) && !armedSubject(s, v.start)) continue;
    // "A large number of people have moved to X": civilians who move to a town are displaced, never a side's advance.
    if (v.category === 'advanced' && civilianSubject(s, v.start)) continue;
    // "as the fighting advanced towards X": the violence spread, no side is named as gaining ground.
    if (v.category === 'advanced' && eventSubject(s, v.start)) continue;
    // "320 households (1,410 individuals) from A and B entered C": counted civilians arriving in a town, no side taking it.
    if (v.category === 'entered' && v.voice === 'active' && (civilianSubject(s, v.start) || countedCivilians(s, v.start))) continue;
    const counted = v.voice === 'including' ? countedCapture(s, v) : null;
    if (v.voice === 'including' && !counted) continue;
    const part = counted ? includedCount(s, places, v) : null;
    if (part) drafts.push({ ...part, actor_text: subjectActor(s, counted!.start) || claimant(s, counted!.start) || recentActor(memory) });
    const found = placesOf(s, places, v, memory);
    if (v.voice === 'including' && !listOfTaken(s, counted!, v, found.local[0])) continue;
    if (!found.local.length && !found.article.length) {
      const one = oneMorePlace(s, places, v, memory);
      if (one) drafts.push(one);
      continue;
    }
    if (v.voice === 'lost' && !/\bto\b/i.test(s.slice(v.end, found.end + 80).split(/[;.]/)[0]!) && !lostControl(s, v)) continue;
    if (v.voice === 'fell' && !bareFall(s, found.local, v)) continue;
    if (v.category !== 'advanced' && REPELLED.test(s.slice(found.end))) continue;
    if (/controll?(?:ed|s)?$/i.test(s.slice(v.start, v.end)) && STANDING.test(s.slice(found.end))) continue;
    let category = v.category;
    if (category === 'entered' && [...found.local, ...found.article].every((p) => isArea(p) && !namedTownBefore(p, memory))) category = 'advanced';
    const core = verbCore(s, v);
    // "took A on 3 May and B on 5 May": each place is a member of its own, dated by the time after it (index.ts).
    const timed = ownTimedMembers(s, found.local);
    const members = timed || found.each ? found.local.map((p) => [p]) : regionsApart(found.local);
    // The place referred back to is a member of its own, before the names added to it.
    if (found.each && found.article.length) members.unshift([]);
    for (const [i, local] of members.entries()) drafts.push({
      kind: 'territory',
      category,
      group: '',
      quantity: null,
      unit: '',
      count_phrase: '',
      figStart: core.start,
      figEnd: core.end,
      cueStart: v.start,
      cueEnd: Math.max(v.end, found.end, agentEnd(s, v)),
      places: local,
      articlePlaces: found.each && i > 0 ? [] : found.article,
      actor_text: counted ? subjectActor(s, counted.start) || claimant(s, counted.start) || recentActor(memory) : actorFor(s, v, found.end, memory),
      cumulative: false,
      ...(timed ? { member: { start: local[0]!.start, end: local[0]!.end } } : {}),
    });
  }
  return drafts;
}

/**
 * A fall with no side after it ("Svatove quickly fell on 6 March") says a change of hands only when the place alone is
 * its subject, opening its clause ("Prices in Kherson fell in May", "Assad fell on 8 December" are no captures).
 */
const BARE_FALL_SUBJECT = /(?:^|[,;:]\s*|\b(?:and|when|after|until|before|then|that|said|says)\s+)(?:the\s+(?:town|city|village)\s+of\s+)?$/i;
function bareFall(s: string, subject: PlaceHit[], v: VerbHit): boolean {
  if (!/^(?:fell|had\s+fallen)$/i.test(s.slice(v.start, v.end))) return true;
  const place = subject[subject.length - 1];
  if (!place || !/^\s+(?:\p{Ll}+ly\s+)?$/u.test(s.slice(place.end, v.start)) || !BARE_FALL_SUBJECT.test(s.slice(0, place.start))) return false;
  // A capitalised common noun opening the sentence ("Shells fell on X") is no name: the tagger knows it as a noun.
  return sentenceTokens(s).find((t) => t.start === place.start)?.pos === 'PROPN' && !inflectedWord(place.text);
}

/**
 * "Deaths fell in 2023", "Prices fell in May": the tagger calls any capital that opens a sentence a name, but the same
 * word written in lower case, mid-sentence, is an inflected common noun (its lemma differs); no place name inflects.
 */
function inflectedWord(text: string): boolean {
  if (/\s/.test(text)) return false;
  const word = text.toLowerCase();
  const token = tokenize(`They said ${word} fell.`)[2];
  return !!token && token.text === word && token.lemma !== word;
}

/**
 * "and was recaptured by the army in June": a passive's agent belongs to its verb, so the time after the agent is
 * nearer than one before the verb ("fell to X in May and was recaptured by Y in June").
 */
function agentEnd(s: string, v: VerbHit): number {
  const m = v.voice === 'passive' ? AGENT.exec(s.slice(v.end)) : null;
  return m ? v.end + m[0].length : v.end;
}
const AGENT_STOP = 'in|on|at|that|this|last|after|before|during|since|within|early|late|from|near|and|but';
const AGENT = new RegExp(String.raw`^\s+by\s+[^,;.]{1,50}?(?=\s+(?:${AGENT_STOP})\b|[,;.]|$)`, 'iu');

/**
 * "took Saraqib, along with much of Idlib governorate and a stretch of Hama governorate": a whole region gained is a
 * fact of its own, apart from the towns taken with it (their extents differ; a region's share is no town's).
 */
function regionsApart(places: PlaceHit[]): PlaceHit[][] {
  // An administrative region only: "the outskirts of X" or "X countryside" are parts of a town's ground.
  const isRegion = (p: PlaceHit) => p.feature_hint === 'province' || (!p.feature_hint && isGovernorate(p.text));
  const regions = places.filter(isRegion);
  if (places.length < 2 || !regions.length) return [places];
  const towns = places.filter((p) => !isRegion(p));
  return [...(towns.length ? [towns] : []), ...regions.map((r) => [r])];
}

/**
 * "had taken another village", "seized one more settlement near X": a count of one place, located by the places of
 * the rest of its clause.
 */
function oneMorePlace(s: string, places: PlaceHit[], v: VerbHit, memory: ArticleMemory): Draft | null {
  const m = v.voice === 'active' && v.category === 'captured' ? ONE_MORE.exec(s.slice(v.end)) : null;
  if (!m) return null;
  const start = v.end + m.index + m[0].length - m[0].trimStart().length;
  const end = v.end + m[0].length;
  const clauseEnd = s.slice(end).search(/[;.]/);
  const stop = clauseEnd < 0 ? s.length : end + clauseEnd;
  const tally = runningTally(s, end, stop);
  return {
    kind: 'territory', category: 'captured', group: '', unit: 'places',
    quantity: { value: tally?.value ?? 1, vague_word: '', modifier: 'exact' },
    count_phrase: tally?.phrase ?? m[1]!,
    figStart: tally?.start ?? start, figEnd: tally?.end ?? start + m[1]!.length, cueStart: v.start, cueEnd: end,
    places: places.filter((p) => p.start >= end && p.start < stop && p.cue !== 'from'),
    actor_text: actorFor(s, v, end, memory),
    cumulative: tally !== null,
    // The tally ends on the day the one place fell ("on Tuesday"), not at the end of its span ("in less than a week").
    ...(tally ? { member: { start, end } } : {}),
  };
}

/**
 * "seized another provincial capital on Tuesday, the seventh in less than a week", "took one more village — the third
 * this month": an ordinal set off after the one place is the running count of places taken, not the one place.
 * Not "the second largest", "the third day of", "the first time".
 */
const TALLY = /[,—–]\s*the\s+([\p{L}]+|\d+(?:st|nd|rd|th))(?=\s+(?:in|this|since|to|so|within|over|that|such)\b|\s*[,.;—–]|$)/u;
function runningTally(s: string, from: number, stop: number): { value: number; phrase: string; start: number; end: number } | null {
  const m = TALLY.exec(s.slice(from, stop));
  const value = m ? ordinalNumber(m[1]!) : null;
  if (!m || value === null || value < 2) return null;
  const start = from + m.index + m[0].indexOf('the');
  return { value, phrase: s.slice(start, from + m.index + m[0].length), start, end: from + m.index + m[0].length };
}
/**
 * "cleared 500 square km, including at least 28 villages east of X", "took 95 villages, including around 60 in Idlib
 * alone": a count of places inside a capture, with the places of the rest of its clause. The noun may be left out
 * ("60 in Idlib") when the capture has counted places before.
 */
function includedCount(s: string, places: PlaceHit[], v: VerbHit): Omit<Draft, 'actor_text'> | null {
  const q = findQuantities(s.slice(v.end, v.end + 40))[0];
  if (!q || q.value === null || s.slice(v.end, v.end + q.start).trim()) return null;
  const after = s.slice(v.end + q.end);
  const noun = PLACE_COUNT_NOUN.exec(after)?.[0] ?? (ELLIPTIC.test(after) && PLACE_NOUNS_BEFORE.test(s.slice(0, v.start)) ? '' : null);
  if (noun === null) return null;
  const start = v.end + q.start;
  const end = v.end + q.end + noun.length;
  const clauseEnd = s.slice(end).search(/[;.]|,\s+(?:the|a|an)?\s*\p{Ll}+\s+(?:said|says|reported)\b/u);
  const stop = clauseEnd < 0 ? s.length : end + clauseEnd;
  const own = places.filter((p) => p.start >= end && p.start < stop && p.cue !== 'from');
  // Its own time phrase ("around 60 in X during the past 14 days") is looked for from the count to its places.
  return {
    kind: 'territory', category: 'captured', group: '', unit: 'places',
    quantity: quantityOf(q),
    count_phrase: s.slice(start, end).trim(),
    figStart: v.end + q.numStart, figEnd: v.end + q.numEnd, cueStart: start, cueEnd: Math.max(end, ...own.map((p) => p.end)),
    places: own,
    cumulative: false,
  };
}
// Inhabited places only (data/place-nouns.csv): "28 villages" inside a capture of square km; "60 positions" is no part of it.
const SETTLEMENTS = SETTLEMENT_NOUNS.join('|');
const PLACE_COUNT_NOUN = new RegExp(String.raw`^\s+(?:more\s+|other\s+)?(?:${SETTLEMENTS})\b`, 'i');
const ELLIPTIC = /^(?=\s+(?:in|of\s+them)\b)/i;
const PLACE_NOUNS_BEFORE = new RegExp(String.raw`\b(?:${SETTLEMENTS})\b`, 'i');

/**
 * The names after "including" are places taken when the capture's object is a noun of places ("seized 12 villages,
 * including the town of X": places.ts gives a bare name the cue "including"; a name after its own noun, "the town of
 * X", keeps the cue "of", so the object before the link is read here).
 */
function listOfTaken(s: string, counted: { end: number }, v: VerbHit, first: PlaceHit | undefined): boolean {
  if (!first) return false;
  return first.cue === 'including' || (first.cue === 'of' && placeListLead(`${s.slice(counted.end, v.end)} `));
}

/**
 * A superlative (text.ts) some words before "since the (full) capture of": the capture only measures the clause's event.
 */
const NOUN_OWNER = String.raw`(?:[\p{L}\p{N}\-]+['’]s\s+|(?<=s)['’]\s+)`;
const YARDSTICK = new RegExp(String.raw`${SUPERLATIVE}[^;.]{0,100}?\bsince\s+(?:the\s+)?(?:${NOUN_OWNER})?(?:\p{Ll}+\s+)?$`, 'iu');

/** A future or a plan before "after/once/following the capture of": "will move on X after the capture of Y". */
const FUTURE = String.raw`(?:will|would|plans?\s+to|planned\s+to|intends?\s+to|is\s+to|are\s+to)`;
const AWAITED = new RegExp(String.raw`\b${FUTURE}\b[^;.]*\b(?:after|once|following|until)\s+(?:the\s+)?(?:\p{Ll}+\s+)?$`, 'iu');

/** An unnamed place before the first name: "a village near", "another town south of", "a strategic hill overlooking". */
// Up to two modifiers, a demonym among them: "another Afghan provincial capital", "a strategic hill".
const MODIFIER = String.raw`(?!(?:of|and|or|the|in|on|near|from|to)\s)[\p{L}\-]+\s+`;
const UNNAMED_NOUN = String.raw`(?:${MODIFIER}){0,2}(?:${ONE_PLACE_NOUNS.join('|')})`;
const ONE_UNNAMED = new RegExp(String.raw`^(?:an?|another|one\s+more|a\s+further)\s+${UNNAMED_NOUN}\s+(?!of$)`, 'u');
const ONE_MORE = new RegExp(String.raw`^\s+(another|one\s+more|a\s+further)\s+${UNNAMED_NOUN}\b`, 'u');

/**
 * An armed side as the subject of the clause before `at`: a registry actor, or a military noun or an acronym ("the
 * FARDC") with no civilian noun ("residents", "families" abandon a town as displaced people, not as a side).
 */
/**
 * The side that took a place from the subject of `v`: named after the place ("withdrew from X as the army advanced"),
 * earlier in the sentence ("When the Peshmerga entered A, ISIS withdrew from B"), or in the sentences before.
 */
function winnerOverSubject(s: string, v: VerbHit, objectEnd: number, memory: ArticleMemory): string {
  const earlier = actorsNamed(withoutAllies(s.slice(0, v.start))).reverse();
  return opponent(subjectActor(s, v.start), [...actorsNamed(s.slice(objectEnd)), ...earlier, ...memory.actors.slice(-8).reverse()]);
}

/**
 * "Armenian forces lost control of Hadrut", "the army lost control over the town": an armed side giving up control is a
 * change of hands even with no "to Y" (which a bare "lost X" needs: "lost 40 men", "lost their homes" are none).
 */
function lostControl(s: string, v: VerbHit): boolean {
  return /\bcontrol\s+(?:of|over)$/i.test(s.slice(v.start, v.end)) && armedSubject(s, v.start);
}

function armedSubject(s: string, at: number): boolean {
  const clause = s.slice(clauseStart(s, at), at);
  if (CIVILIAN.test(clause)) return false;
  return !!subjectActor(s, at) || ARMED.test(clause);
}
/**
 * Civilians named as such, and no armed side, as the subject of the clause before `at`. A pronoun tells no side from
 * civilians ("M23 seized X. The next day, they pushed towards Y"), so here it is no civilian subject.
 */
function civilianSubject(s: string, at: number): boolean {
  const clause = s.slice(clauseStart(s, at), at);
  const head = SUBJECT_HEAD.exec(clause)?.[1] ?? '';
  return CIVILIAN.test(head) && !PRONOUN_SUBJECT.test(head) && !ARMED.test(clause) && !subjectActor(s, at);
}
/** The subject's head right before the verb is a noun of violence itself (territory-words.csv, role `event`). */
function eventSubject(s: string, at: number): boolean {
  const head = SUBJECT_HEAD.exec(s.slice(clauseStart(s, at), at))?.[1] ?? '';
  return EVENT.test(head);
}
/**
 * A count of civilians opens the verb's subject, whatever follows it before the verb ("501 households (1,824
 * individuals) from A and B entered"): no armed word or side from the count on.
 */
function countedCivilians(s: string, at: number): boolean {
  const clause = s.slice(clauseStart(s, at), at);
  const count = [...clause.matchAll(COUNTED_CIVILIANS)].shift();
  if (!count) return false;
  const subject = clause.slice(count.index);
  return !ARMED.test(subject) && !subjectActor(s, at);
}
/** The nouns a count of civilians is told in; case kept, as a sitrep writes "HHs" and "IDPs". */
const COUNTED_NOUN = String.raw`(?:residents|civilians|people|persons|individuals|families|households|HHs?|inhabitants|villagers|IDPs)`;
const COUNTED_CIVILIANS = new RegExp(String.raw`\d[\d,.]*\s+(?:[\p{L}-]+\s+)?${COUNTED_NOUN}\b`, 'gu');

/**
 * The subject's last word right before the verb, past auxiliaries and adverbs ("people have", "families also"): the
 * civilians must be who moved, not a word elsewhere in a long clause ("as thousands fled, the regime advanced").
 */
// "Forty households from Upper Dir had moved into": where the subject came from, a name after "from", may follow it.
const FROM_NAME = String.raw`(?:\s+from\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?`;
const SUBJECT_HEAD = new RegExp(String.raw`(\p{L}+)${FROM_NAME}\s+(?:(?:have|has|had|were|was|are|is|been|being|also|then|later|\p{Ll}+ly)\s+)*$`, 'u');
const PRONOUN_SUBJECT = /^(?:we|they)$/i;
/** A noun of civilians (territory-words.csv), or a pronoun: "they" may be residents as well as a side. */
const CIVILIAN = new RegExp(String.raw`\b(?:${wordsPattern('civilian')}|we|they)\b`, 'i');
const EVENT = new RegExp(String.raw`^${wordsPattern('event')}$`, 'i');
/** A noun of an armed side (territory-words.csv), "militia" with its forms, or an acronym ("the FARDC"); case kept. */
const ARMED = new RegExp(String.raw`\b(?:${wordsPattern('armed')}|militia\w*|\p{Lu}{3,})\b`, 'u');

/**
 * The capture verb an "including" list belongs to ("seized 12 villages, including A and B"; "Numerous localities were
 * taken, including A"): the last one earlier in the same clause. places.ts gives the listed names the cue
 * "including" only after a plural noun of places.
 */
function countedCapture(s: string, v: VerbHit): { start: number; end: number } | null {
  const before = s.slice(0, v.start);
  // A period inside a sentence ends a clause only before a capital: "since Oct. 22, including ..." runs on.
  const stop = [...before.matchAll(/;|\.\s+(?=\p{Lu})/gu)].pop();
  const clause = stop ? stop.index! + 1 : 0;
  const verb = allMatches(ANY_CAPTURE, before.slice(clause)).pop();
  return verb ? { start: clause + verb.index, end: clause + verb.index + verb[0].length } : null;
}
const ANY_CAPTURE = new RegExp(String.raw`\b(?:${CAPTURE})\b|\b${PASSIVE}\b`, 'gi');

/** The verb word itself, for figure offsets: "seized" in "were seized", "fell" in "fell to", "capture" in "the capture of". */
function verbCore(s: string, v: VerbHit): { start: number; end: number } {
  const text = s.slice(v.start, v.end);
  const words = [...text.matchAll(/[\p{L}\-]+/gu)].filter((w) => !/^(?:the|was|were|been|being|is|are|reportedly|also|now|fully|later|finally|recently)$/i.test(w[0]));
  const w = words[0] ?? { index: 0, 0: text };
  return { start: v.start + w.index!, end: v.start + w.index! + w[0].length };
}

/**
 * "captured the central city of Hama ... the rebels entered Hama": a governorate's name the article has already called
 * a city or town is that city, so entering it is an entry, not an advance into the province.
 */
function namedTownBefore(p: PlaceMention, memory: ArticleMemory): boolean {
  const name = foldName(p.text);
  return !p.feature_hint && memory.places.some((q) => (q.feature_hint === 'city' || q.feature_hint === 'town') && foldName(q.text) === name);
}

function isArea(p: PlaceMention): boolean {
  return p.feature_hint === 'province' || p.feature_hint === 'country' || p.feature_hint === 'area' || (!p.feature_hint && isGovernorate(p.text));
}

function placesOf(s: string, places: PlaceHit[], v: VerbHit, memory: ArticleMemory): Found {
  const none: Found = { local: [], article: [], end: v.end };
  if (v.voice === 'victory') return battleWon(s, places, v, memory) ?? none;
  if (v.voice === 'gains') return gainsPlaces(s, places, v, memory);
  if (v.voice === 'with') {
    const subject = places.filter((p) => p.start >= withStart(s, v.start) && p.end <= v.start);
    if (!subject.length) return placesOf(s, places, { ...v, voice: 'active' }, memory);
    const more = alsoTaken(s, places, v.end);
    return { local: [...subject, ...more], article: [], end: more.length ? more[more.length - 1]!.end : v.end };
  }
  if (v.voice === 'passive' || v.voice === 'fell' || v.voice === 'under') {
    const start = clauseStart(s, v.start);
    const subject = withoutApposition(s, places.filter((p) => p.start >= start && p.end <= v.start));
    if (subject.length) return { local: subject, article: [], end: v.end };
    const cap = capitalOf(s, places, { start, end: v.start }, memory);
    if (cap) return { ...cap, end: v.end };
    const ante = antecedent(s, places, v.start);
    if (ante.length) return { local: ante, article: [], end: v.end };
    // "The town fell to the rebels", "The base was retaken": the subject is the town (base...) named before.
    const back = SUBJECT_REFERENCE.test(s.slice(start, v.start)) ? backReference(` ${s.slice(start, v.start).trim()}`, 0, memory) : itSubject(s.slice(start, v.start), memory);
    return back.length ? { local: [], article: back, end: v.end } : none;
  }
  const object = objectPlaces(s, places, v.end).filter((p, i, all) => !/^clear/i.test(s.slice(v.start, v.end)) || CLEARED.test(s.slice(v.end, all[0]!.start)));
  if (object.length) return { local: object, article: [], end: endOfObject(s, places, object[object.length - 1]!) };
  const cap = capitalOf(s, places, { start: v.end, end: Math.min(s.length, v.end + 60) }, memory);
  if (cap) return cap;
  const back = backReference(s, v.end, memory, places);
  const backEnd = (BACK_REFERENCE.exec(s.slice(v.end)) ?? PART_OF_BACK_REFERENCE.exec(s.slice(v.end)))?.[0].length ?? 0;
  // The names added after it are taken even when no earlier place answers the noun.
  const also = backEnd ? alsoAfterBack(s, places, v.end + backEnd) : [];
  if (also.length) return { local: also, article: back, end: endOfObject(s, places, also[also.length - 1]!), each: true };
  if (back.length) return { local: [], article: back, end: v.end + backEnd };
  const pronoun = v.voice === 'active' ? PRONOUN_OBJECT.exec(s.slice(v.end)) : null;
  const here = pronoun ? lastObject(s, places, v.start) : [];
  const named = here.length || !pronoun ? here : takenBefore(s, places, v, pronoun[0]);
  if (named.length) return { local: named, article: [], end: v.end + pronoun![0].length };
  const before = pronoun ? takenInSentenceBefore(s, places, v, pronoun[0], memory) : [];
  if (before.length) return { local: [], article: before, end: v.end + pronoun![0].length };
  const both = v.voice === 'active' ? BOTH.exec(s.slice(v.end)) : null;
  if (both) return bothOf(s, places, v, memory, v.end + both[0].length) ?? none;
  if (v.voice === 'active' && /^\s*(?:\p{Lu}[\p{L}]+day\b|[,.;]|$|\s(?:on|in|at|after|with)\b)/u.test(s.slice(v.end))) {
    const ante = antecedent(s, places, v.start);
    if (ante.length) return { local: ante, article: [], end: v.end };
  }
  return none;
}
