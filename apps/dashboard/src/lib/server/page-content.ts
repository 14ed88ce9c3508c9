/**
 * What each page shows, computed from the pipeline's tables. Only the data step (scripts/page-data.ts, its own
 * process) calls these: it writes their results as JSON files that the pages' load functions read
 * (page-data.ts), so the `vite build` process that prerenders the pages never holds the corpus-wide tables.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CORRECTION_HEADERS,
  factCorrections,
  parseCsv,
  placeCorrection,
  reviewQueue,
  type ReviewEvent,
  type Signature,
} from '@frontline/io';
import { EVENTS, type Fact, type UnresolvedPlace } from '@frontline/schema';
import { onMap } from '../territory.ts';
import { reportingWindow } from '../window.ts';
import { readAnnotations } from './annotations.ts';
import { headlineTitles, shippedCasualties, shippedDisplacement, shippedHeadline, shippedTerritory, titlesOf } from './detail.ts';
import { mapLayers, outlineCredit, packCredits } from './geo.ts';
import { articleSummaries, downloads, pageSlug, rejectedInputs, unresolvedPlaces } from './pages.ts';
import { casualtyRows, displacementRows, filterOptions, territoryRows } from './rows.ts';
import { dataDir, tables } from './tables.ts';

/** Every page's layout: the filter menus, the reporting window, the title and the key events. */
export function layoutContent() {
  const t = tables();
  const reporting = reportingWindow(t.articles.map((a) => (typeof a.published === 'string' ? a.published : '')));
  return { options: filterOptions(), reporting, title: t.datapackage.title ?? 'Frontline', annotations: readAnnotations() };
}

export function overviewContent() {
  return { ...shippedHeadline(), titles: headlineTitles() };
}

export function displacementContent() {
  return { rows: shippedDisplacement(), titles: titlesOf(displacementRows()) };
}

export function casualtiesContent() {
  return { rows: shippedCasualties(), titles: titlesOf(casualtyRows()) };
}

export function territoryContent() {
  const located = territoryRows()
    .filter(onMap)
    .map((r) => ({ longitude: r.longitude as number, latitude: r.latitude as number, country: r.country, admin1: r.admin1[0] ?? '' }));
  return { rows: shippedTerritory(), map: mapLayers(located), titles: titlesOf(territoryRows()) };
}

export function sourcesContent() {
  return { articles: articleSummaries(), rejected: rejectedInputs(), unresolved: unresolvedPlaces() };
}

export function dataContent() {
  const t = tables();
  const pkg = t.datapackage;
  const countries = [...new Set(t.mentions.map((m) => (typeof m.country === 'string' ? m.country : '')).filter(Boolean))].sort();
  // "Last updated" is the data's, not the clock's: the latest publication day of the articles read, so the same
  // data gives the same page. The version names the data package (as the app's version does, svelte.config.js).
  const days = t.articles.map((a) => (typeof a.published === 'string' ? a.published : '')).filter(Boolean).sort();
  const version = createHash('sha256').update(readFileSync(join(dataDir(), 'datapackage.json'))).digest('hex').slice(0, 16);
  return {
    title: pkg.title ?? 'Frontline',
    lastUpdated: days.at(-1) ?? '',
    articleCount: t.articles.length,
    version,
    downloads: downloads(),
    description: pkg.description ?? '',
    licenses: pkg.licenses ?? [],
    sources: pkg.sources ?? [],
    disclaimer: pkg['x-disclaimer'] ?? '',
    credits: [...packCredits(countries), outlineCredit()],
  };
}

/**
 * The Review page: the same queue as `frontline review`, by @frontline/io's review module. The correction rows
 * carry WHO, WHEN and WHY placeholders (never the build date, so two builds of the same data are byte-identical);
 * the user replaces them before dropping the rows into the corrections folder.
 */
const REVIEW_LIMIT = 20; // items per section, as `frontline review`'s default --limit
const PLACEHOLDERS: Signature = { who: 'WHO', when: 'WHEN', why: 'WHY' };

function events(): ReviewEvent[] {
  const path = join(dataDir(), 'events.csv');
  return existsSync(path) ? (parseCsv(EVENTS, readFileSync(path, 'utf8'), path) as unknown as ReviewEvent[]) : [];
}

const factItem = (f: Fact) => ({
  fact_id: f.fact_id,
  fact_key: f.fact_key,
  kind: f.kind,
  category: f.category,
  count_phrase: f.count_phrase,
  confidence: f.confidence,
  reasons: f.confidence_reasons,
  reported_by: f.reported_by,
  quote: f.quote,
  slug: pageSlug(f.article_id),
  lines: factCorrections(f, PLACEHOLDERS),
});

export function reviewContent() {
  const t = tables();
  const q = reviewQueue(t.facts as unknown as Fact[], t.unresolved as unknown as UnresolvedPlace[], events(), REVIEW_LIMIT);
  return {
    headers: CORRECTION_HEADERS,
    facts: q.facts.map(factItem),
    places: q.places.map((p) => ({
      mention: p.mention,
      facts: p.facts,
      candidates: p.example.candidates,
      quote: p.example.quote,
      slug: pageSlug(p.example.article_id),
      lines: [placeCorrection(p, PLACEHOLDERS)],
    })),
    disagreements: q.disagreements.map((d) => ({
      event_id: d.event.event_id,
      kind: d.event.kind,
      category: d.event.category,
      values: d.event.count_best_values,
      facts: d.facts.map(factItem),
    })),
  };
}

/** The pages with one content each, by the name of their file in the page data folder. */
export const PAGE_CONTENT = {
  layout: layoutContent,
  overview: overviewContent,
  displacement: displacementContent,
  casualties: casualtiesContent,
  territory: territoryContent,
  sources: sourcesContent,
  data: dataContent,
  review: reviewContent,
};
