import {
  ARTICLES, CASUALTIES_TIMELINE, CORRECTIONS_APPLIED, DISPLACEMENT_TIMELINE, EVENTS, FACTS, PLACE_MENTIONS, REJECTED, TERRITORY_TIMELINE, UNRESOLVED_PLACES,
  type AppliedCorrection, type ArticleRecord, type Fact, type PlaceMentionRecord, type Rejection, type TableSchema, type UnresolvedPlace,
} from '@frontline/schema';
import type { PackageInfo, Row } from '@frontline/io';
import { buildEvents, withEvents } from './events.ts';
import { withAgreement } from './agreement.ts';
import { casualtiesTimeline, displacementTimeline, territoryTimeline } from './timelines.ts';
import { packageInfo, type PackCredit } from './package-info.ts';
import { compare } from './util.ts';

export { claimKey, assignEvents, correctEvents, disagree } from './reconcile.ts';
export { BEST_AVAILABLE_RULE } from './timelines.ts';
export type { PackCredit } from './package-info.ts';

export interface AggregateInput {
  articles: ArticleRecord[];
  /** Linked in place (event id, publication date, agreement): the caller hands them over, as runAggregate does. */
  facts: Fact[];
  unresolved: UnresolvedPlace[];
  /** Optional so callers with no place resolution (tests) can leave it out. */
  mentions?: PlaceMentionRecord[];
  rejected: Rejection[];
  /** What each correction of the corrections folder did (normalize applied them); absent: none. */
  corrections?: AppliedCorrection[];
  /** The packs whose places the run used, for the datapackage's licences and sources. */
  packs?: PackCredit[];
}

export interface OutputTable {
  schema: TableSchema;
  /** Made when asked, as the table is written: one table's rows at a time beside the linked facts, not every table's. */
  rows: () => Row[];
  hxl: boolean;
}

export interface AggregateOutput {
  tables: OutputTable[];
  files: { path: string; content: string }[];
  package: PackageInfo;
}

const factOrder = (a: Fact, b: Fact) =>
  compare(a.article_id, b.article_id) || a.sentence_index - b.sentence_index || a.figure_start - b.figure_start || compare(a.fact_id, b.fact_id);

/** Rows about one place in a text: in article order, then reading order. */
const textOrder = (a: PositionedRow, b: PositionedRow) =>
  compare(a.article_id, b.article_id) || a.sentence_index - b.sentence_index || (a.char_start ?? 0) - (b.char_start ?? 0) || compare(a.fact_id, b.fact_id) || compare(a.mention, b.mention);
type PositionedRow = { article_id: string; sentence_index: number; char_start?: number; fact_id: string; mention: string };

/** Normalized facts to the published tables: facts, events, the three timelines, articles, rejections, unresolved places. */
export function aggregate(input: AggregateInput): AggregateOutput {
  const facts = [...input.facts].sort(factOrder);
  const linked = withAgreement(withEvents(facts, input.articles, input.corrections));
  const table = (schema: TableSchema, rows: () => object[], hxl = true): OutputTable => ({ schema, rows: rows as () => Row[], hxl });
  return {
    tables: [
      table(FACTS, () => linked),
      table(EVENTS, () => buildEvents(linked)),
      table(DISPLACEMENT_TIMELINE, () => displacementTimeline(linked)),
      table(CASUALTIES_TIMELINE, () => casualtiesTimeline(linked)),
      table(TERRITORY_TIMELINE, () => territoryTimeline(linked)),
      table(ARTICLES, () => [...input.articles].sort((a, b) => compare(a.article_id, b.article_id)), false),
      table(REJECTED, () => [...input.rejected].sort((a, b) => compare(a.path, b.path)), false),
      table(UNRESOLVED_PLACES, () => [...input.unresolved].sort(textOrder)),
      table(PLACE_MENTIONS, () => [...(input.mentions ?? [])].sort(textOrder)),
      table(CORRECTIONS_APPLIED, () => input.corrections ?? [], false),
    ],
    files: [],
    package: packageInfo(input.articles.length, input.packs),
  };
}
