/**
 * The per-article work of extract and normalize, as functions of one input each: the stage runs them on the articles
 * the cache does not have, in its own thread or in the pool's workers (pool.ts), which build them from a PoolTask.
 */
import type { ArticleRecord, ExtractedFact } from '@frontline/schema';
import { normalizeArticle, type Gazetteer } from '@frontline/normalize';

/** What normalize reads of one article (besides the gazetteer and the forced country, the same for all). */
export interface NormalizeInput {
  facts: ExtractedFact[];
  article: ArticleRecord;
  text: string | undefined;
}

/** `corrections`: the corrections folder ('' for none), whose place aliases and new places join the gazetteer. */
export type PoolTask = { task: 'extract' } | { task: 'normalize'; country: string; corrections: string };

export const normalizeTask = (gazetteer: Gazetteer, country: string) => (i: NormalizeInput) => ({
  article_id: i.article.article_id,
  ...normalizeArticle(i.facts, i.article, gazetteer, { text: i.text, country }),
});
