/**
 * The one NLP module: wink-nlp's English lite model, for ingest's sentence boundaries and extract's tokens (part of
 * speech, lemma, offsets). Everything above it (number phrases, frames, attachment) is the project's own grammar.
 *
 * Each use has its own instance of the library (sentence boundaries need no tagger, and tagging is most of the cost),
 * made on first use. The library adds every word it has not seen to its lexicon and never lets go of it (about 330
 * bytes a word, measured): over a folder of any size, names and figures would grow memory without bound. So an
 * instance is replaced after RELOAD_AFTER_CHARS characters read, which frees that lexicon; neither boundaries nor tags
 * depend on what was read before, so the output is the same.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export { relativeClauseAt } from './clauses.ts';
export { acronymDefinitions, type AcronymDefinition } from './acronyms.ts';

export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT'
  | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-case dictionary form ("tracked" -> "track", "were" -> "be"). */
  lemma: string;
  pos: Pos;
  /** Offsets in the text given to `tokenize`. */
  start: number;
  end: number;
  /** Index of the token in its list. */
  i: number;
}

type Nlp = ReturnType<typeof winkNLP>;
const RELOAD_AFTER_CHARS = 8_000_000;

/** A library instance with one pipeline, remade after RELOAD_AFTER_CHARS characters (see above). */
function instance(pipe: string[]): (chars: number) => Nlp {
  let nlp: Nlp | null = null;
  let charsRead = 0;
  return (chars) => {
    charsRead += chars;
    if (nlp === null || charsRead > RELOAD_AFTER_CHARS) {
      nlp = winkNLP(model, pipe as never);
      charsRead = chars;
    }
    return nlp;
  };
}

// The tagger: entities are our own number grammar, so wink's NER is not run.
const tagger = instance(['pos']);
const splitter = instance(['sbd']);

/**
 * End offsets (UTF-16, exclusive) of the library's sentences in `text`. Tokens carry their value and the spaces before
 * them, so offsets are rebuilt by walking the text; a token the walk cannot find where expected is looked for further
 * on, so that a character the tokenizer dropped cannot shift every later offset.
 */
export function sentenceEnds(text: string): number[] {
  const wink = splitter(text.length);
  const doc = wink.readDoc(text);
  const its = wink.its;
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const ends: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    at += spaces[i]!.length;
    if (!text.startsWith(value, at)) {
      const found = text.indexOf(value, at);
      if (found >= 0) at = found;
    }
    ends.push(at + value.length);
    at += value.length;
  }
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return spans.map(([, last]) => ends[last]!);
}

/**
 * The tokens of one sentence. Offsets come from walking the text, since wink keeps each token's words as written but
 * not its position; a token wink normalised so that it cannot be found (none known) gets a zero-width offset.
 */
export function tokenize(text: string): Token[] {
  const nlp = tagger(text.length);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as Pos[];
  // wink's typings declare its.lemma with an addons parameter that `out` does not accept; it works at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  let at = 0;
  values.forEach((value, i) => {
    const found = text.indexOf(value, at);
    const start = found >= 0 ? found : at;
    const end = found >= 0 ? found + value.length : at;
    at = end;
    tokens.push({ text: value, lemma: (lemmas[i] ?? value).toLowerCase(), pos: tags[i] ?? 'X', start, end, i });
  });
  return tokens;
}

// The lexicon look-up: tokens only, no tagger. Its own instance, so the words it is asked about cannot change tags.
const lexicon = instance([]);
/** Per instance, the first id the library gives a word it did not ship with (ids below it are the model's lexicon). */
const firstNewId = new WeakMap<Nlp, number>();

/**
 * True when the model's English lexicon knows the word ("seize", "civilians", "Aleppo"), false for a word it has never
 * seen ("Rubaya", "Tawila"). A Title Case headline capitalises every word; this tells its ordinary words from the
 * names nothing else vouches for (see extract's title-case.ts).
 */
export function knownWord(word: string): boolean {
  const lower = word.toLowerCase();
  let known = knownWords.get(lower);
  if (known === undefined) {
    if (knownWords.size >= KNOWN_WORDS_KEPT) knownWords.clear();
    knownWords.set(lower, (known = inLexicon(lower)));
  }
  return known;
}

/**
 * knownWord's answers by word: every Title Case line asks about each of its words, and the answer depends on the word
 * alone (a word the library adds gets an id above the model's, in any instance). Forgotten wholesale at a bound.
 */
const knownWords = new Map<string, boolean>();
const KNOWN_WORDS_KEPT = 50_000;

function inLexicon(word: string): boolean {
  const wink = lexicon(word.length + 16);
  if (!firstNewId.has(wink)) firstNewId.set(wink, wink.readDoc('qzxjqvzkx').tokens().out(wink.its.uniqueId)[0] as unknown as number);
  const ids = wink.readDoc(word.toLowerCase()).tokens().out(wink.its.uniqueId) as unknown as number[];
  return ids.length === 1 && ids[0]! < firstNewId.get(wink)!;
}
