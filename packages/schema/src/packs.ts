/**
 * The admin1 names of the region packs under `packs/` (one folder per region, data only; see the README's "Region
 * packs"): every stage that needs them reads them here, and the gazetteer reads each pack's admin1 file with
 * `readAdmin1Csv`. A region pack's `admin1.csv` is `code, name, alternate_names (|-separated), source`, and optionally
 * `boundary_name` (the name its boundary file gives the area, when it differs). The world pack's admin1 names
 * (GeoNames, `index/admin1.tsv`, built at install) are read too when the index has been built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export interface Admin1Row {
  code: string;
  name: string;
  /** Other names: alternate spellings and names news uses. */
  alternate_names: string[];
  source: string;
  /** The name the pack's boundary file gives the area ('' when it is `name`). */
  boundary_name: string;
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

const split = (s: string | undefined): string[] => (s ?? '').split('|').map((x) => x.trim()).filter((x) => x !== '');

/** A region pack's admin1.csv; a row without code or name is an error naming the file and line. */
export function readAdmin1Csv(path: string): Admin1Row[] {
  const parsed = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true, trim: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  return parsed.map(({ record: r, info }) => {
    if (!r.code || !r.name) throw new Error(`${path} line ${info.lines}: empty or missing column "${r.code ? 'name' : 'code'}"`);
    return { code: r.code, name: r.name, alternate_names: split(r.alternate_names), source: r.source ?? '', boundary_name: r.boundary_name ?? '' };
  });
}

interface Manifest {
  id: string;
  countries: string[];
  admin1?: { file: string };
  index?: string;
}

/** The world index's admin1 names ("UA.05\tDonetsk"): country from the code; [] when the index is not built. */
function worldAdmin1(dir: string, pack: string): PackAdmin1[] {
  const file = join(dir, 'admin1.tsv');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.includes('\t')).map((l) => {
    const [code, name] = l.split('\t') as [string, string];
    return { code, name, alternate_names: [], source: 'GeoNames (CC BY 4.0)', boundary_name: '', pack, country: code.split('.')[0]!, regional: false };
  });
}

/** Every pack's admin1 areas, region packs first (in folder order), then the world index's. */
export function readPackAdmin1(dir = packsDir()): PackAdmin1[] {
  const regional: PackAdmin1[] = [];
  const world: PackAdmin1[] = [];
  for (const name of readdirSync(dir).sort()) {
    const manifestPath = join(dir, name, 'pack.json');
    if (!existsSync(manifestPath)) continue;
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (m.admin1) regional.push(...readAdmin1Csv(join(dir, name, m.admin1.file)).map((r) => ({ ...r, pack: m.id, country: m.countries[0]!, regional: true })));
    if (m.index) world.push(...worldAdmin1(join(dir, name, m.index), m.id));
  }
  return [...regional, ...world];
}
