/**
 * What each dashboard chart should draw, computed from the pipeline's CSV files independently of the app's
 * loading and filtering: one mark per row that passes the filters (period overlap, governorate, reporter), the
 * chart's own rule, and the documented time-window rule (apps/dashboard/src/lib/window.ts: without From, a row
 * is drawn when it has a day and its period starts on or after LEAD_DAYS before the earliest article's
 * `published` in articles.csv). The window rule itself is imported so the test and the app cannot drift apart;
 * the window is computed here from articles.csv. Places taken are counted here by their own definition, apart
 * from the app's code: rows captured or entered, with a day, in the window, of a place (not a governorate, district
 * or country), each place id once.
 */
import { join } from 'node:path';
import { readCsv, type Row } from '@frontline/io';
import { ARTICLES, CASUALTIES_TIMELINE, DISPLACEMENT_TIMELINE, FACTS, PLACE_MENTIONS, TERRITORY_TIMELINE } from '@frontline/schema';
import { isDrawn, reportingWindow, timeWindow } from '../../apps/dashboard/src/lib/window.ts';

export interface View {
  from?: string;
  to?: string;
  admin1?: string;
  reporter?: string;
}

export interface Tables {
  displacement: Row[];
  casualties: Row[];
  territory: Row[];
  facts: Map<string, Row>;
  published: string[];
  /** Place ids place_mentions gives a position. */
  located: Set<string>;
}

export function readTables(dir: string): Tables {
  return {
    displacement: readCsv(DISPLACEMENT_TIMELINE, join(dir, 'displacement_timeline.csv')),
    casualties: readCsv(CASUALTIES_TIMELINE, join(dir, 'casualties_timeline.csv')),
    territory: readCsv(TERRITORY_TIMELINE, join(dir, 'territory_timeline.csv')),
    facts: new Map(readCsv(FACTS, join(dir, 'facts.csv')).map((f) => [String(f.fact_id), f])),
    published: readCsv(ARTICLES, join(dir, 'articles.csv')).map((a) => (typeof a.published === 'string' ? a.published : '')),
    located: new Set(
      readCsv(PLACE_MENTIONS, join(dir, 'place_mentions.csv'))
        .filter((m) => m.place_id && m.latitude !== null && m.longitude !== null)
        .map((m) => String(m.place_id)),
    ),
  };
}

const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : v ? [String(v)] : []);

function inView(row: Row, view: View, start: string, end: string): boolean {
  if (view.from || view.to) {
    if (!start || !end) return false;
    if (view.from && end < view.from) return false;
    if (view.to && start > view.to) return false;
  }
  if (view.admin1 && !list(row.admin1).includes(view.admin1)) return false;
  if (view.reporter && !list(row.reported_by).includes(view.reporter)) return false;
  return true;
}

const period = (r: Row) => [String(r.period_start || r.date), String(r.period_end || r.date)] as const;
const drawable = (r: Row) => typeof r.persons_best === 'number';

/** Expected marks per chart id (`data-chart`), for each page. */
export function expectedMarks(t: Tables, view: View): Record<string, Record<string, number>> {
  const window = timeWindow({ from: view.from ?? '', to: view.to ?? '' }, reportingWindow(t.published));
  const day = (v: unknown) => (typeof v === 'string' ? v : '');
  const inWindow = (r: Row) =>
    isDrawn({ start: day(r.period_start) || day(r.date), end: day(r.period_end) || day(r.date) }, window);
  const displacement = t.displacement.filter((r) => drawable(r) && inView(r, view, ...period(r)));
  const casualties = t.casualties.filter((r) => drawable(r) && inView(r, view, ...period(r)));
  const territory = t.territory.filter((r) => inView(r, view, String(r.date), String(r.date)));
  // Charts, the map and the counters hold the rows in the time window; the rest is background, listed apart.
  const drawnDisplacement = displacement.filter(inWindow);
  const drawnCasualties = casualties.filter(inWindow);
  const places = placesTakenIn(territory.filter(inWindow));
  const isLocated = (r: Row) => (r.latitude !== null && r.longitude !== null) || t.located.has(String(r.place_id));
  const count = (rows: Row[], key: string) => {
    const out: Record<string, number> = {};
    for (const r of rows) out[`${key}-${r.category}`] = (out[`${key}-${r.category}`] ?? 0) + 1;
    return out;
  };
  return {
    '/': {
      // Flows only: the stock of displaced people is not put on the same axis.
      'overview-displacement': drawnDisplacement.filter((r) => r.best_available === true && r.category === 'displaced').length,
      'overview-casualties': drawnCasualties.filter((r) => r.category === 'killed' && r.group === 'civilians').length,
      'overview-territory': places.length,
    },
    '/displacement/': count(drawnDisplacement, 'displacement'),
    '/casualties/': { 'casualties-killed': 0, 'casualties-injured': 0, ...count(drawnCasualties, 'casualties') },
    '/territory/': {
      // A place is on the map when its row or its mentions (a fact naming several places) give a position.
      'territory-map': places.filter((rows) => rows.some(isLocated)).length,
      'territory-cumulative': places.length,
      'territory-km': territory.filter((r) => r.unit === 'km' && r.date && r.count_best !== null && inWindow(r)).length,
    },
  };
}

const AREAS = new Set(['governorate', 'district', 'country']);

/** The capture rows of each place taken, one list per place (by place id, else name). */
export function placesTakenIn(territory: Row[]): Row[][] {
  const byPlace = new Map<string, Row[]>();
  for (const r of territory) {
    if (!r.place || !r.date || !(r.category === 'captured' || r.category === 'entered')) continue;
    if (AREAS.has(String(r.place_precision ?? ''))) continue;
    const key = String(r.place_id || `name:${String(r.place).toLowerCase()}`);
    byPlace.set(key, [...(byPlace.get(key) ?? []), r]);
  }
  return [...byPlace.values()];
}

/** The figure as the sentence writes it: the fact's offsets, relative to its sentence. */
export function figureOf(fact: Row): string {
  const quote = String(fact.quote);
  const base = Number(fact.char_start);
  return quote.slice(Number(fact.figure_start) - base, Number(fact.figure_end) - base);
}
