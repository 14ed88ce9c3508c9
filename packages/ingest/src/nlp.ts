/**
 * The NLP library (wink-nlp with its English lite model), loaded once per process on first use: loading the model
 * takes about half a second, reading a document afterwards is fast. Ingest runs only the sentence-boundary step.
 *
 * The library adds every word it has not seen to its lexicon and never lets go of it (about 330 bytes a word,
 * measured): over a folder of any size, names and figures would grow memory without bound. So the instance is
 * replaced after RELOAD_AFTER_CHARS characters read, which frees that lexicon; sentence boundaries do not depend on
 * what was read before, so the output is the same.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;
let charsRead = 0;
const RELOAD_AFTER_CHARS = 8_000_000;

function library(chars: number): Nlp {
  charsRead += chars;
  if (nlp === null || charsRead > RELOAD_AFTER_CHARS) {
    nlp = winkNLP(model, ['sbd']);
    charsRead = chars;
  }
  return nlp;
}

/**
 * End offsets (UTF-16, exclusive) of the library's sentences in `text`. Tokens carry their value and the spaces before
 * them, so offsets are rebuilt by walking the text; a token the walk cannot find where expected is looked for further
 * on, so that a character the tokenizer dropped cannot shift every later offset.
 */
export function sentenceEnds(text: string): number[] {
  const wink = library(text.length);
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
