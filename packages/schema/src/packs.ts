/**
 * The admin1 names of the region packs under `packs/` (one folder per region, data only; see the README's "Region
 * packs"): every stage that needs them reads them here, and the gazetteer reads each pack's admin1 file with
 * `readAdmin1Csv`. A region pack's `admin1.csv` is `code, name, alternate_names (|-separated), source`, and optionally
 * `boundary_name` (the name its boundary file gives the area, when it differs) and `seat` (its capital city, with
 * `seat_source`). The world pack's admin1 names (GeoNames, `index/admin1.tsv`, built at install) are read too when
 * the index has been built, with their seats from the pack's `admin1_seats_file` (GeoNames PPLA).
 * Each pack describes itself in a `pack.json` (`readPackFolders`): the one manifest reader, used by the gazetteer, the
 * aggregate stage (licences) and the dashboard (map layers, attribution).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/**
 * How far from a place another still lies near it: a day's advance, a district and its neighbours. Normalize's story
 * geography doubts a far village by it; extract keeps a landmark within it as telling the area ("25 km from X").
 */
export const NEAR_KM = 100;

export interface Admin1Row {
  code: string;
  name: string;
  /** Other names: alternate spellings and names news uses. */
  alternate_names: string[];
  source: string;
  /** The name the pack's boundary file gives the area ('' when it is `name`). */
  boundary_name: string;
  /** The area's seat ("Mosul" for Nineveh): the city "the provincial capital" names; '' when the pack gives none. */
  seat: string;
}

export interface PackAdmin1 extends Admin1Row {
  /** Id of the pack it comes from. */
  pack: string;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** True for a region pack's (curated for the war the project follows), false for the world index's. */
  regional: boolean;
}

/**
 * The repository's packs/ folder: beside this package; when a bundler has moved this module (the dashboard's server
 * build), under FRONTLINE_REPO_ROOT, which the dashboard's build sets.
 */
export function packsDir(): string {
  const local = fileURLToPath(new URL('../../../packs/', import.meta.url));
  if (existsSync(local)) return local;
  return resolve(process.env.FRONTLINE_REPO_ROOT ?? resolve(process.cwd(), '../..'), 'packs');
}

/** A data file's list cell: items joined by "|", trimmed, empty items dropped. The one reader of such cells. */
export const listCell = (s: string | undefined): string[] => (s ?? '').split('|').map((x) => x.trim()).filter((x) => x !== '');

/** A region pack's admin1.csv; a row without code or name is an error naming the file and line. */
export function readAdmin1Csv(path: string): Admin1Row[] {
  const parsed = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true, trim: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  return parsed.map(({ record: r, info }) => {
    if (!r.code || !r.name) throw new Error(`${path} line ${info.lines}: empty or missing column "${r.code ? 'name' : 'code'}"`);
    return { code: r.code, name: r.name, alternate_names: listCell(r.alternate_names), source: r.source ?? '', boundary_name: r.boundary_name ?? '', seat: r.seat ?? '' };
  });
}


/**
 * The world index's admin1 names ("UA.05\tDonetsk"): country from the code, seat from the seats file (code, seat,
 * source); [] when the index is not built.
 */
function worldAdmin1(dir: string, pack: string, seatsFile: string): PackAdmin1[] {
  const file = join(dir, 'admin1.tsv');
  if (!existsSync(file)) return [];
  const seats = readCodeColumn(seatsFile, 'seat');
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.includes('\t')).map((l) => {
    const [code, name, others = ''] = l.split('\t') as [string, string, string?];
    const seat = seats.get(code) ?? '';
    // Other names from packs/world/admin1-names.csv (a former area merged into it, a name since a reform).
    const alternate_names = others.split('|').filter((n) => n !== '');
    return { code, name, alternate_names, source: 'GeoNames (CC BY 4.0)', boundary_name: '', seat, pack, country: code.split('.')[0]!, regional: false };
  });
}

/** Every pack's admin1 areas, region packs first (in folder order), then the world index's. */
export function readPackAdmin1(dir = packsDir()): PackAdmin1[] {
  const regional: PackAdmin1[] = [];
  const world: PackAdmin1[] = [];
  for (const folder of readPackFolders(dir)) {
    if (!('manifest' in folder)) continue; // the gazetteer reports a broken pack.json; here it only has no names
    const { manifest: m, dir: packDir } = folder;
    if (m.admin1) regional.push(...readAdmin1Csv(join(packDir, m.admin1.file)).map((r) => ({ ...r, pack: m.id, country: m.countries[0]!, regional: true })));
    if (m.index) world.push(...worldAdmin1(join(packDir, m.index), m.id, m.admin1_seats_file ? join(packDir, m.admin1_seats_file) : ''));
  }
  return [...regional, ...world];
}

export interface PlacesFile {
  file: string;
  /** Standard column -> the file's column, for files kept verbatim from their source (OCHA's source_id, admin1_pcode...). */
  columns?: Record<string, string>;
  /** Build district (admin2) areas from this file's admin2 codes. */
  districts?: boolean;
  default_source?: string;
}

export interface PackManifest {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 codes the pack covers; `*` for the world pack (every country no region pack covers). */
  countries: string[];
  country_names?: string[];
  /** Admin1 names, and optionally their polygons (GeoJSON, `code_property` holding the admin1 code). */
  admin1?: { file: string; boundaries?: string; code_property?: string };
  admin2_aliases?: string;
  places?: PlacesFile[];
  index?: string;
  countries_file?: string;
  /** CSV of each country's capital (code, capital, source): "the Somali capital" names the city. */
  capitals_file?: string;
  /** CSV of the world index's admin1 seats (code, seat, source): "the provincial capital" names the city. */
  admin1_seats_file?: string;
  licence: string;
  attribution: string;
  /** Where the pack's data comes from (a web address; shown as a link only when it is http or https). */
  source_url?: string;
  /** Frictionless license objects for the run's datapackage.json, when the pack's places are used. */
  licenses?: PackLicense[];
  /** A statement the data's publisher asks users to carry (OCHA's boundaries disclaimer). */
  disclaimer?: string;
}

export interface PackLicense {
  name?: string;
  path?: string;
  title?: string;
}

/** A pack folder: its manifest, or why it could not be read. */
export type PackFolder = { dir: string; name: string; manifest: PackManifest } | { dir: string; name: string; problem: string };

/** Every folder with a pack.json under `base`, in name order; a manifest that does not parse is a problem, not a throw. */
export function readPackFolders(base: string = packsDir()): PackFolder[] {
  if (!existsSync(base)) return [];
  const out: PackFolder[] = [];
  for (const name of readdirSync(base).sort()) {
    const dir = join(base, name);
    if (!existsSync(join(dir, 'pack.json'))) continue;
    try {
      out.push({ dir, name, manifest: checked(JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8'))) });
    } catch (err) {
      out.push({ dir, name, problem: (err as Error).message });
    }
  }
  return out;
}

/** The fields every reader relies on; the rest is optional. */
function checked(raw: unknown): PackManifest {
  const m = raw as Partial<PackManifest> | null;
  if (!m || typeof m !== 'object') throw new Error('pack.json is not an object');
  if (typeof m.id !== 'string' || m.id === '') throw new Error('pack.json has no id');
  if (!Array.isArray(m.countries) || !m.countries.every((c) => typeof c === 'string')) throw new Error('pack.json: countries is not a list of codes');
  return { ...m, name: String(m.name ?? m.id), licence: String(m.licence ?? ''), attribution: String(m.attribution ?? '') } as PackManifest;
}

/**
 * The pack a country's places come from: the region pack that lists the country, else the world pack (`*`).
 * The same precedence as the gazetteer's (a region pack's countries are not asked of the world index).
 */
export function packForCountry<T extends { countries: string[] }>(packs: T[], country: string): T | undefined {
  return packs.find((p) => country !== '' && p.countries.includes(country)) ?? packs.find((p) => p.countries.includes('*'));
}

/** A country's names and demonyms, for telling which country an article is about. */
export interface CountryNames {
  code: string;
  names: string[];
  demonyms: string[];
  /** The capital city's name, when the pack's capitals file gives one ("Mogadishu"). */
  capital?: string;
}

/**
 * A pack's countries file (`code, name, alternate_names, demonyms`, lists joined by "|"; a country with two peoples
 * writes them "Antiguan, Barbudan"): the one reader of it.
 */
export function readCountriesFile(file: string): CountryNames[] {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  return rows.map((r) => ({ code: r.code ?? '', names: [r.name ?? '', ...listCell(r.alternate_names)].filter(Boolean), demonyms: listCell(r.demonyms).flatMap((d) => d.split(/,\s*/)).filter(Boolean) }));
}

/** Every pack's countries, from each manifest's countries file: the names and demonyms of the countries packs cover. */
export function readPackCountries(dir = packsDir()): CountryNames[] {
  const out: CountryNames[] = [];
  for (const folder of readPackFolders(dir)) {
    if (!('manifest' in folder) || !folder.manifest.countries_file) continue;
    const file = join(folder.dir, folder.manifest.countries_file);
    if (!existsSync(file)) continue;
    const capitals = readCapitalsFile(folder.manifest.capitals_file ? join(folder.dir, folder.manifest.capitals_file) : '');
    out.push(...readCountriesFile(file).map((c) => (capitals.has(c.code) ? { ...c, capital: capitals.get(c.code)! } : c)));
  }
  return out;
}

/** A pack's capitals file as code -> capital; empty when the pack has none. */
const readCapitalsFile = (file: string): Map<string, string> => readCodeColumn(file, 'capital');

/** A pack's code-keyed CSV (capitals, admin1 seats) as code -> the column's value; empty when the file is absent. */
function readCodeColumn(file: string, column: string): Map<string, string> {
  if (!file || !existsSync(file)) return new Map();
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  return new Map(rows.filter((r) => r.code && r[column]).map((r) => [r.code!, r[column]!]));
}

/** Every pack's country names, alternate names and demonyms ("Sudan", "Sudanese"): words a headline capitalises because they are names. */
export function readPackCountryWords(dir = packsDir()): string[] {
  return readPackCountries(dir).flatMap((c) => [...c.names, ...c.demonyms]);
}

/** The world pack's admin1 words (packs/world/admin1-words.csv): region words and words of direction. */
export interface Admin1Words {
  /** Region words that may close an admin1 name ("province", "state"). */
  area: Set<string>;
  /** Direction words to their sense ("western" -> "west"). */
  sense: Map<string, string>;
  /** Words that may open an admin1 name before the name itself ("muhafazat", "province of"), longest first. */
  prefix: string[];
}

export function readAdmin1Words(path: string): Admin1Words {
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const words: Admin1Words = { area: new Set(), sense: new Map(), prefix: [] };
  for (const r of rows) {
    const word = r.word!.toLowerCase();
    if (r.kind === 'area') words.area.add(word);
    if (r.kind === 'prefix') words.prefix.push(word);
    if (r.kind !== 'direction') continue;
    words.sense.set(word, r.sense!);
  }
  words.prefix.sort((a, b) => b.length - a.length);
  return words;
}

let worldWords: Admin1Words | undefined;
/** The world pack's admin1 words, read once; none when the pack lacks the file. */
export function worldAdmin1Words(): Admin1Words {
  if (worldWords) return worldWords;
  try {
    worldWords = readAdmin1Words(join(packsDir(), 'world', 'admin1-words.csv'));
  } catch {
    worldWords = { area: new Set(), sense: new Map(), prefix: [] };
  }
  return worldWords;
}

/**
 * The world pack's region words ("state", "region", "province"). Here, not in normalize, because extract reads them
 * too ("the Nigeria state of X", places.ts) and may not depend on normalize.
 */
let areaWords: string[] | undefined;
export function worldAreaWords(): string[] {
  areaWords ??= [...worldAdmin1Words().area];
  return areaWords;
}
