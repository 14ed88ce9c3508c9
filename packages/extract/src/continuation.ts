/**
 * A sentence that goes on with what a quoted source said: "Peshmerga forces took four villages, the command said.
 * Peshmerga forces also cleared the road to X." The second sentence names no source, but its subject is the subject
 * of the clause the source was quoted for, right before it: the relayed statement goes on. A sentence about anything
 * else ("Another seven died in Y") is not carried.
 */
import type { Token } from '@frontline/nlp';
import { sentenceTokens } from './text.ts';

/** Parts of speech of a plain noun phrase: "the Syrian army", "Peshmerga forces", "M23 fighters". */
const NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Where a reported clause starts after a leading attribution: "X said (that) ...", "According to X, ...". */
const SAYS = '(?:said|says|reported|reports|announced|announces|stated|claimed|claims|confirmed|added)';
const REPORTED_CLAUSE = new RegExp(String.raw`\b${SAYS}\s+(?:that\s+)?(?=\p{L})|^\s*according\s+to\s+[^,]+,\s*`, 'giu');

/** The noun phrase that opens a text: its words folded, without determiner, and whether it is definite ("the rebels"). */
interface Subject {
  words: string;
  head: string;
  definite: boolean;
}

/** The noun phrase that opens `text`, or null when it holds no noun. */
export function leadingSubject(text: string): Subject | null {
  const np: Token[] = [];
  for (const t of sentenceTokens(text.slice(0, 120))) {
    if (!NP.has(t.pos)) break;
    np.push(t);
  }
  const last = np[np.length - 1];
  if (!last || (last.pos !== 'NOUN' && last.pos !== 'PROPN')) return null;
  const words = np.filter((t) => t.pos !== 'DET').map((t) => t.text.toLowerCase());
  return { words: words.join(' '), head: last.text.toLowerCase(), definite: /^(?:the|this|these)$/i.test(np[0]!.text) };
}

/**
 * The subjects of the clauses a sentence reports: the one it opens with ("X took Y, the army said") and the one
 * after a leading attribution ("The army said X took Y").
 */
export function reportedSubjects(s: string): Subject[] {
  const starts = [0, ...[...s.matchAll(REPORTED_CLAUSE)].map((m) => m.index + m[0].length)];
  return starts.map((at) => leadingSubject(s.slice(at))).filter((x): x is Subject => x !== null);
}

/**
 * True when `s` opens with one of the subjects `reported` (the sentence before, which named its source; '' for none)
 * reported on: the same words ("Peshmerga forces"), or a definite phrase with the same head that refers back to it
 * ("The rebels" after "M23 rebels"; not "Ukrainian forces" after "Russian forces").
 */
export function continuesSubject(reported: string, s: string): boolean {
  if (!reported) return false;
  const own = leadingSubject(s);
  if (!own || !mayShareHead(reported, own.head)) return false;
  return reportedSubjects(reported).some((x) => x.words === own.words || (own.definite && own.head === x.head));
}

/**
 * Both ways of continuing share the head word, which is a word of the sentence before as written (wink keeps words
 * as written): a sentence before without it is not tagged, half the tagger's calls here. Lower-casing is the same
 * for a part of a text as for the whole but for the Greek final sigma, so only a head in plain ASCII is looked for.
 */
function mayShareHead(reported: string, head: string): boolean {
  return !/^[\x00-\x7f]+$/.test(head) || reported.toLowerCase().includes(head);
}
