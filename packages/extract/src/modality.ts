/**
 * The modality of the clause that governs an event word (data/modality.csv): a modal verb ("could capture", "the fall
 * of X would open"), a verb of intent or threat ("threatened to take", "risks displacing", "plans for the capture of")
 * or a verb that fears or wards off an event ("warned of the fall of", "to prevent the capture of") says the event did
 * not happen, so it gives no fact. A claim ("rebels claimed to have captured X") is not here: it is a fact credited
 * to the claimant (certainty.ts).
 */
import { parseRegistry } from '@frontline/schema';
import { alternation } from '@frontline/nlp/dates';
import { readDataFile } from './data.ts';

export interface Modality {
  /** Modal verbs, lower case only: a capitalized "May" mid-sentence is the month. */
  modal: RegExp;
  /**
   * A modal, then an adverb that may follow it ("could soon", "will not") or its perfect ("could have"), at the end
   * of a text.
   */
  modalBefore: RegExp;
  /** "... to", "... -ing" and "... the N of" after a verb of intent, threat or risk, at the end of a text. */
  intentBefore: RegExp;
  /** A verb of intent, threat, risk, fear or warding-off, then an optional preposition, at the end of a text. */
  nounGovernor: RegExp;
  /** The modal verbs' lemmas, for a tagged token after a subject ("N people could flee"). */
  modalLemmas: Set<string>;
  /** A claim the text itself calls false ("falsely claimed that X had captured"), its clause up to the text's end. */
  refutedBefore: RegExp;
}

/** Parses the modality table's text (a broken row stops the stage with its line). */
export function parseModality(text: string, file = 'modality.csv'): Modality {
  const rows = parseRegistry(text, file, ['word', 'kind', 'forms'], { kind: ['modal', 'intent', 'noun', 'refuting'] });
  const forms = (...kinds: string[]) => rows.filter((r) => kinds.includes(r.kind!)).flatMap((r) => r.forms!.split('|').map((f) => f.trim()));
  return {
    modalLemmas: new Set(rows.filter((r) => r.kind === 'modal').map((r) => r.word!.toLowerCase())),
    modal: new RegExp(`\\b(?:${alternation(forms('modal'))})\\b`),
    // The modal perfect tells what did not happen: "could have (potentially) killed thousands", "would have displaced".
    modalBefore: new RegExp(`\\b(?:${alternation(forms('modal'))})(?:\\s+(?:soon|not|now|also|eventually|likely|then))?(?:\\s+have)?(?:\\s+[a-z]+ly)?\\s*$`),
    intentBefore: new RegExp(`\\b(?:${alternation(forms('intent'))})\\s+(?:at\\s+|on\\s+)?$`, 'i'),
    nounGovernor: new RegExp(`\\b(?:${alternation(forms('intent', 'noun'))})\\s+(?:(?:with|for|of|against|to)\\s+)?$`, 'i'),
    // The refuting word, then a verb of claim or report, then the rest of its clause up to the event's verb.
    refutedBefore: new RegExp(`\\b(?:${alternation(forms('refuting'))})\\s+(?:claim|report|announc|assert|stat|sa(?:y|id))\\w*\\b[^.;]*$`, 'i'),
  };
}

let cached: Modality | undefined;
export function modality(): Modality {
  cached ??= parseModality(readDataFile('modality.csv'));
  return cached;
}

/** An event word at `at` inside a claim the text itself calls false ("falsely claimed that DPR forces had captured X"). */
export function isRefuted(s: string, at: number): boolean {
  return modality().refutedBefore.test(s.slice(Math.max(0, at - 160), at));
}

/** Words that open a new clause after a noun phrase: a modal past them belongs to another verb. */
const CLAUSE_BREAK = /[,;:()—–]|\b(?:which|who|that|when|while|after|before|as|and|but|because|where|whose|until|since|though|although)\b/i;

/**
 * An event noun ("the capture of", "the fall of") whose clause is modal: its governing verb is a modal or a verb of
 * intent, threat or fear ("could lead to the fall of", "threatened the capture of", "warned of the fall of"), or the
 * noun phrase is the subject of a modal verb ("the fall of X would represent ..."). `start`/`end` bound the noun.
 * `narrative`: for nouns of victims ("the deaths of", "the displacement of"), which a narrative tells in the future of
 * the past ("the shelling would lead to the deaths of 12"; "the killing of 30 protesters would spark the uprising"),
 * "would" and the noun's own modal verb are no sign the event did not happen; the verbs of fear and intent still are.
 */
export function isModalNoun(s: string, start: number, end: number, narrative = false): boolean {
  const m = modality();
  // The noun's article belongs to it: "warned of | the deaths of" is governed as "warned of | the fall of" is.
  const clause = (s.slice(Math.max(0, start - 160), start).split(/[.;:,](?=\s)|—/).pop() ?? '').replace(/\b(?:the|a|an)\s+$/i, '');
  if (m.nounGovernor.test(clause)) return true;
  // A modal and up to three words before the noun: "would represent the capture of", "could lead to the fall of".
  const near = /((?:[\p{L}’'\-]+\s+){1,4})$/u.exec(clause)?.[1] ?? '';
  const modal = m.modal.exec(near);
  if (modal && !(narrative && modal[0] === 'would')) return true;
  return !narrative && subjectOfModal(s.slice(end), m.modal);
}

const DATED = /\b(?:1[89]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** The words after an event noun, up to the next clause: a modal among the first eight is the noun phrase's verb. */
function subjectOfModal(after: string, modal: RegExp): boolean {
  const words = after.trimStart().split(/\s+/).slice(0, 8).join(' ');
  const cut = CLAUSE_BREAK.exec(words);
  const head = cut ? words.slice(0, cut.index) : words;
  const verb = modal.exec(head);
  // "The fall of Ramadi in May 2015 would prove ...": a dated noun is a past event told in the future of the past.
  return !!verb && !DATED.test(head.slice(0, verb.index));
}
