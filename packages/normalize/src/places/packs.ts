/**
 * The pack folders and what each says about itself (pack.json). Read by the gazetteer and by the dashboard (for its
 * map layers and attribution), so this module imports nothing but node: keep it that way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's packs/ folder. */
export const DEFAULT_PACKS_DIR = fileURLToPath(new URL('../../../../packs/', import.meta.url));

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
export function readPackFolders(base: string = DEFAULT_PACKS_DIR): PackFolder[] {
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
