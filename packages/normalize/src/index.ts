import type { ArticleRecord, ExtractedFact, Fact, UnresolvedPlace } from '@frontline/schema';

export interface NormalizeResult {
  facts: Fact[];
  unresolved: UnresolvedPlace[];
}

/** Placeholder until the normalize stage lands. */
export function normalizeArticle(_facts: ExtractedFact[], _article: ArticleRecord): NormalizeResult {
  throw new Error('normalize: not implemented yet');
}
