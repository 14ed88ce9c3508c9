/** The shapes the pages receive from their build-time load functions (plain JSON, no Date objects). */

/**
 * What a mark carries in the page data: enough for the mark, its tooltip and the table rows, and no sentence. The
 * sentence and how the figure was derived (ProvenanceDetail) are fetched when the mark is opened: shipping them with
 * every row made a chart page at scale megabytes of page data to parse before it became interactive.
 */
export interface Provenance {
  fact_id: string;
  article_id: string;
  /** The article page's path segment ('' when the article has no page). */
  article_slug: string;
  /** The file holding this fact's sentence: `/detail/<detail>.json` (lib/detail.svelte.ts), one per article. */
  detail: string;
  published: string;
  /** Who the figure is attributed to, joined for display ("" when unattributed). */
  reported_by: string;
  /** The figure as written (count_phrase), or the capture verb for a change of control. */
  phrase: string;
  /** Whether the range is one exact figure, stated by the text, or inferred by a rule ('' with no figure). */
  range_kind: 'exact' | 'stated' | 'inferred' | '';
  /** The value the chart plots for this mark, in words with its unit ('' when it plots a place or a day only). */
  plotted: string;
}

/** A fact's sentence and derivation, loaded on demand from its article's detail file. */
export interface ProvenanceDetail {
  title: string;
  quote: string;
  /** The figure inside `quote` as [start, end) offsets, or null when the offsets do not fit the quote. */
  figure: [number, number] | null;
  sentence_index: number;
  /** How the plotted figure came from the words (stated words, range rule, household size), one step a line. */
  derivation: string[];
  /** What a person's corrections changed ('' when the figure is as extracted): see correctionNote. */
  corrected: string;
}

/** One detail file: the article's title and the detail of each of its facts that a chart draws, by fact id. */
export interface DetailFile {
  title: string;
  facts: [string, ProvenanceDetail][];
}

export type FullProvenance = Provenance & ProvenanceDetail;

/** A row as the build holds it, with its sentence; the page data gets the row with its Provenance only. */
export type Full<T extends { prov: Provenance }> = Omit<T, 'prov'> & { prov: FullProvenance };

/** Fields every filterable chart row carries. */
export interface Filterable {
  /** First and last day the row covers; '' when undated. */
  start: string;
  end: string;
  admin1: string[];
  reported_by: string[];
}

export interface DisplacementRow extends Filterable {
  category: string;
  low: number;
  best: number;
  high: number;
  vague: boolean;
  cumulative: boolean;
  best_available: boolean;
  places: string[];
  prov: Provenance;
}

export interface CasualtyRow extends Filterable {
  category: string;
  group: string;
  series_kind: string;
  series_id: string;
  low: number;
  best: number;
  high: number;
  vague: boolean;
  covered_by_series: string;
  places: string[];
  prov: Provenance;
}

export interface TerritoryRow extends Filterable {
  category: string;
  place: string;
  /** Gazetteer id of the place ('' when unresolved): one place, however it is spelled. */
  place_id: string;
  place_precision: string;
  latitude: number | null;
  longitude: number | null;
  /** ISO code of the place's country ('' when unknown). */
  country: string;
  actor: string;
  actor_name: string;
  count_best: number | null;
  unit: string;
  n_sources: number;
  prov: Provenance;
}

export interface FilterOptions {
  admin1: string[];
  /** The most frequent reporters (at most REPORTER_MENU_CAP), most figures first; their rank gives their colour. */
  reporters: { name: string; figures: number }[];
  /** How many reporters there are in all. */
  reporterCount: number;
  /** Every reporter's name, sorted: what an address may name (lib/filters.ts), menu or not. */
  reporterNames: string[];
  /** Earliest and latest day any row covers. */
  first: string;
  last: string;
}

/** A key event on the time axes (annotations.csv). */
export interface Annotation {
  date: string;
  label: string;
  source: string;
}
