/**
 * Who a figure is attributed to, as written: "according to X", "X said", "X told Y (on Monday) that", "citing X",
 * ", X said." Back-references ("the Observatory", "the NGO") are replaced by the words of the most recent full
 * source name in the article whose registry entry lists that anaphora.
 */
import type { SourceEntry } from '@frontline/schema';
import { SOURCES, foldName } from '@frontline/schema';
import { aliasMatcher, allMatches, maskParentheticals } from './text.ts';

const SAY = String.raw`(?:said|says|say|reported|reports|told|tells|announced|announces|stated|states|claimed|claims|estimated|estimates|documented|documents|added|confirmed|confirms|noted|notes|recorded|records|warned|warns|wrote|counted|counts)`;
const SAY_RE = new RegExp(String.raw`\b${SAY}\b`, 'g');
const PRONOUNS = /^(?:he|she|they|it|we|i|you|this|that|which|who)$/i;
/** A person named by role, with at most one qualifying word before it ("a health official", "the field commander"). */
const ROLE = /^(?:an?\s+|the\s+)?(?:[\p{Ll}\-]+\s+)?(?:spokes(?:man|woman|person)|official|officials|director|head|chief|representative|source|sources|commander|member|members|volunteer|activist|correspondent)\b/iu;
/** Generic nouns for "the most recent named source" when no registry entry lists them. */
const GENERIC_ANAPHORA = ['the NGO', 'the group', 'the organisation', 'the organization', 'the agency', 'the monitor', 'the body'];

const sourceMentions = aliasMatcher(SOURCES.flatMap((s) => s.aliases));

interface Named {
  text: string;
  entry: SourceEntry;
}

/** What attribution remembers across an article's sentences: the named sources, in order. */
export class SourceMemory {
  private named: Named[] = [];

  /** Records the full source names of a sentence (call after reading the sentence's reporters). */
  remember(s: string): void {
    this.named.push(...namedSources(s));
  }

  /**
   * The words of the source a back-reference points to, or null when the phrase is not a back-reference.
   * `before` is the current sentence up to the phrase: a source named there is the most recent one.
   */
  resolve(phrase: string, before = ''): string | null {
    const f = foldName(phrase).replace(/'s?\b.*$/, '');
    const anaphoric = SOURCES.filter((s) => s.anaphora?.some((a) => foldName(a) === f));
    const named = [...this.named, ...namedSources(before)];
    for (let i = named.length - 1; i >= 0; i--) {
      if (anaphoric.includes(named[i]!.entry)) return named[i]!.text;
    }
    // "the NGO", "the group": any organisation named before. "The Observatory" names its own entry only, so it stays
    // as written when that entry was not named (normalize maps it through the registry's anaphora).
    if (GENERIC_ANAPHORA.some((g) => foldName(g) === f)) {
      for (let i = named.length - 1; i >= 0; i--) {
        if (named[i]!.entry.type !== 'media') return named[i]!.text;
      }
    }
    return null;
  }
}

/** Sources named by a proper name ("SOHR", "Reuters"), not by a common noun ("the army", "activists"). */
function namedSources(s: string): Named[] {
  const out: Named[] = [];
  for (const hit of sourceMentions(s)) {
    const entry = entryOf(hit.text);
    if (entry && /\p{Lu}/u.test(hit.text.replace(/^the\s+/i, ''))) out.push({ text: hit.text, entry });
  }
  return out;
}

function entryOf(text: string): SourceEntry | undefined {
  const f = foldName(text);
  return SOURCES.find((s) => s.aliases.some((a) => foldName(a) === f));
}

/** Cleans a reporter phrase: no leading article, no trailing adverbs or "on Monday". */
function tidy(phrase: string): string {
  return phrase
    .replace(/\s+/g, ' ')
    .replace(/^[\s"“”'‘’(,—–-]+|[\s"“”'‘’,—–-]+$/g, '')
    .replace(/\)+$/, (m, at: number, all: string) => (all.slice(0, at).includes('(') ? m : ''))
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:previously|also|earlier|later|recently|now|has|have|had|further|separately|on\s+its\s+website)$/i, '')
    .replace(/\s+(?:previously|also|earlier|later|recently|now|has|have|had)$/i, '')
    .trim();
}

/** Reporter phrases in one sentence, left to right, back-references resolved. */
export function findReporters(s: string, memory: SourceMemory): string[] {
  const found: { at: number; text: string }[] = [];
  const plain = maskParentheticals(s);
  for (const m of allMatches(/\baccording\s+to\s+([^,.;:"“”]+?(?:\s*\([^)]*\))?)(?=\s*(?:[,.;:"“”]|$|\s+(?:on|in|as|and|which|who)\b))/gi, s)) {
    found.push({ at: m.index, text: m[1]! });
  }
  for (const m of allMatches(/\bciting\s+([^,.;:"“”]+?)(?=\s*(?:[,.;:"“”]|$|\s+(?:as|on|in)\b))/gi, s)) {
    found.push({ at: m.index, text: m[1]! });
  }
  for (const m of allMatches(SAY_RE, plain)) {
    if (notSaying(plain, m.index, m[0])) continue;
    const subject = sayer(plain, m.index);
    if (subject) found.push({ at: m.index, text: subject });
    const inverted = /^\s+((?:[\p{Lu}][\p{L}.\-’']*|al|a|bin|the|of|for)(?:\s+(?:[\p{Lu}][\p{L}.\-’']*|al|a|bin|the|of|for))*)/u.exec(plain.slice(m.index + m[0].length));
    if (!subject && inverted && /[,"”]\s*$/.test(plain.slice(0, m.index)) && /^said|^says|^told/.test(m[0])) {
      found.push({ at: m.index, text: inverted[1]! });
    }
  }
  const out: string[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) {
    let text = tidy(f.text);
    if (!text || PRONOUNS.test(text) || text.split(' ').length > 12) continue;
    const before = s.slice(0, f.at);
    text = memory.resolve(text, before) ?? memory.resolve(`the ${text}`, before) ?? text;
    if (ROLE.test(text) && !sourceMentions(text).length) {
      const org = organisationOf(s, f.at);
      if (org && !out.includes(org)) out.push(org);
    }
    if (!out.includes(text)) out.push(text);
  }
  return out;
}

/** "an estimated 100", "claimed the lives of", "claimed responsibility": the word is not a verb of saying here. */
function notSaying(s: string, at: number, verb: string): boolean {
  const after = s.slice(at + verb.length);
  if (/^estimate/i.test(verb)) return !/^\s*(?:that\b|[,.;]|$)/i.test(after);
  if (/^claim/i.test(verb)) return /^\s+(?:the\s+lives|lives|responsibility|control|victory)\b/i.test(after);
  if (/^(?:count|record|document|note)/i.test(verb)) return !/^\s+(?:that|at\s+least|more\s+than|\d)/i.test(after);
  return false;
}

/** The subject of a saying verb: the words back to the previous boundary, skipping "X, who/which ..., says". */
function sayer(s: string, verbAt: number): string | null {
  const before = s.slice(0, verbAt);
  if (/\b(?:the|recent|media|news|field|these|those|a|an|such|his|her|their|its)\s+$/i.test(before) && /^report/.test(s.slice(verbAt))) return null;
  const segments = before.split(/[,;:—–"“”]|\bthat\s+(?=[\p{L}])/u);
  let seg = segments.pop() ?? '';
  // "X, who heads the clinic, said": the head is before the relative clause or appositive.
  if (!seg.trim() && segments.length >= 2) {
    segments.pop();
    seg = segments.pop()!;
  }
  const text = seg.replace(/\s+(?:has|have|had|also|previously|earlier|later|recently|now|further|separately|first)\s*$/gi, '').trim();
  if (!text || text.split(/\s+/).length > 9) return null;
  if (!/^(?:[\p{Lu}"“]|the\s|a\s|an\s|pro-|opposition|rebel|local|state|activists|residents|witnesses|monitors|officials|sources|medics|rescuers)/iu.test(text)) return null;
  return text;
}

/** The organisation a role speaks for: the first source named in the sentence before the saying verb. */
function organisationOf(s: string, verbAt: number): string | null {
  const hit = sourceMentions(s.slice(0, verbAt))[0];
  return hit ? hit.text : null;
}
