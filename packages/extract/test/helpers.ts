/**
 * Test helpers: article builders, so extract can be tested on hand-written text. Sentences come from ingest's one
 * splitter, the one the pipeline uses.
 */
import type { ExtractedFact, IngestedArticle } from '@frontline/schema';
import { datelineEnd, splitSentences } from '@frontline/ingest';
import { extractArticle } from '../src/index.ts';

export { splitSentences };

/** An IngestedArticle around a text, with only what extract reads filled in meaningfully. */
export function article(text: string, id = 'test'): IngestedArticle {
  const sentence_list = splitSentences(text);
  return {
    article_id: id, title: '', published: '', published_precision: '', published_earliest: '', published_latest: '',
    published_evidence: '', outlet: '', url: '', chars: text.length, sentences: sentence_list.length, removed_lines: 0,
    sha256: '', source_path: `${id}.txt`, text, sentence_list, removed: [], dateline_end: datelineEnd(text),
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
