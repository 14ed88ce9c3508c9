import type { ExtractedFact, IngestedArticle } from '@frontline/schema';

/** Placeholder until the extract stage lands. */
export function extractArticle(_article: IngestedArticle): ExtractedFact[] {
  throw new Error('extract: not implemented yet');
}
