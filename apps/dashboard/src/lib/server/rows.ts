import type { Row } from '@frontline/io';
import { ADMIN1, HOUSEHOLD_SIZE_SOURCE } from '@frontline/schema';
import { correctionNote, derive, type Household, type RangeRules } from '../derivation.ts';
import { figurePlotted, territoryPlotted } from '../chart-rows.ts';
import type { CasualtyRow, DisplacementRow, FilterOptions, Full, FullProvenance, TerritoryRow } from '../types.ts';
import { pageSlug } from './pages.ts';
import { articleSlug } from './slug.ts';
import { tables } from './tables.ts';

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter(Boolean) : str(v) ? [str(v)] : []);

/** The figure's offsets inside its sentence, when they fall inside it (the offsets refer to the article's text). */
function figureInQuote(fact: Row): [number, number] | null {
  const base = num(fact.char_start);
  const start = num(fact.figure_start);
  const end = num(fact.figure_end);
  const quote = str(fact.quote);
  if (base === null || start === null || end === null) return null;
  const from = start - base;
  const to = end - base;
  return from >= 0 && to > from && to <= quote.length ? [from, to] : null;
}

function indexBy(rows: Row[], key: string): Map<string, Row> {
  return new Map(rows.map((row) => [str(row[key]), row]));
}

let factIndex: { facts: Row[]; byId: Map<string, Row>; articles: Map<string, Row> } | undefined;

/** The facts the rows' provenance reads (only those a timeline names) and the articles, by id. */
function lookups() {
  const t = tables();
  if (factIndex?.facts !== t.chartFacts) {
    factIndex = { facts: t.chartFacts, byId: indexBy(t.chartFacts, 'fact_id'), articles: indexBy(t.articles, 'article_id') };
  }
  return factIndex;
}

/** The range rules and household size the data was made with, from its datapackage.json. */
function rules(): { rules: RangeRules | null; household: Household | null } {
  const pkg = tables().datapackage as unknown as Record<string, unknown>;
  const size = num(pkg['x-household-size']);
  return {
    rules: (pkg['x-range-rules'] as RangeRules | undefined) ?? null,
    household: size === null ? null : { size, source: HOUSEHOLD_SIZE_SOURCE },
  };
}

/**
 * Provenance of a timeline row: its fact's sentence and figure offsets, the article's title and date.
 * `row` supplies what the timeline already says (quote, count_phrase, reporter) when the fact is missing.
 */
export function provenance(factId: string, row: Row): FullProvenance {
  const { byId, articles } = lookups();
  const fact = byId.get(factId);
  const articleId = str(fact?.article_id ?? row.article_id ?? list(row.article_ids)[0]);
  const article = articles.get(articleId);
  const quote = str(fact?.quote ?? row.quote);
  const figure = fact ? figureInQuote(fact) : null;
  const phrase = str(fact?.count_phrase ?? row.count_phrase) || (figure ? quote.slice(figure[0], figure[1]) : '');
  return {
    fact_id: factId,
    article_id: articleId,
    article_slug: pageSlug(articleId),
    detail: articleSlug(articleId),
    title: str(article?.title) || articleId,
    published: str(article?.published ?? row.published),
    reported_by: list(fact?.reported_by ?? row.reported_by).join('; '),
    phrase,
    quote,
    figure,
    sentence_index: num(fact?.sentence_index) ?? -1,
    ...derivationOf(fact, phrase),
    plotted: '',
    corrected: correctionNote(list(fact?.corrected_by), list(fact?.original_values)),
  };
}

function derivationOf(fact: Row | undefined, phrase: string): Pick<FullProvenance, 'derivation' | 'range_kind'> {
  if (!fact) return { derivation: [], range_kind: '' };
  const { rules: r, household } = rules();
  const stated = { phrase, unit: str(fact.unit), vague: fact.vague === true, low: num(fact.count_low), best: num(fact.count_best), high: num(fact.count_high) };
  const d = derive(stated, r, household);
  return { derivation: d.steps, range_kind: d.kind };
}

/** The columns both timelines share: the period, where, who, the persons range (low/high default to best), provenance. */
function figureOverTime(r: Record<string, unknown>) {
  const best = num(r.persons_best) as number;
  const low = num(r.persons_low) ?? best;
  const high = num(r.persons_high) ?? best;
  const start = str(r.period_start) || str(r.date);
  const end = str(r.period_end) || str(r.date);
  const prov = provenance(str(r.fact_id), r);
  prov.plotted = figurePlotted({ best, low, high, start, end });
  return {
    start,
    end,
    admin1: list(r.admin1),
    reported_by: list(r.reported_by),
    category: str(r.category),
    low,
    best,
    high,
    vague: r.vague === true,
    places: list(r.places),
    prov,
  };
}

/**
 * One result per loaded tables: the layout's load runs for every prerendered page (thousands of article pages), and
 * the rows and the filter options must not be rebuilt for each one.
 */
export function perTables<T>(build: () => T): () => T {
  let cached: { tables: unknown; value: T } | undefined;
  return () => {
    const t = tables();
    if (cached?.tables !== t) cached = { tables: t, value: build() };
    return cached.value;
  };
}

export const displacementRows = perTables((): Full<DisplacementRow>[] =>
  tables()
    .displacement.filter((r) => num(r.persons_best) !== null)
    .map((r) => ({
      ...figureOverTime(r),
      cumulative: r.cumulative === true,
      best_available: r.best_available === true,
    })),
);

export const casualtyRows = perTables((): Full<CasualtyRow>[] =>
  tables()
    .casualties.filter((r) => num(r.persons_best) !== null)
    .map((r) => ({
      ...figureOverTime(r),
      group: str(r.group) || 'people',
      series_kind: str(r.series_kind),
      series_id: str(r.series_id),
      covered_by_series: str(r.covered_by_series),
    })),
);

/** The first reported fact of a territory row (fact_ids are in report order; the quote is the first report's). */
function firstFact(r: Row): string {
  const ids = list(r.fact_ids);
  const { byId } = lookups();
  return ids.find((id) => str(byId.get(id)?.quote) === str(r.quote)) ?? ids[0] ?? '';
}

/** Where each resolved place is and its country, by place id, from place_mentions (one place, one position). */
function placesById(): Map<string, { latitude: number | null; longitude: number | null; country: string }> {
  const out = new Map<string, { latitude: number | null; longitude: number | null; country: string }>();
  for (const m of tables().mentions) {
    const id = str(m.place_id);
    if (id && !out.has(id)) out.set(id, { latitude: num(m.latitude), longitude: num(m.longitude), country: str(m.country) });
  }
  return out;
}

/**
 * Territory rows with their place's country. A fact naming several places gives each its own row without
 * coordinates (the fact has one position); the place's own position from place_mentions puts it on the map.
 */
export const territoryRows = perTables((): Full<TerritoryRow>[] => {
  const places = placesById();
  return tables().territory.map((r) => {
    const at = places.get(str(r.place_id));
    const own = num(r.latitude) !== null && num(r.longitude) !== null;
    return {
      start: str(r.date),
      end: str(r.date),
      admin1: list(r.admin1),
      reported_by: list(r.reported_by),
      category: str(r.category),
      place: str(r.place),
      place_id: str(r.place_id),
      place_precision: str(r.place_precision),
      latitude: own ? num(r.latitude) : (at?.latitude ?? null),
      longitude: own ? num(r.longitude) : (at?.longitude ?? null),
      country: at?.country ?? '',
      actor: str(r.actor),
      actor_name: str(r.actor_name),
      count_best: num(r.count_best),
      unit: str(r.unit),
      n_sources: num(r.n_sources) ?? 0,
      prov: { ...prov(r), plotted: territoryPlotted({ count_best: num(r.count_best), unit: str(r.unit), start: str(r.date), place: str(r.place), category: str(r.category) }) },
    };
  });
});

const prov = (r: Row) => provenance(firstFact(r), r);

/** Governorate ordering follows the registry (north-west first is not assumed); unknown names go last. */
function sortAdmin1(names: Set<string>): string[] {
  const order = new Map(ADMIN1.map((a, i) => [a.name, i]));
  return [...names].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99) || a.localeCompare(b));
}

/** The reporter menu's length: the most frequent reporters, so a corpus of thousands still gives a usable menu. */
export const REPORTER_MENU_CAP = 40;

/** Reporters by how many figures they are credited with, most first (ties by name). */
export function rankReporters(rows: { reported_by: string[] }[]): { name: string; figures: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const name of new Set(r.reported_by)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .map(([name, figures]) => ({ name, figures }))
    .sort((a, b) => b.figures - a.figures || a.name.localeCompare(b.name));
}

export const filterOptions = perTables((): FilterOptions => {
  const rows = [...displacementRows(), ...casualtyRows(), ...territoryRows()];
  const admin1 = new Set(rows.flatMap((r) => r.admin1));
  const ranked = rankReporters(rows);
  const days = rows.flatMap((r) => [r.start, r.end]).filter(Boolean).sort();
  return {
    admin1: sortAdmin1(admin1),
    reporters: ranked.slice(0, REPORTER_MENU_CAP),
    reporterCount: ranked.length,
    reporterNames: ranked.map((r) => r.name).sort(),
    first: days[0] ?? '',
    last: days.at(-1) ?? '',
  };
});
