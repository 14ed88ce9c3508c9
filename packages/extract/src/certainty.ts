/**
 * Hedges (data/hedges.csv) make a figure hedged, not doubtful enough to drop: "are believed to have died", "reportedly
 * killed", "according to unconfirmed reports". A verb of belief or report counts when an infinitive follows it
 * ("believed to have", "said to be"); an adverb or a phrase counts as written. A verb of claim ("Moscow claimed that
 * its forces took X", "milbloggers claimed Russian forces seized X") puts what follows in its clause at one remove,
 * unless its object is a thing claimed, not a statement ("claimed responsibility", "claimed the lives of").
 */
import { tokenize } from '@frontline/nlp';
import { readDataFile } from './data.ts';
import type { Certainty } from '@frontline/schema';
import { parseRegistry } from '@frontline/schema';

interface Hedges {
  verbs: Set<string>;
  adverbs: Set<string>;
  phrases: string[];
  claims: Set<string>;
  claimObjects: Set<string>;
  /** Cheap test before tagging: an infinitive of "have"/"be", a participle of belief, or an adverb or phrase as written. */
  maybe: RegExp;
}

let cached: Hedges | null = null;

/** The states a passive verb of belief hedges: "are feared dead", "were presumed killed". */
const BELIEVED_STATES = ['dead', 'killed', 'missing', 'wounded', 'injured'];

/** Parses the hedge table's text (a broken row stops the stage with its line). */
export function parseHedges(text: string, file = 'hedges.csv'): Hedges {
  const rows = parseRegistry(text, file, ['phrase', 'kind'], { kind: ['verb', 'adverb', 'phrase', 'claim', 'claim_object'] });
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.phrase!.toLowerCase());
  const written = [...of('adverb'), ...of('phrase')].map((w) => w.replace(/\s+/g, '\\s+'));
  return {
    verbs: new Set(of('verb')),
    adverbs: new Set(of('adverb')),
    phrases: of('phrase'),
    claims: new Set(of('claim')),
    claimObjects: new Set(of('claim_object')),
    // A claim verb's forms share its stem: "claim" -> claimed, claims; "allege" -> alleged.
    maybe: new RegExp(`\\bto\\s+(?:have|be)\\b|ed\\s+(?:${BELIEVED_STATES.join('|')})\\b|\\b(?:${[...written, ...of('claim').map((c) => `${c.replace(/e$/, '')}\\w*`)].join('|')})\\b`, 'i'),
  };
}

function hedges(): Hedges {
  cached ??= parseHedges(readDataFile('hedges.csv'));
  return cached;
}

export function isHedgeVerb(lemma: string): boolean {
  return hedges().verbs.has(lemma);
}

export function isHedgeAdverb(lemma: string): boolean {
  return hedges().adverbs.has(lemma);
}

/** The hedge words in `s` between `from` and `to`, as written and `;`-joined; '' when the span states its figure. */
export function hedgeIn(s: string, from: number, to: number): string {
  const span = s.slice(from, to);
  const h = hedges();
  if (!h.maybe.test(span)) return '';
  const found: string[] = [];
  const tokens = tokenize(span);
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.pos === 'VERB' && h.verbs.has(t.lemma) && next?.lemma === 'to' && ['have', 'be'].includes(tokens[i + 2]?.lemma ?? '')) {
      found.push(span.slice(t.start, next.end));
    } else if (beliefParticiple(tokens, i, h)) found.push(t.text);
    else if (isClaim(tokens, i, h)) found.push(t.text);
    else if (h.adverbs.has(t.lemma)) found.push(t.text);
  });
  found.push(...phrasesIn(span));
  return found.join('; ');
}

/** "X claimed (on May 3) that ...": a verb of claim whose object is no thing claimed ("responsibility", "the lives"). */
function isClaim(tokens: ReturnType<typeof tokenize>, i: number, h: Hedges): boolean {
  const t = tokens[i]!;
  // The tagger may call a participle an adjective ("The junta alleged that ..."): its stem still names the claim.
  const stem = (w: string) => w.replace(/e?d$|e$/, '');
  if (!['VERB', 'ADJ'].includes(t.pos) || ![...h.claims].some((c) => stem(c) === stem(t.lemma))) return false;
  const object = tokens[i + 1]?.lemma === 'the' ? tokens[i + 2] : tokens[i + 1];
  return !object || !h.claimObjects.has(object.lemma) && !h.claimObjects.has(object.text.toLowerCase());
}

/** "are feared dead", "were presumed killed": a passive verb of belief before the state it hedges. */
function beliefParticiple(tokens: ReturnType<typeof tokenize>, i: number, h: Hedges): boolean {
  const t = tokens[i]!;
  const state = tokens[i + 1];
  return /ed$/i.test(t.text) && h.verbs.has(t.lemma) && tokens[i - 1]?.lemma === 'be' && !!state && BELIEVED_STATES.includes(state.lemma === 'kill' ? 'killed' : state.text.toLowerCase());
}

/**
 * A figure's certainty, from the hedges of its clause: verbs and adverbs from the last `;` before it to its cue's end;
 * a phrase ("according to unconfirmed reports", "could not be verified") qualifies the whole clause, so it counts up
 * to the next `;` too.
 */
export function certaintyOf(s: string, figStart: number, cueStart: number, cueEnd: number): { certainty: Certainty; hedge: string } {
  const start = Math.min(figStart, cueStart);
  const from = Math.max(0, s.lastIndexOf(';', start) + 1);
  const end = Math.max(cueEnd, figStart);
  const next = s.indexOf(';', end);
  const after = phrasesIn(s.slice(end, next < 0 ? s.length : next));
  const hedge = [...new Set([...hedgeIn(s, from, end).split('; '), ...after].filter(Boolean))].join('; ');
  return { certainty: hedge ? 'hedged' : 'stated', hedge };
}

/** The hedge phrases written in a span, as listed. */
function phrasesIn(span: string): string[] {
  const folded = span.toLowerCase().replace(/\s+/g, ' ');
  return hedges().phrases.filter((p) => folded.includes(p));
}
