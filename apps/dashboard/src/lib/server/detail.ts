/**
 * What a chart page ships and what it leaves to fetch. A mark needs its numbers, its reporter and the words of its
 * figure; its sentence, the article's title and the derivation are read only when someone opens it, so they go to
 * one small JSON file per article (`/detail/<slug>.json`, routes/detail) instead of into every page's data, where
 * at 2,000 articles they made megabytes that the browser parsed before any chart answered.
 */
import { packCasualties, packDisplacement, packTerritory } from '../chart-rows.ts';
import { headlineDisplaced, headlineKilled, headlineTaken } from '../headline.ts';
import type { DetailFile, Full, FullProvenance, Provenance, ProvenanceDetail } from '../types.ts';
import { casualtyRows, displacementRows, perTables, territoryRows } from './rows.ts';

/** The provenance a page ships: the fields of the mark and its tooltip, no sentence. */
export function lightProv(p: FullProvenance): Provenance {
  const { fact_id, article_id, article_slug, detail, published, reported_by, phrase, range_kind, plotted } = p;
  return { fact_id, article_id, article_slug, detail, published, reported_by, phrase, range_kind, plotted };
}

function detailOf(p: FullProvenance): ProvenanceDetail {
  const { title, quote, figure, sentence_index, derivation, corrected } = p;
  return { title, quote, figure, sentence_index, derivation, corrected };
}

export function shipped<T extends { prov: Provenance }>(rows: Full<T>[]): T[] {
  return rows.map((r) => ({ ...r, prov: lightProv(r.prov) }) as unknown as T);
}

/** The chart rows a page ships: no sentence, packed into columns (lib/chart-rows.ts); built once per tables. */
export const shippedDisplacement = perTables(() => packDisplacement(shipped(displacementRows())));
export const shippedCasualties = perTables(() => packCasualties(shipped(casualtyRows())));
export const shippedTerritory = perTables(() => packTerritory(shipped(territoryRows())));

/** The overview's rows: those its headline series draw (lib/headline.ts), whatever the filters. */
const headlineRows = perTables(() => ({
  displacement: displacementRows().filter(headlineDisplaced),
  casualties: casualtyRows().filter(headlineKilled),
  territory: territoryRows().filter(headlineTaken),
}));

export function shippedHeadline() {
  const { displacement, casualties, territory } = headlineRows();
  return {
    displacement: packDisplacement(shipped(displacement)),
    casualties: packCasualties(shipped(casualties)),
    territory: packTerritory(shipped(territory)),
  };
}

/**
 * Article id -> title for the rows' articles, as sorted pairs (a table's Article column and the tooltip show it;
 * pairs, not an object, so no id can act as an object key like `__proto__`).
 */
export function titlesOf(rows: Full<{ prov: Provenance }>[]): [string, string][] {
  const titles = new Map(rows.map((r) => [r.prov.article_id, r.prov.title]));
  return [...titles].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

const allRows = (): Full<{ prov: Provenance }>[] => [...displacementRows(), ...casualtyRows(), ...territoryRows()];

/** Every article's detail file by its name: each fact a chart draws, once (the first row naming it), ids sorted. */
export const detailFiles = perTables((): Map<string, DetailFile> => {
  const grouped = new Map<string, { title: string; facts: Map<string, ProvenanceDetail> }>();
  for (const { prov } of allRows()) {
    const file = grouped.get(prov.detail) ?? { title: prov.title, facts: new Map() };
    if (!file.facts.has(prov.fact_id)) file.facts.set(prov.fact_id, detailOf(prov));
    grouped.set(prov.detail, file);
  }
  const byId = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  return new Map(
    [...grouped].sort(byId).map(([name, file]) => [name, { title: file.title, facts: [...file.facts].sort(byId) }]),
  );
});

/** The titles of the overview's articles: those of its rows. */
export const headlineTitles = perTables(() => {
  const rows = headlineRows();
  return titlesOf([...rows.displacement, ...rows.casualties, ...rows.territory]);
});
