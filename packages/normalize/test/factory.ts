/** Hand-built inputs for the normalize tests: extracted facts, place mentions and article records. */
import type { ArticleRecord, ExtractedFact, PlaceMention } from '@frontline/schema';

export function mention(text: string, extra: Partial<PlaceMention> = {}): PlaceMention {
  return { text, start: 0, end: text.length, feature_hint: '', admin_hint: '', near: false, ...extra };
}

let counter = 0;

export function fact(extra: Partial<ExtractedFact> = {}): ExtractedFact {
  const n = counter++;
  return {
    fact_id: `art-s0-f${n}`,
    article_id: 'art',
    kind: 'casualty',
    category: 'killed',
    group: 'civilians',
    actor_text: '',
    quantity: { value: 10, vague_word: '', modifier: '' },
    unit: 'persons',
    count_phrase: '10',
    place_mentions: [],
    time_phrase: '',
    time_context: [],
    cumulative: false,
    reporter_texts: [],
    quote: 'A sentence.',
    sentence_index: 0,
    char_start: 0,
    char_end: 11,
    figure_start: 0,
    figure_end: 2,
    ...extra,
  };
}

export function article(extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    article_id: 'art',
    title: 'A title',
    published: '2018-01-08',
    published_precision: 'day',
    published_earliest: '2018-01-08',
    published_latest: '2018-01-08',
    published_evidence: 'test',
    outlet: '',
    url: '',
    chars: 100,
    sentences: 5,
    removed_lines: 0,
    sha256: '',
    source_path: 'art.txt',
    ...extra,
  };
}
