/**
 * Which column of an article export holds which field. The defaults cover the common shapes of news-API and scraper
 * exports (NewsAPI's `publishedAt` and `source.name`, GDELT- and Event Registry-style `body`, `dateTime`, `link`);
 * the CLI's `--text-field`, `--date-field`, `--title-field`, `--url-field` and `--outlet-field` replace them.
 */
import type { FieldMap } from './types.ts';

export const DEFAULT_FIELDS: FieldMap = {
  text: ['text', 'content', 'body', 'full_text', 'article_text'],
  published: ['published', 'publishedAt', 'published_at', 'date', 'dateTime', 'pubDate'],
  title: ['title', 'headline'],
  url: ['url', 'link'],
  outlet: ['outlet', 'source.name', 'source.title', 'source', 'publisher', 'site_name'],
};

/** The defaults with the given fields replaced; each option is a comma-separated list of column names, tried in order. */
export function fieldMap(options: Partial<Record<keyof FieldMap, string | undefined>> = {}): FieldMap {
  const map = { ...DEFAULT_FIELDS };
  for (const [field, names] of Object.entries(options) as Array<[keyof FieldMap, string | undefined]>) {
    const list = names?.split(',').map((n) => n.trim()).filter(Boolean) ?? [];
    if (list.length > 0) map[field] = list;
  }
  return map;
}

/** A column's value in a row: a key as written first ("source.name" may be one CSV column), else a dotted path. */
function lookUp(row: Record<string, unknown>, name: string): unknown {
  if (name in row) return row[name];
  return name.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), row);
}

/** Text of a value: strings and numbers as written, an object by its `name` (a `source: {id, name}`); else nothing. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) return textOf((value as Record<string, unknown>).name);
  return '';
}

/** The first of `names` that gives a non-empty text, with the column it came from. */
export function pick(row: Record<string, unknown>, names: string[]): { value: string; column: string } | null {
  for (const column of names) {
    const value = textOf(lookUp(row, column));
    if (value !== '') return { value, column };
  }
  return null;
}
