/**
 * Confidence of a fact: 1 minus the weight of each reason to doubt it, clamped to [0.05, 1]. The reasons are short
 * codes from signals extraction and normalization already have (hedge, distance figure-predicate, vague word, how
 * the date and the reporter were found, whether the places resolved); aggregate adds agreement with other articles.
 * The weights are data (data/confidence.csv), set by the precision of each band on the corpus's dev part
 * (`frontline corpus` prints it; docs/method.md). A score is a ranking for review, not a probability.
 */
import { parse } from 'csv-parse/sync';
import { readDataText, type ArticleRecord, type DataHome, type ExtractedFact, type Fact } from '@frontline/schema';
import type { MentionResolution } from './places/index.ts';

const HOME: DataHome = { from: import.meta.url, dir: '../data/', pkg: '@frontline/normalize' };

/** code -> weight (a negative weight raises confidence). */
export const CONFIDENCE_WEIGHTS: ReadonlyMap<string, number> = new Map(
  (parse(readDataText(HOME, 'confidence.csv'), { columns: true, skip_empty_lines: true, trim: true }) as { code: string; weight: string }[]).map((r) => {
    const w = Number(r.weight);
    if (!r.code || !Number.isFinite(w)) throw new Error(`confidence.csv: bad row ${JSON.stringify(r)}`);
    return [r.code, w];
  }),
);

const MIN = 0.05;
/** Words between the figure and its predicate beyond which the reading is a stretch. */
const FAR_WORDS = 6;

/** The score of a set of reason codes, to two decimals. */
export function scoreConfidence(reasons: readonly string[]): number {
  const doubt = reasons.reduce((sum, code) => sum + (CONFIDENCE_WEIGHTS.get(code) ?? 0), 0);
  return Math.round(Math.min(1, Math.max(MIN, 1 - doubt)) * 100) / 100;
}

/** Words strictly between the figure and its predicate (0 when they touch or overlap, or the predicate is unknown). */
function predicateGap(x: ExtractedFact): number {
  if (x.cue_start === undefined || x.cue_end === undefined) return 0;
  const [from, to] = x.cue_start >= x.figure_end ? [x.figure_end, x.cue_start] : x.cue_end <= x.figure_start ? [x.cue_end, x.figure_start] : [0, 0];
  return to > from ? (x.quote.slice(from - x.char_start, to - x.char_start).match(/[\p{L}\p{N}]+/gu) ?? []).length : 0;
}

type Read = Pick<Fact, 'vague' | 'date_basis' | 'date_precision' | 'places' | 'admin1' | 'admin1_basis' | 'reported_by' | 'reporter_basis' | 'certainty'>;

/** The reasons to doubt one normalized fact, in a fixed order. */
export function doubtsOf(x: ExtractedFact, fact: Read, places: MentionResolution[], article: ArticleRecord): string[] {
  const codes: [string, boolean][] = [
    ['hedged', fact.certainty === 'hedged'],
    ['inferred', fact.certainty === 'inferred'],
    ['far_predicate', predicateGap(x) > FAR_WORDS],
    ['vague_quantity', fact.vague],
    ['undated', fact.date_basis === ''],
    ['date_from_context', fact.date_basis === 'context'],
    ['date_from_publication', fact.date_basis === 'publication'],
    ['date_coarse', fact.date_precision === 'month' || fact.date_precision === 'year'],
    ['article_date_corroborated', fact.date_basis !== 'phrase' && article.published_evidence.includes('corroborated:')],
    ['place_unresolved', places.some((r) => r.place === null)],
    ['no_place', fact.places.length === 0 && fact.admin1.length === 0],
    ['admin1_inferred', ['paragraph', 'headline', 'section', 'article'].includes(fact.admin1_basis)],
    ['no_reporter', fact.reported_by.length === 0],
    ['reporter_inferred', ['carried', 'carried_from_previous', 'document_author'].includes(fact.reporter_basis)],
  ];
  return codes.filter(([, on]) => on).map(([code]) => code);
}
