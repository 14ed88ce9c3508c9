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
    f('article_id', 'string', 'The input file name without extension.', { hxl: '#meta+source' }),
    f('kind', 'string', 'displacement, casualty or territory.'),
    f('category', 'string', 'displaced, idps_stock, returned; killed, injured; captured, entered, advanced.'),
    f('group', 'string', 'Casualty victims: civilians, children, women, government_forces, opposition_fighters, isis_fighters, people (unspecified).'),
    f('actor', 'string', 'Territory: the side that gained ground; casualty: the stated perpetrator (government, opposition, isis, turkey, kurdish).'),
    f('actor_name', 'string', 'Normalized name of that actor, e.g. "Syrian government forces", "Hayat Tahrir al-Sham".', { hxl: '#org+actor' }),
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
    f('place_ids', 'string', 'Gazetteer ids of those places (OCHA P-codes or curated ids), same order.', { list: true, hxl: '#loc+code' }),
    f('place_precision', 'string', 'How precisely the place is known: point, near, district, governorate, country.'),
    f('admin1', 'string', 'Governorates concerned, ;-separated.', { list: true, hxl: '#adm1+name' }),
    f('latitude', 'number', 'Latitude (WGS84) for a fact about one place.', { hxl: '#geo+lat' }),
    f('longitude', 'number', 'Longitude (WGS84) for a fact about one place.', { hxl: '#geo+lon' }),
    f('period_start', 'date', 'First day the figure covers (inclusive).', { hxl: '#date+start' }),
    f('period_end', 'date', 'Last day the figure covers (inclusive); a point event has start = end.', { hxl: '#date+end' }),
    f('date_precision', 'string', 'day, week, month or year.'),
    f('time_phrase', 'string', 'The words that dated the figure, as written.'),
    f('cumulative', 'boolean', 'True for running totals ("since December 25"), false for one incident or period.'),
    f('reported_by', 'string', 'Who the figure is attributed to, normalized, ;-separated.', { list: true, hxl: '#org+reporting' }),
    ...provenance,
    f('published', 'date', 'Publication date of the article (best estimate).', { hxl: '#date+reported' }),
  ],
};

export const ARTICLES: TableSchema = {
  name: 'articles',
  title: 'Articles',
  description: 'One row per input article that was processed, with its inferred metadata.',
  primaryKey: ['article_id'],
  fields: [
    f('article_id', 'string', 'The input file name without extension.', { hxl: '#meta+source' }),
    f('title', 'string', 'Title: front matter, else the first heading-like line.'),
    f('published', 'date', 'Best single-day estimate of the publication date.', { hxl: '#date+reported' }),
    f('published_precision', 'string', 'How exact that date is: day, week, month, year.'),
    f('published_earliest', 'date', 'Earliest publication date the evidence allows.'),
    f('published_latest', 'date', 'Latest publication date the evidence allows.'),
    f('published_evidence', 'string', 'How the date was inferred (front matter, dateline, caption, weekday reasoning...).'),
    f('outlet', 'string', 'Publisher, from front matter or the text.', { hxl: '#org+outlet' }),
    f('url', 'string', 'Address of the article, from front matter.'),
    f('chars', 'integer', 'Characters in the clean text.'),
    f('sentences', 'integer', 'Sentences in the clean text.'),
    f('removed_lines', 'integer', 'Boilerplate lines removed (captions, credits, share links, link lists...).'),
    f('sha256', 'string', 'SHA-256 of the input file bytes.'),
    f('source_path', 'string', 'Path of the input file relative to the input folder.'),
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
    f('sentence_index', 'integer', 'Index of the sentence.'),
    f('quote', 'string', 'The sentence.', { hxl: '#meta+quote' }),
  ],
};

/** The tables every run publishes, in datapackage order. Aggregate adds its own reconciled tables. */
export const CORE_TABLES = [FACTS, ARTICLES, REJECTED, UNRESOLVED_PLACES];
