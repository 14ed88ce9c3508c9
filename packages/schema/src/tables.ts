/**
 * Schemas of the published tables: column order, Frictionless type and description.
 * The CSV writer, the Arrow writer, datapackage.json and the dashboard all read these.
 */

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface Field {
  name: string;
  type: FieldType;
  description: string;
  /** `;`-separated list of values inside one cell. */
  list?: boolean;
  /** HXL hashtag for the HXL-tagged CSV, where one fits. */
  hxl?: string;
}

export interface TableSchema {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey?: string[];
}

const f = (name: string, type: FieldType, description: string, extra: Partial<Field> = {}): Field => ({
  name,
  type,
  description,
  ...extra,
});

/** One definition of the column, shared by the facts and the per-fact timelines. */
const reporterBasis = f(
  'reporter_basis',
  'string',
  'How the reporter was found: stated ("according to X", "figures from X", "(source: X)"), quoted ("X said"), subject_of_reporting_verb ("X tracked", "X estimates", "recorded by X"), document_author (the report\'s own publisher, for figures it attributes to no one), carried (a pronoun, back-reference or list lead standing for a source named before), carried_from_previous (a news roundup\'s later figure with no attribution of its own, given to the source named last while no other speaker, heading or background sentence intervened), or empty (no reporter).',
);

const provenance: Field[] = [
  f('quote', 'string', 'The sentence the figure came from, verbatim.', { hxl: '#meta+quote' }),
  f('sentence_index', 'integer', 'Index of that sentence in the article (0-based).'),
  f('char_start', 'integer', "Start offset (UTF-16, inclusive) of the sentence in the article's clean text."),
  f('char_end', 'integer', "End offset (UTF-16, exclusive) of the sentence in the article's clean text."),
  f('figure_start', 'integer', 'Start offset of the figure (or capture verb) in the clean text.'),
  f('figure_end', 'integer', 'End offset of the figure (or capture verb) in the clean text.'),
];

export const FACTS: TableSchema = {
  name: 'facts',
  title: 'Facts',
  description:
    'One row per figure or change of control found in an article: what was counted, how many (as a range), who, where, when and who said so, with the sentence it came from.',
  primaryKey: ['fact_id'],
  fields: [
    f('fact_id', 'string', 'Stable id: article id, sentence index and position of the fact in the sentence.'),
    f('fact_key', 'string', "Key corrections target: 16 hex digits of SHA-256 over the article id, the sentence's hash and the figure's words and offsets in the sentence; unchanged by re-runs and code changes wherever the sentence is unchanged."),
    f('article_id', 'string', 'The input file name without extension.', { hxl: '#meta+source' }),
    f('kind', 'string', 'displacement, casualty or territory.'),
    f('category', 'string', 'displaced, idps_stock, returned; killed, injured; captured, entered, advanced.'),
    f('group', 'string', 'Casualty victims: civilians, children, women, government_forces, opposition_fighters, isis_fighters, people (unspecified).'),
    f('actor', 'string', "Territory: the side that gained ground; casualty: the stated perpetrator: government (the forces of the state the article is about), opposition (non-state armed groups), isis, kurdish, turkey, peacekeepers, or foreign:<ISO2> (another state's forces)."),
    f('actor_name', 'string', 'Resolved name of that actor, e.g. "Syrian government forces", "Hayat Tahrir al-Sham", "Russian Armed Forces".', { hxl: '#org+actor' }),
    f('actor_text', 'string', 'The actor as written in the sentence ("the army", "Russian troops"), from which actor and actor_name were read.'),
    f('count_low', 'number', 'Lowest value a correct reading of the figure allows.'),
    f('count_best', 'number', 'Best single value of the figure.'),
    f('count_high', 'number', 'Highest value a correct reading of the figure allows.'),
    f('unit', 'string', 'persons, families, households, places or km.'),
    f('persons_low', 'number', 'Displacement and casualties: the low figure in persons (families and households converted).'),
    f('persons_best', 'number', 'Displacement and casualties: the best figure in persons.'),
    f('persons_high', 'number', 'Displacement and casualties: the high figure in persons.'),
    f('count_phrase', 'string', 'The words of the figure as written ("nearly 120,000", "tens of thousands").'),
    f('vague', 'boolean', 'True where the text gives a word ("thousands", "dozens"), not a number.'),
    f('places', 'string', 'Canonical place names, ;-separated.', { list: true, hxl: '#loc+name' }),
    f('place_mentions', 'string', 'The places as written in the sentence, ;-separated.', { list: true }),
    f('place_ids', 'string', 'Gazetteer ids of those places (OCHA P-codes or curated ids), same order.', { list: true, hxl: '#loc+code' }),
    f('place_precision', 'string', 'How precisely the place is known: point, near, district, governorate, country.'),
    f('admin1', 'string', 'Governorates concerned, ;-separated.', { list: true, hxl: '#adm1+name' }),
    f('admin1_basis', 'string', 'How admin1 was found: stated (the fact\'s own sentence), paragraph (the place its paragraph had reached), headline (the headline\'s or lead\'s), section (the place the section had reached, in a text with headings), article (the only admin1 the article names), or empty.'),
    f('latitude', 'number', 'Latitude (WGS84) for a fact about one place.', { hxl: '#geo+lat' }),
    f('longitude', 'number', 'Longitude (WGS84) for a fact about one place.', { hxl: '#geo+lon' }),
    f('period_start', 'date', 'First day the figure covers (inclusive).', { hxl: '#date+start' }),
    f('period_end', 'date', 'Last day the figure covers (inclusive); a point event has start = end.', { hxl: '#date+end' }),
    f('date_precision', 'string', 'day, week, month or year.'),
    f('time_phrase', 'string', 'The words that dated the figure, as written.'),
    f('date_basis', 'string', 'How the period was found: phrase (its own time phrase), context (the date the text had reached: a narrative\'s last date, or the paragraph\'s), publication (the report day), or empty (undated).'),
    f('cumulative', 'boolean', 'True for running totals ("since December 25"), false for one incident or period.'),
    f('certainty', 'string', 'stated; hedged when the text puts the figure at one remove ("are believed to have died", "reportedly", "unconfirmed reports"); inferred when only the clause-level backoff read it (a count of persons in a clause whose one predicate of harm or movement is a frame\'s).'),
    f('hedge', 'string', 'The hedge words as written, ;-separated; empty when stated.'),
    f('reported_by', 'string', 'Who the figure is attributed to, normalized, ;-separated.', { list: true, hxl: '#org+reporting' }),
    reporterBasis,
    ...provenance,
    f('published', 'date', 'Publication date of the article (best estimate).', { hxl: '#date+reported' }),
    f('confidence', 'number', 'How far the fact can be trusted as read, 0.05 to 1: 1 minus the weight of each reason in confidence_reasons (docs/method.md); a ranking for review, not a probability.'),
    f('confidence_reasons', 'string', 'Why confidence is below 1, short codes ;-separated: hedged, inferred, far_predicate, vague_quantity, undated, date_from_context, date_from_publication, date_coarse, article_date_corroborated, place_unresolved, no_place, admin1_inferred, no_reporter, reporter_inferred, disagrees; corroborated raises it.', { list: true }),
    f('reviewed', 'boolean', 'True when a correction of the corrections folder touched the fact or added it.'),
    f('corrected_by', 'string', 'Ids of the corrections applied to the fact, ;-separated (see corrections_applied.csv).', { list: true }),
    f('original_values', 'string', 'What each correction replaced, "field: old value [correction id]", ;-separated.', { list: true }),
  ],
};

export const ARTICLES: TableSchema = {
  name: 'articles',
  title: 'Articles',
  description: 'One row per input article that was processed, with its inferred metadata.',
  primaryKey: ['article_id'],
  fields: [
    f('article_id', 'string', 'The input file name without extension.', { hxl: '#meta+source' }),
    f('title', 'string', 'Title: stated (manifest, front matter, page metadata, export column), else the first heading-like line.'),
    f('published', 'date', 'Best single-day estimate of the publication date.', { hxl: '#date+reported' }),
    f('published_precision', 'string', 'How exact that date is: day, week, month, year.'),
    f('published_earliest', 'date', 'Earliest publication date the evidence allows.'),
    f('published_latest', 'date', 'Latest publication date the evidence allows.'),
    f('published_evidence', 'string', 'Where a stated date came from (manifest, front matter, page metadata, export column) or how the date was inferred (dateline, caption, weekday reasoning...).'),
    f('outlet', 'string', 'Publisher: the wire agency its dateline names, else stated (manifest, front matter, page metadata, export column), else from the text.', { hxl: '#org+outlet' }),
    f('url', 'string', 'Address of the article, as stated (manifest, front matter, page metadata, export column).'),
    f('chars', 'integer', 'Characters in the clean text.'),
    f('sentences', 'integer', 'Sentences in the clean text.'),
    f('removed_lines', 'integer', 'Boilerplate lines removed (captions, credits, share links, link lists...).'),
    f('sha256', 'string', 'SHA-256 of the input file bytes (of the row, for a row of an export).'),
    f('source_path', 'string', 'Path of the input file relative to the input folder; file:LINE for a row of an export.'),
    f('text_sha256', 'string', 'SHA-256 of the clean text: equal for copies that differ only in front matter or page furniture.'),
    f(
      'warnings',
      'string',
      'What was wrong with the article\'s metadata and not used, ;-separated (a front-matter field of the wrong type, a url that is not http(s), a publication date outside the sane window).',
      { list: true },
    ),
    f('format', 'string', 'The reader that read the input file: text, markdown, html, pdf, jsonl (a row of a JSON Lines export), csv (a row of a CSV export).'),
    f(
      'metadata_evidence',
      'string',
      'Where title, outlet and url came from when the input stated them (front matter, a manifest articles.csv, the page\'s metadata, an export column), ;-separated, e.g. "outlet: HTML meta og:site_name"; absent fields were inferred from the text. The date\'s source is in published_evidence.',
      { list: true },
    ),
    f('country', 'string', 'ISO 3166-1 alpha-2 code of the country the article is about (from its places and the country names it uses, or --country/--region); empty when unknown.', { hxl: '#country+code' }),
    f('country_evidence', 'string', 'Why that country: forced, or the votes of places, country names and demonyms.'),
  ],
};

export const REJECTED: TableSchema = {
  name: 'rejected',
  title: 'Rejected inputs',
  description: 'Every input file that was not processed, with the reason.',
  primaryKey: ['path'],
  fields: [
    f('path', 'string', 'Path of the file relative to the input folder.'),
    f('reason', 'string', 'Why it was not processed.'),
  ],
};

export const UNRESOLVED_PLACES: TableSchema = {
  name: 'unresolved_places',
  title: 'Unresolved place mentions',
  description: 'Place mentions the gazetteer could not resolve, with their sentence, so a person can add an alias.',
  fields: [
    f('fact_id', 'string', 'The fact the mention belongs to.'),
    f('article_id', 'string', 'The article.'),
    f('mention', 'string', 'The place as written.', { hxl: '#loc+name' }),
    f('reason', 'string', 'Why it did not resolve (no match, ambiguous...).'),
    f('candidates', 'string', 'The nearest places of the packs by spelling, "Name (admin1, country) [id]", ;-separated: what was probably meant.', { list: true }),
    f('sentence_index', 'integer', 'Index of the sentence.'),
    f('quote', 'string', 'The sentence.', { hxl: '#meta+quote' }),
  ],
};

export const PLACE_MENTIONS: TableSchema = {
  name: 'place_mentions',
  title: 'Place mentions',
  description:
    'Every place named in a fact, as written, with what the gazetteer made of it: the place, its precision (point, near, district, governorate, country) and why; unresolved mentions are listed with the reason so a person can add an alias.',
  fields: [
    f('fact_id', 'string', 'The fact the mention belongs to.'),
    f('article_id', 'string', 'The article.', { hxl: '#meta+source' }),
    f('mention', 'string', 'The place as written.'),
    f('resolved', 'boolean', 'Whether the mention resolved to a gazetteer place.'),
    f('place_id', 'string', 'Pack id (OCHA P-code, curated id, admin1 code, ISO country code, gn:<GeoNames id>).', { hxl: '#loc+code' }),
    f('place', 'string', 'Canonical name.', { hxl: '#loc+name' }),
    f('admin1', 'string', 'Governorate (first-level administrative division) as the place\'s pack names it.', { hxl: '#adm1+name' }),
    f('country', 'string', 'ISO 3166-1 alpha-2 code of the place\'s country.', { hxl: '#country+code' }),
    f('latitude', 'number', 'Latitude.', { hxl: '#geo+lat' }),
    f('longitude', 'number', 'Longitude.', { hxl: '#geo+lon' }),
    f('precision', 'string', 'point, near, district, governorate or country; empty when unresolved.'),
    f('reason', 'string', 'How the mention was resolved, or why it was not.'),
    f('sentence_index', 'integer', 'Index of the sentence.'),
    f('char_start', 'integer', 'Start offset of the mention in the clean text.'),
    f('char_end', 'integer', 'End offset of the mention in the clean text.'),
  ],
};

export const CORRECTIONS_APPLIED: TableSchema = {
  name: 'corrections_applied',
  title: 'Corrections applied',
  description: 'Every row of the corrections folder and what it did: applied (to which facts), stale (its fact or sentence is gone; never applied to another), invalid (why), or unused (nothing matched).',
  fields: [
    f('correction_id', 'string', 'The id of the correction.'),
    f('file', 'string', 'The corrections file.'),
    f('line', 'integer', 'Its line in the file (0 for the whole file).'),
    f('action', 'string', 'reject, change:<field>, add, place_alias, new_place, actor_alias, source_alias, merge_events or split_events.'),
    f('target', 'string', 'The fact_key, alias or article the correction targets.'),
    f('status', 'string', 'applied, stale, invalid or unused.'),
    f('detail', 'string', 'What it did, or why not.'),
    f('fact_ids', 'string', 'The facts it changed, ;-separated.', { list: true }),
    f('who', 'string', 'Who made the correction.'),
    f('when', 'string', 'When.'),
    f('why', 'string', 'Why.'),
  ],
};

/** The tables every run publishes, in datapackage order. Aggregate adds its own reconciled tables. */
export const CORE_TABLES = [FACTS, ARTICLES, REJECTED, UNRESOLVED_PLACES, PLACE_MENTIONS];

export const EVENTS: TableSchema = {
  name: 'events',
  title: 'Events',
  description:
    'Facts reconciled across articles: one row per real-world event (a capture, an incident, a displacement claim) or per running total, with the facts and articles behind it and the range of figures the sources give. Where sources disagree the row says so instead of averaging.',
  primaryKey: ['event_id'],
  fields: [
    f('event_id', 'string', 'Stable id derived from the facts behind the event.'),
    f('kind', 'string', 'displacement, casualty or territory.'),
    f('category', 'string', 'As in facts.'),
    f('group', 'string', 'Casualty victims, as in facts.'),
    f('actor', 'string', 'Who gained ground (territory) or stated perpetrator.'),
    f('unit', 'string', 'Unit of the figures.'),
    f('cumulative', 'boolean', 'True for a running total (a series of reports of one total), false for one event.'),
    f('places', 'string', 'Canonical place names, ;-separated.', { list: true, hxl: '#loc+name' }),
    f('place_ids', 'string', 'Gazetteer ids, ;-separated.', { list: true, hxl: '#loc+code' }),
    f('admin1', 'string', 'Governorates, ;-separated.', { list: true, hxl: '#adm1+name' }),
    f('latitude', 'number', 'Latitude when the event is at one place.', { hxl: '#geo+lat' }),
    f('longitude', 'number', 'Longitude when the event is at one place.', { hxl: '#geo+lon' }),
    f('period_start', 'date', 'Earliest period start among the facts.', { hxl: '#date+start' }),
    f('period_end', 'date', 'Latest period end among the facts.', { hxl: '#date+end' }),
    f('first_reported', 'date', 'Publication date of the earliest article reporting it.', { hxl: '#date+reported' }),
    f('count_low', 'number', 'Lowest figure any source allows.'),
    f('count_high', 'number', 'Highest figure any source allows.'),
    f('count_best_values', 'string', 'The best figure of each fact, in fact order, ;-separated (no averaging).', { list: true }),
    f('persons_low', 'number', 'count_low in persons (displacement and casualties).', { hxl: '#affected+min' }),
    f('persons_high', 'number', 'count_high in persons.', { hxl: '#affected+max' }),
    f('disagreement', 'boolean', 'True when the sources\' best figures differ by more than 10% (or, for running totals, the series grew).'),
    f('n_facts', 'integer', 'Number of facts behind the event.'),
    f('n_sources', 'integer', 'Number of distinct articles reporting it.'),
    f('fact_ids', 'string', 'The facts, ;-separated.', { list: true }),
    f('article_ids', 'string', 'The articles, ;-separated.', { list: true, hxl: '#meta+source' }),
    f('reported_by', 'string', 'Everyone the figures are attributed to, ;-separated.', { list: true, hxl: '#org+reporting' }),
    f('reviewed', 'boolean', 'True when a correction touched one of its facts (see facts.corrected_by).'),
    f('corrected_by', 'string', 'Ids of the corrections applied to its facts, ;-separated.', { list: true }),
  ],
};

const timelineProvenance: Field[] = [
  f('fact_id', 'string', 'The fact behind the row.'),
  f('event_id', 'string', 'The reconciled event it belongs to.'),
  f('article_id', 'string', 'The article.', { hxl: '#meta+source' }),
  f('published', 'date', 'Publication date of the article.', { hxl: '#date+reported' }),
  f('quote', 'string', 'The sentence, verbatim.', { hxl: '#meta+quote' }),
  f('count_phrase', 'string', 'The figure as written.'),
    f('reviewed', 'boolean', 'True when a correction touched one of its facts (see facts.corrected_by).'),
    f('corrected_by', 'string', 'Ids of the corrections applied to its facts, ;-separated.', { list: true }),
];

export const DISPLACEMENT_TIMELINE: TableSchema = {
  name: 'displacement_timeline',
  title: 'Displacement over time',
  description:
    'Every displacement claim in persons over the period it covers, side by side by reporter; `best_available` marks the one claim per period chosen by the rule in the package description.',
  fields: [
    f('date', 'date', 'The last day the claim covers (period_end): where the claim sits on a time axis.', { hxl: '#date' }),
    f('period_start', 'date', 'First day the claim covers.', { hxl: '#date+start' }),
    f('period_end', 'date', 'Last day the claim covers.', { hxl: '#date+end' }),
    f('category', 'string', 'displaced, idps_stock or returned.'),
    f('persons_low', 'number', 'Low figure, persons.', { hxl: '#affected+idps+min' }),
    f('persons_best', 'number', 'Best figure, persons.', { hxl: '#affected+idps' }),
    f('persons_high', 'number', 'High figure, persons.', { hxl: '#affected+idps+max' }),
    f('vague', 'boolean', 'The text gives a word, not a number.'),
    f('cumulative', 'boolean', 'A running total since a start date.'),
    f('reported_by', 'string', 'Who said so, ;-separated.', { list: true, hxl: '#org+reporting' }),
    reporterBasis,
    f('admin1', 'string', 'Governorates, ;-separated.', { list: true, hxl: '#adm1+name' }),
    f('places', 'string', 'Places, ;-separated.', { list: true, hxl: '#loc+name' }),
    f('best_available', 'boolean', 'The claim chosen for the derived best-available series.'),
    ...timelineProvenance,
  ],
};

export const CASUALTIES_TIMELINE: TableSchema = {
  name: 'casualties_timeline',
  title: 'Casualties over time',
  description:
    'Every casualty figure over time. Running totals form series (`series_id`: reporter, category, group and start date) ordered by report date and are never summed with each other or with incidents; `covered_by_series` marks incidents a later running total already includes.',
  fields: [
    f('date', 'date', 'Last day the figure covers (period_end).', { hxl: '#date' }),
    f('period_start', 'date', 'First day the figure covers.', { hxl: '#date+start' }),
    f('period_end', 'date', 'Last day the figure covers.', { hxl: '#date+end' }),
    f('category', 'string', 'killed or injured.'),
    f('group', 'string', 'Victims: civilians, children, women, government_forces, opposition_fighters, isis_fighters, people.', { hxl: '#group' }),
    f('series_kind', 'string', 'running_total or incident.'),
    f('series_id', 'string', 'For running totals: the series (reporter|category|group|start); empty for incidents.'),
    f('persons_low', 'number', 'Low figure.', { hxl: '#affected+min' }),
    f('persons_best', 'number', 'Best figure.', { hxl: '#affected+killed' }),
    f('persons_high', 'number', 'High figure.', { hxl: '#affected+max' }),
    f('vague', 'boolean', 'The text gives a word, not a number.'),
    f('covered_by_series', 'string', 'For an incident: the running-total series that later covers it, if any.'),
    f('reported_by', 'string', 'Who said so, ;-separated.', { list: true, hxl: '#org+reporting' }),
    reporterBasis,
    f('admin1', 'string', 'Governorates, ;-separated.', { list: true, hxl: '#adm1+name' }),
    f('places', 'string', 'Places, ;-separated.', { list: true, hxl: '#loc+name' }),
    f('latitude', 'number', 'Latitude when at one place.', { hxl: '#geo+lat' }),
    f('longitude', 'number', 'Longitude when at one place.', { hxl: '#geo+lon' }),
    ...timelineProvenance,
  ],
};

export const TERRITORY_TIMELINE: TableSchema = {
  name: 'territory_timeline',
  title: 'Territorial changes over time',
  description:
    'One row per place that changed hands: the first reported change of control, who gained it, where it is, and every source that reported it. Advances in km and counts of places without names are rows with an empty place.',
  fields: [
    f('date', 'date', 'Date of the first reported change (period_end of the earliest fact).', { hxl: '#date' }),
    f('category', 'string', 'captured, entered or advanced.'),
    f('place', 'string', 'Canonical place name (empty for a count of places or an advance in km).', { hxl: '#loc+name' }),
    f('place_id', 'string', 'Gazetteer id.', { hxl: '#loc+code' }),
    f('place_precision', 'string', 'point, near, district, governorate, country.'),
    f('admin1', 'string', 'Governorate.', { hxl: '#adm1+name' }),
    f('latitude', 'number', 'Latitude.', { hxl: '#geo+lat' }),
    f('longitude', 'number', 'Longitude.', { hxl: '#geo+lon' }),
    f('actor', 'string', 'Side that gained it.', { hxl: '#org+actor' }),
    f('actor_name', 'string', 'Normalized actor name.'),
    f('count_best', 'number', 'For a count of places or an advance: the figure.'),
    f('unit', 'string', 'places or km for counts; empty for a named place.'),
    f('n_sources', 'integer', 'Articles reporting it.'),
    f('reported_by', 'string', 'Who said so, ;-separated.', { list: true, hxl: '#org+reporting' }),
    f('article_ids', 'string', 'Articles, ;-separated.', { list: true, hxl: '#meta+source' }),
    f('fact_ids', 'string', 'Facts, ;-separated.', { list: true }),
    f('event_id', 'string', 'The reconciled event.'),
    f('quote', 'string', 'The sentence of the first report.', { hxl: '#meta+quote' }),
    f('reviewed', 'boolean', 'True when a correction touched one of its facts (see facts.corrected_by).'),
    f('corrected_by', 'string', 'Ids of the corrections applied to its facts, ;-separated.', { list: true }),
  ],
};
