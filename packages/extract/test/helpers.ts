/**
 * Test helpers: a small sentence splitter (ingest's is written in parallel) and article builders, so extract
 * can be tested on hand-written text.
 */
import type { ExtractedFact, IngestedArticle, Sentence } from '@frontline/schema';
import { extractArticle } from '../src/index.ts';

const ABBREVIATIONS = /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Brig|Gen|Col|Lt|Capt|Maj|Mr|Mrs|Ms|Dr|St|No|Sgt|Prof|vs|etc)\.|\b(?:U\.S|U\.N|U\.K)\.|\b[A-Z]\.)$/;

/** Splits text into sentences at newlines and at `. ! ?` followed by a capital, skipping abbreviations. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = lineStart;
    const re = /(?<=[.!?]["”’]?)\s+(?=[A-Z"“‘])/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) {
      const cut = lineStart + m.index;
      if (ABBREVIATIONS.test(text.slice(start, cut))) continue;
      push(start, cut);
      start = cut + m[0].length;
    }
    push(start, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return out;
}

/** An IngestedArticle around a text, with only what extract reads filled in meaningfully. */
export function article(text: string, id = 'test'): IngestedArticle {
  const sentence_list = splitSentences(text);
  return {
    article_id: id, title: '', published: '', published_precision: '', published_earliest: '', published_latest: '',
    published_evidence: '', outlet: '', url: '', chars: text.length, sentences: sentence_list.length, removed_lines: 0,
    sha256: '', source_path: `${id}.txt`, text, sentence_list, removed: [],
  };
}

export function extract(text: string): ExtractedFact[] {
  return extractArticle(article(text));
}

/** A compact view of a fact for assertions and printing. */
export function brief(f: ExtractedFact) {
  return {
    category: f.category,
    group: f.group,
    value: f.quantity?.value ?? null,
    vague: f.quantity?.vague_word ?? '',
    modifier: f.quantity?.modifier ?? '',
    unit: f.unit,
    phrase: f.count_phrase,
    places: f.place_mentions.map((p) => p.text),
    time: f.time_phrase,
    context: f.time_context,
    cumulative: f.cumulative,
    reporters: f.reporter_texts,
    actor: f.actor_text,
  };
}
