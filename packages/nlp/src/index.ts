/**
 * The token layer: a sentence's words with part of speech, lemma and offsets, from wink-nlp's English lite model.
 * The model is loaded once per process (about 1 MB of text a second for tokens and tags); everything above it
 * (number phrases, frames, attachment) is the project's own grammar over these tokens.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

let nlp: ReturnType<typeof winkNLP> | null = null;

function engine(): ReturnType<typeof winkNLP> {
  // Only the tagger: sentence splitting is ingest's, entities are our own number grammar.
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/**
 * The tokens of one sentence. Offsets come from walking the text, since wink keeps each token's words as written but
 * not its position; a token wink normalised so that it cannot be found (none known) gets a zero-width offset.
 */
export function tokenize(text: string): Token[] {
  const nlp = engine();
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
