/**
 * Region packs, the world pack, the article's country and the one transliteration key. The invented country below
 * (code XF, a user-assigned ISO range) is data only: a folder with a pack.json and two CSV files.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackAdmin1 } from '@frontline/schema';
import { loadGazetteer, normalizeArticle, placeKey } from '../src/index.ts';
import { resolveArticlePlaces, scopeOf } from '../src/places/index.ts';
import { lookup } from '../src/places/match.ts';
import { packForCountry, readPackFolders } from '../src/places/packs.ts';
import { article, fact, mention } from './factory.ts';

function inventedPacks(): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-packs-'));
  const pack = join(dir, 'estovakia');
  mkdirSync(pack);
  writeFileSync(join(pack, 'pack.json'), JSON.stringify({
    id: 'estovakia', name: 'Estovakia (invented)', countries: ['XF'], country_names: ['Estovakia', 'Republic of Estovakia'],
    admin1: { file: 'admin1.csv' }, places: [{ file: 'places.csv' }], licence: 'CC0', attribution: 'Invented for a test.',
  }));
  writeFileSync(join(pack, 'admin1.csv'), 'code,name,alternate_names,source,seat\nXF01,Upper Marsh,Upper Marsh Oblast,invented,Krasnohir\nXF02,Lowland,,invented,\n');
  writeFileSync(join(pack, 'places.csv'), [
    'id,name,alternate_names,name_native,latitude,longitude,feature_type,admin1_code,population,source',
    'xf-1,Velyka Brova,Velikaya Brova,Велика Брова,48.1,37.7,community,XF01,12000,invented',
    'xf-2,Velyka Brova,,,47.0,36.0,community,XF02,800,invented',
    'xf-3,Krasnohir,Krasnogor,Красногір,48.3,37.9,community,XF01,5000,invented',
  ].join('\n'));
  return dir;
}

const capture = (...places: string[]) =>
  fact({ kind: 'territory', category: 'captured', group: '', quantity: null, unit: 'places', count_phrase: '', place_mentions: places.map((p) => mention(p)) });

describe('a new country is a folder of data', () => {
  const gz = loadGazetteer({ packsDir: inventedPacks() });
  it('loads the invented pack with its admin1 areas and country', () => {
    expect(gz.packs.map((p) => p.id)).toEqual(['estovakia']);
    expect(gz.byId.get('XF01')).toMatchObject({ feature: 'governorate', country: 'XF', precision: 'governorate' });
    expect(gz.byId.get('XF')).toMatchObject({ feature: 'country', name: 'Estovakia' });
  });
  it('a capture resolves to its place, admin1 and country, with no code change', () => {
    const result = normalizeArticle([capture('Krasnogor')], article(), gz, { text: 'Troops entered Krasnogor in Estovakia.' });
    expect(result.facts[0]).toMatchObject({ places: ['Krasnohir'], place_ids: ['xf-3'], admin1: ['Upper Marsh'], place_precision: 'point' });
    expect(result.mentions[0]).toMatchObject({ country: 'XF', admin1: 'Upper Marsh', resolved: true });
  });
  it('homonyms in one country: the larger population wins, the sentence\'s admin1 first', () => {
    expect(resolveArticlePlaces([capture('Velyka Brova')], gz)[0]![0]!.place?.place_id).toBe('xf-1');
    const hinted = resolveArticlePlaces([fact({ place_mentions: [mention('Velyka Brova', { admin_hint: 'Lowland' })] })], gz);
    expect(hinted[0]![0]!.place?.place_id).toBe('xf-2');
  });
  it('native-script names resolve through the same key', () => {
    expect(resolveArticlePlaces([capture('Красногір')], gz)[0]![0]!.place?.place_id).toBe('xf-3');
  });
  it('an unresolved place is listed with its sentence and the nearest names of the pack', () => {
    const result = normalizeArticle([capture('Krasnodir')], article(), gz, { text: 'Fighting near Krasnodir, Estovakia.' });
    expect(result.unresolved).toHaveLength(1);
    expect(result.unresolved[0]!.candidates[0]).toBe('Krasnohir (Upper Marsh, XF) [xf-3]');
  });
  it('its admin1 names are read by the one reader every stage uses (extract\'s hints, the dashboard\'s names)', () => {
    const dir = inventedPacks();
    expect(readPackAdmin1(dir)).toEqual([
      { code: 'XF01', name: 'Upper Marsh', alternate_names: ['Upper Marsh Oblast'], source: 'invented', boundary_name: '', seat: 'Krasnohir', pack: 'estovakia', country: 'XF', regional: true },
      { code: 'XF02', name: 'Lowland', alternate_names: [], source: 'invented', boundary_name: '', seat: '', pack: 'estovakia', country: 'XF', regional: true },
    ]);
    writeFileSync(join(dir, 'estovakia', 'admin1.csv'), 'code,name,alternate_names,source\nXF03,,,invented\n');
    expect(() => readPackAdmin1(dir)).toThrow(/admin1\.csv line 2: empty or missing column "name"/);
  });
  it('a broken pack is reported and the others still load', () => {
    const dir = inventedPacks();
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', 'pack.json'), '{ not json');
    const loaded = loadGazetteer({ packsDir: dir });
    expect(loaded.packs.map((p) => p.id)).toEqual(['estovakia']);
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatch(/^pack broken: /);
  });
  it('a manifest without countries is a problem of its folder, and a country goes to its region pack before the world', () => {
    const dir = inventedPacks();
    mkdirSync(join(dir, 'nocountries'));
    writeFileSync(join(dir, 'nocountries', 'pack.json'), JSON.stringify({ id: 'nocountries', countries: 'XF' }));
    mkdirSync(join(dir, 'world'));
    writeFileSync(join(dir, 'world', 'pack.json'), JSON.stringify({ id: 'world', countries: ['*'], licence: 'CC BY 4.0', attribution: 'GeoNames' }));
    const folders = readPackFolders(dir);
    expect(folders.map((f) => ('problem' in f ? `${f.name}: ${f.problem}` : f.manifest.id))).toEqual([
      'estovakia',
      'nocountries: pack.json: countries is not a list of codes',
      'world',
    ]);
    const manifests = folders.flatMap((f) => ('manifest' in f ? [f.manifest] : []));
    expect(packForCountry(manifests, 'XF')?.id).toBe('estovakia');
    expect(packForCountry(manifests, 'UA')?.id).toBe('world');
    expect(packForCountry(manifests.filter((m) => m.id !== 'world'), 'UA')).toBeUndefined();
  });
});

describe('one transliteration key for every script', () => {
  it.each([
    [['Avdiivka', 'Avdeevka', 'Avdiyivka', 'Авдіївка', 'Авдеевка']],
    [['Kyiv', 'Kiev', 'Київ', 'Киев']],
    [['Saraqib', 'Saraqeb', 'سراقب']],
    [['El Fasher', 'Al-Fashir', 'الفاشر']],
    [['Wad Madani', 'Wad Medani', 'ود مدني']],
  ])('%j', (names) => expect(new Set(names.map(placeKey)).size).toBe(1));
});

describe('the world pack and the article\'s country', () => {
  const gz = loadGazetteer();
  it('the world index is built (by pnpm install) and loaded', () => {
    expect(gz.problems).toEqual([]);
    expect(gz.world?.size).toBeGreaterThan(150_000);
  });
  const inUkraine = 'Russian forces pressed towards Avdiivka in Ukraine\'s Donetsk region, Ukrainian officials said.';
  it('a Ukrainian town resolves to GeoNames with its admin1, whatever the script', () => {
    for (const spelling of ['Avdiivka', 'Avdeyevka', 'Авдіївка']) {
      const r = normalizeArticle([capture(spelling)], article(), gz, { text: inUkraine });
      expect(r.mentions[0]).toMatchObject({ place_id: 'gn:713122', admin1: 'Donetsk', country: 'UA', precision: 'point' });
      expect(r.country).toBe('UA');
      expect(r.country_evidence).toMatch(/^UA: 1 place, 1 name/);
    }
  });
  it('the article\'s country comes from its places and names, not from the demonyms of a foreign army', () => {
    expect(scopeOf([capture('Avdiivka'), capture('Kramatorsk')], gz, { text: inUkraine }).country).toBe('UA');
    expect(scopeOf([capture('El Fasher')], gz, { text: 'The RSF shelled El Fasher, the capital of North Darfur.' }).country).toBe('SD');
    expect(scopeOf([capture('Saraqib')], gz, { text: 'Turkish troops and Russian jets near Saraqib.' }).country).toBe('SY');
  });
  it('a homonym across countries is settled by the article\'s country; a user can force it', () => {
    const donetsk = (text: string, country?: string) =>
      normalizeArticle([fact({ place_mentions: [mention('Donetsk', { feature_hint: 'city' })] })], article(), gz, { text, country }).mentions[0]!;
    expect(donetsk(inUkraine)).toMatchObject({ country: 'UA', admin1: 'Donetsk' });
    expect(donetsk('A report.', 'RU')).toMatchObject({ country: 'RU', admin1: 'Rostov' });
  });
  it("the dateline's city votes for the country the story was filed from", () => {
    // GeoNames also lists "Bamba" for Pampa, Texas: a Malian village's namesake must not outvote a story filed in Bamako.
    const text = 'Militants kill 12 soldiers in Mali. Militants killed 12 soldiers at a post at Bamba, the army said.';
    expect(scopeOf([capture('Bamba')], gz, { text }).country).toBe('US');
    expect(scopeOf([capture('Bamba')], gz, { text, dateline: 'Bamako' }).country).toBe('ML');
    // A dateline that is a notable place of two countries (Tripoli: Libya, Lebanon) votes for neither.
    expect(scopeOf([capture('Bamba')], gz, { text, dateline: 'Tripoli' }).country).toBe('US');
  });
  it('a country name is the country, and a small namesake abroad is not taken for a place of the article', () => {
    const r = normalizeArticle([capture('Syria'), capture('Kramatorsk')], article(), gz, { text: inUkraine });
    expect(r.mentions.map((m) => m.place_id)).toEqual(['SY', expect.stringMatching(/^gn:/)]);
    expect(r.mentions[1]).toMatchObject({ country: 'UA' });
  });
  it('Syrian places keep the Syria pack (the world index is not asked about a country a region pack covers)', () => {
    const r = normalizeArticle([capture('Saraqeb'), capture('Douma')], article(), gz, { text: 'Syrian government forces took Saraqeb.' });
    expect(r.mentions.map((m) => [m.place_id, m.admin1])).toEqual([['C3916', 'Idlib'], ['cur-city-douma', 'Rural Damascus']]);
  });
});

describe('namesakes far from the article\'s other places', () => {
  const gz = loadGazetteer({ only: ['syria'] });
  const resolveIn = (...names: string[]) =>
    resolveArticlePlaces(names.map((n) => capture(n)), gz, { country: 'SY' }).map((rs) => rs[0]!);
  // 'Meghloujah' loosely spells OCHA's Maghloujah, a village of Al-Hasakah. (The Ghab plain served here until loose
  // matches had to keep the mention's vowel shape: 'Ghab' no longer reaches the village 'Ghaybi'.)
  it('a loose match alone in a far governorate is left unresolved, with the namesake in the reason', () => {
    const rs = resolveIn('Saraqab', 'Sarmin', 'Khan Shaykun', 'Meghloujah');
    expect(rs.slice(0, 3).every((r) => r.place?.admin1 === 'Idlib')).toBe(true);
    expect(rs[3]!.place).toBeNull();
    expect(rs[3]!.reason).toMatch(/^a namesake far from the article's other places: .* \(Al-Hasakah\)/);
  });
  it('the same mention with no other places, or in its own governorate\'s company, still resolves', () => {
    expect(resolveIn('Meghloujah')[0]!.place?.admin1).toBe('Al-Hasakah');
    expect(resolveIn('Al-Hasakah', 'Qamishli', 'Meghloujah', 'Saraqab')[2]!.place?.admin1).toBe('Al-Hasakah');
  });
  it('a governorate capital named from afar is kept', () => {
    expect(resolveIn('Saraqab', 'Sarmin', 'Khan Shaykun', 'Aleppo city')[3]!.place?.place_id).toBe('C1007');
  });
});

describe('loose spellings: weak evidence of a country, and no governorate on a two-letter skeleton', () => {
  const gz = loadGazetteer();
  it('an Iraqi article\'s villages that only loosely spell Syrian ones do not outvote Mosul and "Iraq"', () => {
    const names = ['Mosul', 'Khazir', 'Shura', 'Fadiliya', 'Bashiqa'];
    const scope = scopeOf(names.map((n) => capture(n)), gz, { text: 'Iraqi Kurdish forces closed on Mosul, in northern Iraq.' });
    expect(scope.country).toBe('IQ');
    expect(scope.evidence).toMatch(/SY: 4 loose places/);
  });
  it('a Syrian article\'s loose spellings still vote, beside its exact ones', () => {
    expect(scopeOf(['Saraqab', 'Kafr Nobol', 'Maarshourin'].map((n) => capture(n)), gz, { text: 'A report.' }).country).toBe('SY');
  });
  it('"Zouhor" is no "Daraa" governorate (both "Dr"), while "Deraa" spelled as news do still is', () => {
    expect(lookup('Zouhor', gz).some((c) => c.row.feature === 'governorate')).toBe(false);
    expect(lookup('Deraa', gz).some((c) => c.row.feature === 'governorate' && c.row.name === 'Daraa')).toBe(true);
  });
});

describe('a loose spelling of an administrative seat far from the article\'s other places', () => {
  const gz = loadGazetteer({ only: ['syria'] });
  it('is the town named from afar ("Khan Sheikoun" for OCHA\'s "Khan Shaykun"), not a namesake', () => {
    const rs = resolveArticlePlaces(['Al-Hasakah', 'Qamishli', 'Amuda', 'Khan Sheikoun'].map((n) => capture(n)), gz, { country: 'SY' });
    expect(rs[3]![0]!.place).toMatchObject({ name: 'Khan Shaykun', admin1: 'Idlib' });
  });
});
