import { from, op } from 'arquero';
import { SOURCES, type SourceType } from '@frontline/schema';
import type { withEvents } from './events.ts';
import { compare, groupBy, uniq } from './util.ts';

type Row = ReturnType<typeof withEvents>[number];

const provenance = (f: Row) => ({
  fact_id: f.fact_id,
  event_id: f.event_id,
  article_id: f.article_id,
  published: f.published,
  quote: f.quote,
  count_phrase: f.count_phrase,
  reviewed: f.reviewed,
  corrected_by: f.corrected_by,
});

/** Where a figure sits on a time axis: its last day, and the period it covers. */
const periodColumns = (f: Row) => ({ date: f.period_end, period_start: f.period_start, period_end: f.period_end, category: f.category });

const byDate = (a: { date: string; fact_id: string }, b: { date: string; fact_id: string }) =>
  compare(a.date, b.date) || compare(a.fact_id, b.fact_id);

/**
 * Best-available rule for displacement, per category and period: a number beats a vague word; then the reporter's
 * authority (UN agencies, then monitors, rescue services and NGOs, then local bodies, then media and other); then the
 * latest report; then the fact id. Stated in datapackage.json.
 */
export const BEST_AVAILABLE_RULE =
  'For each category and period (period_start..period_end), the displacement claim chosen for the best-available series is: a number over a vague word; then the reporter with most authority (UN agencies > monitors, rescue services and NGOs > local councils and people > media and unattributed); then the most recent report; then the lowest fact_id. Claims for different periods are never merged or summed.';

const AUTHORITY: Record<SourceType | 'unknown', number> = {
  un: 5, monitor: 4, rescue: 4, ngo: 4, local: 3, person: 3, government: 2, armed_group: 1, media: 1, unknown: 0,
};
const typeOf = new Map(SOURCES.map((s) => [s.name, s.type]));
const authority = (reporters: string[]) => Math.max(0, ...reporters.map((r) => AUTHORITY[typeOf.get(r) ?? 'unknown']));

function pickBest(claims: Row[]): string {
  const ranked = [...claims].sort(
    (a, b) =>
      Number(a.vague) - Number(b.vague) ||
      authority(b.reported_by) - authority(a.reported_by) ||
      compare(b.published, a.published) ||
      compare(a.fact_id, b.fact_id),
  );
  return ranked[0].fact_id;
}

export function displacementTimeline(facts: Row[]) {
  const claims = facts.filter((f) => f.kind === 'displacement' && f.persons_best !== null);
  const periods = groupBy(claims, (c) => `${c.category}|${c.period_start}|${c.period_end}`);
  const best = new Set([...periods.values()].map(pickBest));
  return claims
    .map((f) => ({
      ...periodColumns(f),
      persons_low: f.persons_low,
      persons_best: f.persons_best,
      persons_high: f.persons_high,
      vague: f.vague,
      cumulative: f.cumulative,
      reported_by: f.reported_by,
      reporter_basis: f.reporter_basis,
      admin1: f.admin1,
      places: f.places,
      best_available: best.has(f.fact_id),
      ...provenance(f),
    }))
    .sort(byDate);
}

const seriesId = (f: Row) => [f.reported_by.join('+') || 'unattributed', f.category, f.group, f.period_start].join('|');

/** A running total as an incident is checked against it: its first report, and the last day any report reaches. */
interface Series {
  id: string;
  first: Row;
  lastEnd: string;
}

/** The groups whose running totals may include an incident's group: itself, people, and civilians for children and women. */
const coveringGroups = (group: string) => uniq([group, 'people', ...(['children', 'women'].includes(group) ? ['civilians'] : [])]);

/** Does a running total cover an incident: a group that includes it (by the index), same category, a span that contains it, same area. */
function covers({ first: s, lastEnd }: Series, incident: Row): boolean {
  const areaFits = !s.admin1.length || !incident.admin1.length || s.admin1.some((a) => incident.admin1.includes(a));
  return areaFits && s.period_start <= incident.period_start && lastEnd >= incident.period_end;
}

/**
 * The series covering an incident, the lowest id when several do ('' for none). Series are indexed by category and
 * group, and incidents that read alike share one answer: a corpus holds many series and many copies of each report.
 */
function coveringSeries(series: Map<string, Row[]>): (incident: Row) => string {
  const index = groupBy(
    [...series].map(([id, facts]) => ({ id, first: facts[0]!, lastEnd: facts.reduce((m, f) => (f.period_end > m ? f.period_end : m), '') })),
    (s) => `${s.first.category}|${s.first.group}`,
  );
  const known = new Map<string, string>();
  return (incident) => {
    const key = JSON.stringify([incident.category, incident.group, incident.admin1, incident.period_start, incident.period_end]);
    let found = known.get(key);
    if (found === undefined) {
      const candidates = coveringGroups(incident.group).flatMap((g) => index.get(`${incident.category}|${g}`) ?? []);
      found = candidates.filter((s) => covers(s, incident)).reduce((min, s) => (min === '' || s.id < min ? s.id : min), '');
      known.set(key, found);
    }
    return found;
  };
}

export function casualtiesTimeline(facts: Row[]) {
  const casualties = facts.filter((f) => f.kind === 'casualty');
  const series = groupBy(casualties.filter((f) => f.cumulative), seriesId);
  const coveredBy = coveringSeries(series);
  return casualties
    .map((f) => ({
      ...periodColumns(f),
      group: f.group,
      series_kind: f.cumulative ? 'running_total' : 'incident',
      series_id: f.cumulative ? seriesId(f) : '',
      persons_low: f.persons_low ?? f.count_low,
      persons_best: f.persons_best ?? f.count_best,
      persons_high: f.persons_high ?? f.count_high,
      vague: f.vague,
      covered_by_series: f.cumulative ? '' : coveredBy(f),
      reported_by: f.reported_by,
      reporter_basis: f.reporter_basis,
      admin1: f.admin1,
      places: f.places,
      latitude: f.latitude,
      longitude: f.longitude,
      ...provenance(f),
    }))
    .sort(byDate);
}

/** One row per place that changed hands (first report wins the date), plus unnamed counts and km advances. */
export function territoryTimeline(facts: Row[]) {
  const territory = facts.filter((f) => f.kind === 'territory');
  const perPlace = territory.flatMap((f) =>
    f.place_ids.map((place_id, i) => ({
      date: f.period_end,
      category: f.category,
      place: f.places[i] ?? '',
      place_id,
      place_precision: f.place_precision,
      admin1: f.admin1.length === f.place_ids.length ? f.admin1[i] : (f.admin1[0] ?? ''),
      latitude: f.place_ids.length === 1 ? f.latitude : null,
      longitude: f.place_ids.length === 1 ? f.longitude : null,
      actor: f.actor,
      actor_name: f.actor_name,
      fact_id: f.fact_id,
      article_id: f.article_id,
      event_id: f.event_id,
      reported_by: f.reported_by.join(';'),
      quote: f.quote,
      reviewed: f.reviewed,
      corrected_by: f.corrected_by.join(';'),
    })),
  );
  const named = perPlace.length
    ? (from(perPlace.sort(byDate))
        .groupby('place_id', 'category', 'actor')
        .rollup({
          date: op.min('date'),
          place: op.any('place'),
          place_precision: op.any('place_precision'),
          admin1: op.any('admin1'),
          latitude: op.max('latitude'),
          longitude: op.max('longitude'),
          actor_name: op.any('actor_name'),
          n_sources: op.distinct('article_id'),
          reported_by: op.array_agg_distinct('reported_by'),
          article_ids: op.array_agg_distinct('article_id'),
          fact_ids: op.array_agg('fact_id'),
          event_id: op.any('event_id'),
          quote: op.any('quote'),
          reviewed: op.array_agg('reviewed'),
          corrected_by: op.array_agg_distinct('corrected_by'),
        })
        .objects() as Record<string, any>[])
    : [];
  const placeRows: Record<string, any>[] = named.map((r) => ({
    ...r,
    latitude: Number.isFinite(r.latitude) ? r.latitude : null,
    longitude: Number.isFinite(r.longitude) ? r.longitude : null,
    reported_by: uniq((r.reported_by as string[]).flatMap((s) => (s ? s.split(';') : []))),
    reviewed: (r.reviewed as boolean[]).some(Boolean),
    corrected_by: uniq((r.corrected_by as string[]).flatMap((s) => (s ? s.split(';') : []))).sort(),
    count_best: null,
    unit: '',
  }));
  const unnamed: Record<string, any>[] = territory
    .filter((f) => f.place_ids.length === 0 || f.unit === 'km' || f.unit === 'places')
    .filter((f) => f.count_best !== null)
    .map((f) => ({
      date: f.period_end, category: f.category, place: '', place_id: '', place_precision: f.place_precision,
      admin1: f.admin1[0] ?? '', latitude: null, longitude: null, actor: f.actor, actor_name: f.actor_name,
      count_best: f.count_best, unit: f.unit, n_sources: 1, reported_by: f.reported_by, article_ids: [f.article_id],
      fact_ids: [f.fact_id], event_id: f.event_id, quote: f.quote, reviewed: f.reviewed, corrected_by: f.corrected_by,
    }));
  return [...placeRows, ...unnamed].sort(
    (a, b) => compare(a.date, b.date) || compare(a.place_id, b.place_id) || compare(a.fact_ids[0], b.fact_ids[0]),
  );
}
