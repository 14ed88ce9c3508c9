/**
 * A region the text names that is several first-level areas, or lies inside one, without being an admin1 area itself:
 * "Casamance" (Senegal's Ziguinchor, Sédhiou and Kolda), "Darfur" (Sudan's five Darfur states), "the Donbas",
 * "Catatumbo" (in Norte de Santander). A figure placed there concerns every area of the region (gold's `admin1`,
 * "governorates concerned"; data-contract.md's `admin1`), so the region gives all of them, never the one town or
 * namesake its name finds in the gazetteer. The regions are data (data/admin1-groups.csv), each with its source; the
 * admin1 names are the gazetteer's own.
 */
import { foldName, parseRegistry, readDataText, type DataHome } from '@frontline/schema';

const HOME: DataHome = { from: import.meta.url, dir: '../../data/', pkg: '@frontline/normalize' };

interface Group {
  country: string;
  admin1: string[];
}

const GROUPS: ReadonlyMap<string, Group> = new Map(
  parseRegistry(readDataText(HOME, 'admin1-groups.csv'), 'admin1-groups.csv', ['name', 'country', 'admin1', 'note']).map((r) => [
    foldName(r.name!),
    { country: r.country!, admin1: r.admin1!.split(';').map((a) => a.trim()) },
  ]),
);

/** Every region of the table, for checks against the gazetteer's admin1 names. */
export function admin1GroupRows(): { name: string; country: string; admin1: string[] }[] {
  return [...GROUPS.entries()].map(([name, g]) => ({ name, ...g }));
}

/**
 * The admin1 areas of the region a mention names ("the Donbas": a leading "the" aside), in the article's country, or in
 * the region's own when no country is told; [] when the mention names no region of the table.
 */
export function admin1Group(text: string, country: string): string[] {
  const g = GROUPS.get(foldName(text.replace(/^the\s+/i, '')));
  return g && (country === '' || g.country === country) ? g.admin1 : [];
}
