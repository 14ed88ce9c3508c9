/**
 * The words of page furniture and of news agencies, as regular-expression alternations: `data/page-furniture.csv`
 * (legal links, ads, account widgets, link-list headers, photo words, share buttons, the kinds of release a page's
 * date line may name before its day) and `data/news-agencies.csv`
 * (agencies as they stand in a wire dateline or a photo credit). Read once, at first use.
 */
import { alternation } from '@frontline/nlp/dates';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from './data.ts';

const FURNITURE_KINDS = ['legal', 'advertisement', 'account', 'link_list', 'photo_kind', 'photo_noun', 'social', 'release'] as const;
export type FurnitureKind = (typeof FURNITURE_KINDS)[number];
const AGENCY_ROLES = ['dateline', 'photo_credit'] as const;
export type AgencyRole = (typeof AGENCY_ROLES)[number];

const tables = new Map<string, Map<string, string[]>>();

function table(file: string, key: string, values: readonly string[], word: string): Map<string, string[]> {
  let byKey = tables.get(file);
  if (!byKey) {
    byKey = new Map(values.map((v) => [v, []]));
    for (const row of parseRegistry(readDataFile(file), file, [key, word], { [key]: values })) byKey.get(row[key]!)!.push(row[word]!);
    tables.set(file, byKey);
  }
  return byKey;
}

/** The phrases of one kind of page furniture, as an alternation (no group). */
export function furniture(kind: FurnitureKind): string {
  return alternation(table('page-furniture.csv', 'kind', FURNITURE_KINDS, 'phrase').get(kind)!);
}

/** The names of agencies in one role, as an alternation (no group), as written (case matters to a dateline). */
export function agencies(role: AgencyRole): string {
  return alternation(table('news-agencies.csv', 'role', AGENCY_ROLES, 'name').get(role)!);
}
