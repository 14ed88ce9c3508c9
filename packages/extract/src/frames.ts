/**
 * The frames table (data/frames.csv): one row per predicate that makes a figure a fact, with the argument that
 * carries the count. Adding a verb or a noun is a row, not code; every row's example sentences run as tests.
 *
 * count_role:
 * - subject: the count is the subject of an intransitive ("N died") or passive ("N were killed") verb;
 * - object: the count is the object of an active verb ("seized N villages");
 * - head: the noun is what the figure counts ("N displacements");
 * - of: the count is the noun's "of" complement ("the death of N");
 * - rise_to: the noun's value is stated by a verb of change ("the toll rose to N").
 * `forms` lists written forms the tagger may not lemmatise ("retook"), `;`-separated; `examples` are `|`-separated.
 * category `report` marks reporting verbs (track, record ...): they state a count of their object's noun and license
 * nouns whose `licensed_by` is `reporting` ("registered N arrivals": an arrival counts only when a report counts it).
 * category `cause` marks causing verbs (cause, inflict, suffer ...): they license nouns whose `licensed_by` is `cause`
 * ("caused 14 casualties": a count of casualties a report merely records is broken down elsewhere, not a fact itself).
 * category `suffer` marks causing verbs whose subject is the victim, not the perpetrator ("the brigade suffered N
 * casualties": the brigade's own losses).
 * `licensed_by` `label`: the word names a category only as the label of a report's line ("IDPs: 3,000 families").
 * `licensed_by` `persons`: the noun's complement counts only a phrase that names people ("the loss of four soldiers" is
 * a death; "the loss of 300 homes" or "of 300 jobs" is none, though a bare figure elsewhere counts persons);
 * on a subject verb, the subject must name people, and the row beats the verb's other rows ("12 soldiers fell" died,
 * "three villages fell" were taken).
 */
import { CATEGORIES, listCell, parseRegistry } from '@frontline/schema';
import { escapeRe } from '@frontline/nlp/dates';
import type { Category } from '@frontline/schema';
import { readDataFile } from './data.ts';

export type CountRole = 'subject' | 'object' | 'head' | 'of' | 'rise_to';

export interface Frame {
  lemma: string;
  /** Written forms the tagger may leave unlemmatised ("retook", "returnees"). */
  forms: string[];
  pos: 'VERB' | 'NOUN';
  /** The fact's category; 'report' for reporting verbs; '' when the noun's complement says it ("the number of ... killed"). */
  category: Category | 'report' | 'cause' | 'suffer' | '';
  count_role: CountRole;
  voice: 'active' | 'passive' | 'intransitive' | '';
  licensed_by: 'reporting' | 'cause' | 'label' | 'persons' | '';
  examples: string[];
  source: string;
}

const FILE = 'frames.csv';

/** Parses and checks the table's text; `file` names it in errors (a broken table stops the stage, with its line). */
export function parseFrames(text: string, file = FILE): Frame[] {
  const rows = parseRegistry(text, file, ['lemma', 'pos', 'count_role', 'examples'], {
    pos: ['VERB', 'NOUN'],
    category: [...Object.values(CATEGORIES).flat(), 'report', 'cause', 'suffer', ''],
    count_role: ['subject', 'object', 'head', 'of', 'rise_to'],
    voice: ['active', 'passive', 'intransitive', ''],
    licensed_by: ['reporting', 'cause', 'label', 'persons', ''],
  });
  return rows.map((r) => ({
    lemma: r.lemma!.toLowerCase(),
    forms: (r.forms ?? '').toLowerCase().split(';').map((w) => w.trim()).filter(Boolean),
    pos: r.pos as Frame['pos'],
    category: (r.category ?? '') as Frame['category'],
    count_role: r.count_role as CountRole,
    voice: (r.voice ?? '') as Frame['voice'],
    licensed_by: (r.licensed_by ?? '') as Frame['licensed_by'],
    examples: listCell(r.examples),
    source: r.source!,
  }));
}

let cached: Frame[] | null = null;

export function frames(): Frame[] {
  cached ??= parseFrames(readDataFile(FILE));
  return cached;
}

/**
 * The rows for a token (by lemma, or by a listed written form) in a role. A row whose lemma is several words ("seek
 * refuge", "sustain injury") is a verb with its noun: it matches only when `after` (the tokens that follow) holds the
 * other words, in order, within a few tokens ("sustained serious injuries").
 */
export function frameFor(token: { lemma: string; text: string }, role: CountRole, pos: Frame['pos'], after: { lemma: string }[] = []): Frame[] {
  const written = token.text.toLowerCase();
  const found: Frame[] = [];
  for (const { frame, head, rest } of framesByRole().get(`${role} ${pos}`) ?? []) {
    if ((head === token.lemma || frame.forms.includes(written)) && followedBy(rest, after)) found.push(frame);
  }
  return found;
}

/** A frame with its lemma cut into its head and the words that must follow it ("take refuge": "take", ["refuge"]). */
interface RoleFrame {
  frame: Frame;
  head: string;
  rest: string[];
}
let byRole: Map<string, RoleFrame[]> | null = null;

/**
 * The frames by count role and part of speech ("subject VERB"), each group in the table's order, lemmas cut once:
 * `frameFor` is asked for each token of each sentence that may hold a frame (about 4,000 times a round of the 153
 * corpus texts), and a scan of every row, cutting each lemma of the role, was most of its cost.
 */
function framesByRole(): Map<string, RoleFrame[]> {
  if (byRole) return byRole;
  byRole = new Map();
  for (const frame of frames()) {
    const [head, ...rest] = frame.lemma.split(' ');
    const key = `${frame.count_role} ${frame.pos}`;
    if (!byRole.has(key)) byRole.set(key, []);
    byRole.get(key)!.push({ frame, head: head!, rest });
  }
  return byRole;
}

/** How many tokens after a verb its noun may be ("sought temporary refuge"). */
const COLLOCATION_REACH = 3;

function followedBy(words: string[], after: { lemma: string }[]): boolean {
  let at = 0;
  for (const w of words) {
    const found = after.slice(at, at + COLLOCATION_REACH).findIndex((t) => t.lemma === w);
    if (found < 0) return false;
    at += found + 1;
  }
  return true;
}

export function isReportingVerb(lemma: string): boolean {
  return frames().some((f) => f.lemma === lemma && f.category === 'report');
}

export function isCausingVerb(lemma: string): boolean {
  return frames().some((f) => f.lemma === lemma && (f.category === 'cause' || f.category === 'suffer'));
}

/** "suffered", "sustained": a causing verb whose subject suffers the casualties. */
export function isSufferingVerb(lemma: string): boolean {
  return frames().some((f) => f.lemma === lemma && f.category === 'suffer');
}

/** "lost", "losing", "incurred": a written form of a verb whose subject suffers the casualties (lemma or listed form). */
export function isSufferingForm(word: string): boolean {
  const w = word.toLowerCase();
  return frames().some((f) => f.category === 'suffer' && (f.lemma === w || f.forms.includes(w)));
}

let words: RegExp | null = null;

/**
 * True when a sentence holds a word that may belong to a frame: the start of a lemma ("displac", "captur") or a
 * listed form. A cheap test that spares tagging sentences no frame can read.
 */
export function mayHoldFrame(s: string): boolean {
  words ??= new RegExp(
    [...new Set(frames().flatMap((f) => [f.lemma.slice(0, Math.max(3, f.lemma.length - 2)), ...f.forms]))]
      .map(escapeRe)
      .join('|'),
    'i',
  );
  return words.test(s);
}

let verbForms: Set<string> | null = null;
/** A written form of a frame's verb that the tagger may take for a noun ("retook", "retaken"). */
export function isFrameVerbForm(word: string): boolean {
  verbForms ??= new Set(frames().filter((f) => f.pos === 'VERB').flatMap((f) => f.forms));
  return verbForms.has(word.toLowerCase());
}
