import { escape, from, op } from 'arquero';
import type { AppliedCorrection, ArticleRecord, Fact } from '@frontline/schema';
import { assignEvents, correctEvents, disagree } from './reconcile.ts';
import { compare, uniq } from './util.ts';

export type EventRow = Record<string, unknown>;

/** A fact with the event it belongs to. */
export type Linked = Fact & { event_id: string };

/**
 * The facts given their event id (after a person's merges and splits) and their article's publication date, for
 * grouping. In place: aggregate owns the facts it is given (parsed for it alone), and a copy of every fact of a
 * large corpus was its largest allocation after the facts themselves. The keys end in the order a copy's would.
 */
export function withEvents(facts: Fact[], articles: ArticleRecord[], corrections: AppliedCorrection[] = []): Linked[] {
  const eventOf = correctEvents(assignEvents(facts), facts, corrections);
  const published = new Map(articles.map((a) => [a.article_id, a.published]));
  const linked = facts as Linked[];
  for (const f of linked) {
    f.event_id = eventOf.get(f.fact_id)!;
    f.published = published.get(f.article_id) ?? f.published;
  }
  return linked;
}

const flat = (lists: unknown[][]) => uniq(lists.flat() as string[]);
const minOf = (values: (number | null)[]) => {
  const nums = values.filter((v): v is number => v !== null);
  return nums.length ? Math.min(...nums) : null;
};
const maxOf = (values: (number | null)[]) => {
  const nums = values.filter((v): v is number => v !== null);
  return nums.length ? Math.max(...nums) : null;
};

/** One row per event: arquero groups the facts, plain functions merge the lists and ranges. */
export function buildEvents(facts: ReturnType<typeof withEvents>): EventRow[] {
  if (facts.length === 0) return [];
  const ordered = [...facts].sort((a, b) => compare(a.published, b.published) || compare(a.fact_id, b.fact_id));
  const grouped = from(ordered)
    .groupby('event_id')
    .rollup({
      kind: op.any('kind'),
      category: op.any('category'),
      group: op.any('group'),
      actor: op.any('actor'),
      unit: op.any('unit'),
      cumulative: op.any('cumulative'),
      period_start: op.min('period_start'),
      period_end: op.max('period_end'),
      first_reported: op.min('published'),
      n_facts: op.count(),
      n_sources: op.distinct('article_id'),
      fact_ids: op.array_agg('fact_id'),
      article_ids: op.array_agg_distinct('article_id'),
      places: op.array_agg('places'),
      place_ids: op.array_agg('place_ids'),
      admin1: op.array_agg('admin1'),
      reported_by: op.array_agg('reported_by'),
      reviewed: op.array_agg('reviewed'),
      corrected_by: op.array_agg('corrected_by'),
      lows: op.array_agg('count_low'),
      bests: op.array_agg('count_best'),
      highs: op.array_agg('count_high'),
      plows: op.array_agg('persons_low'),
      phighs: op.array_agg('persons_high'),
      lats: op.array_agg('latitude'),
      lons: op.array_agg('longitude'),
    })
    .derive({
      disagreement: escape((d: { bests: (number | null)[] }) => disagree(d.bests)),
    });
  return (grouped.objects() as Record<string, any>[])
    .map((e) => {
      const placeIds = flat(e.place_ids);
      return {
        event_id: e.event_id,
        kind: e.kind,
        category: e.category,
        group: e.group,
        actor: e.actor,
        unit: e.unit,
        cumulative: e.cumulative,
        places: flat(e.places),
        place_ids: placeIds,
        admin1: flat(e.admin1),
        latitude: placeIds.length === 1 ? (e.lats.find((v: number | null) => v !== null) ?? null) : null,
        longitude: placeIds.length === 1 ? (e.lons.find((v: number | null) => v !== null) ?? null) : null,
        period_start: e.period_start,
        period_end: e.period_end,
        first_reported: e.first_reported,
        count_low: minOf(e.lows),
        count_high: maxOf(e.highs),
        count_best_values: e.bests.map((v: number | null) => (v === null ? '' : String(v))),
        persons_low: minOf(e.plows),
        persons_high: maxOf(e.phighs),
        disagreement: e.disagreement,
        n_facts: e.n_facts,
        n_sources: e.n_sources,
        fact_ids: e.fact_ids,
        article_ids: e.article_ids,
        reported_by: flat(e.reported_by),
        reviewed: (e.reviewed as boolean[]).some(Boolean),
        corrected_by: flat(e.corrected_by),
      };
    })
    .sort((a, b) => compare(a.kind, b.kind) || compare(a.first_reported ?? '', b.first_reported ?? '') || compare(a.event_id, b.event_id));
}
