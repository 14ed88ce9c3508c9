/**
 * Candidate rows -> one row, or a reason why not. First the article's country: when it is known, candidates in it
 * settle homonyms across countries, and a place elsewhere is kept only if it is a country, an admin1 area or a city of
 * NOTABLE_POPULATION or more (an article about Ukraine may name Moscow, not a village in Iran that shares a skeleton
 * with a Ukrainian one). Then the steps, in order, each applied only while more than one candidate is left:
 *
 * 1. feature: what the mention says the place is. An airbase/camp/crossing mention takes the curated site row (else
 *    the town it is named after); "city"/"town"/"village" takes a community; "X district" takes the district area;
 *    "province", "countryside", "southern X" or a bare governorate name takes the governorate area.
 * 2. tier: a match on the exact spelling beats one on the vowel pattern, which beats a skeleton match; except that a
 *    region pack's spelling on the vowel pattern nearest the places of the mention's sentence and paragraph beats
 *    exact spellings farther from them, when the story's places agree (a namesake's exact spelling elsewhere).
 * 3. admin_hint: the governorate the sentence puts the place in ("... in Hama province").
 * 4. story geography (story.ts): the candidate near the most places its sentence and paragraph settle, then near the
 *    most places the whole story settles; every candidate a village far from the story's places: none.
 * 5. article: the governorate most other places of the article resolved to, if one leads.
 * 6. size: the seat of a district, then of a sub-district (OCHA gives no population; the seat is the larger place);
 *    then the larger population where the pack gives one.
 * 7. same place: candidates within 3 km of each other are one place listed twice; the lowest id is kept.
 * Anything still ambiguous stays unresolved: "ambiguous: 3 candidates in 2 governorates".
 */
import type { FeatureWord } from './descriptors.ts';
import { AREA_FEATURES, SITE_FEATURES, type PlaceRow } from './gazetteer.ts';
import type { Candidate } from './match.ts';
import { farFromStory, FINEST_SPELLING, kmBetween, kmToNearest, nearestTo, NEAR_KM, NOWHERE, type Nearby } from './story.ts';

export interface Choice {
  row: PlaceRow | null;
  /** Why this row (or why none), e.g. "unique match", "admin_hint: Hama", "ambiguous: 2 candidates in 2 governorates". */
  reason: string;
  /** True when the mention names an area around a point place ("Sarmada countryside"). */
  around: boolean;
  /** Key tier the chosen row matched on (0 spelling ... 3 joined); absent when none was chosen. */
  tier?: number;
  /** True when the chosen row was found by the exact spelling of another of its names (Candidate.alias). */
  alias?: boolean;
}

export interface Context {
  /** pcode of the governorate the sentence names for this mention, '' if none. */
  adminHintPcode: string;
  /** That governorate's row, when the sentence names one. */
  adminHintRow?: PlaceRow;
  /** How many other places of the article resolved into each governorate (by pcode). */
  articleCounts: Map<string, number>;
  /** ISO code of the country the article is about, '' when unknown. */
  country: string;
  /** Id of the world pack: its rows give way to the region packs' when the article's country is unknown. */
  worldPack: string;
  /** ISO codes of the countries the text names (by name or demonym): a place there may be named by another name. */
  named?: ReadonlySet<string>;
  /** The places the mention's paragraph and the whole story settle by name alone (story.ts). */
  nearby?: Nearby;
  /** True when the text names the mention as where people went ("fled to X", destination.ts). */
  destination?: boolean;
  /** The row of the article's country (drawn at its capital), for how far a place abroad lies from it. */
  home?: PlaceRow;
}

/** A place outside the article's country is believed only if it is at least this large (or an area). */
export const NOTABLE_POPULATION = 100_000;
/** A city abroad this large is named as itself wherever a story is (Warsaw, Istanbul), its country named or not. */
export const WORLD_CITY_POPULATION = 1_000_000;
/** A place abroad within this distance of the article's country (its capital) is across a border the story may cross. */
export const NEIGHBOUR_KM = 1000;

type Want = 'site' | 'settlement' | 'area' | 'none';

const SETTLEMENT_FEATURES = new Set(['community', 'city']);
const isSettlement = (r: PlaceRow): boolean => SETTLEMENT_FEATURES.has(r.feature);
const isArea = (r: PlaceRow): boolean => AREA_FEATURES.has(r.feature);

/** What the mention's words ask for; a site word wins over "city", which wins over "province"/"southern". */
function wantOf(features: FeatureWord[]): { want: Want; site: string } {
  const site = features.find((f) => SITE_FEATURES.has(f));
  if (site) return { want: 'site', site };
  if (features.some((f) => f === 'city' || f === 'settlement')) return { want: 'settlement', site: '' };
  if (features.length > 0) return { want: 'area', site: '' };
  return { want: 'none', site: '' };
}

function keep(cands: Candidate[], pred: (r: PlaceRow) => boolean): Candidate[] {
  return cands.filter((c) => pred(c.row));
}

const minTier = (cands: Candidate[]): number => Math.min(...cands.map((c) => c.tier));

/**
 * Step 1. Returns the kept candidates, whether the place is an area around a point, and the reason. An area row wins
 * only on a spelling match at least as close as the best settlement's, so a village is not taken for a governorate
 * whose name merely has the same skeleton.
 */
function byFeature(all: Candidate[], features: FeatureWord[]): { cands: Candidate[]; around: boolean; reason: string } {
  // A district is meant only when the text says "district"; otherwise "Harim" is the town, "Idleb" the governorate.
  const districts = keep(all, (r) => r.feature === 'district');
  if (features.includes('district') && districts.length > 0) return { cands: districts, around: false, reason: 'feature: district' };
  const cands = districts.length < all.length ? keep(all, (r) => r.feature !== 'district') : all;
  const { want, site } = wantOf(features);
  const sites = keep(cands, (r) => r.feature === site);
  const settlements = keep(cands, isSettlement);
  const areas = keep(cands, isArea);
  const areaWins = areas.length > 0 && minTier(areas) <= minTier(settlements);
  const settled = settlements.length > 0 ? settlements : cands;
  if (want === 'site') {
    if (sites.length > 0) return { cands: sites, around: false, reason: `feature: ${site}` };
    return { cands: settled, around: false, reason: `no ${site} known: the place it is named after` };
  }
  if (want === 'settlement') return { cands: settled, around: false, reason: 'feature: settlement' };
  if (want === 'area') {
    if (areaWins) return { cands: areas, around: false, reason: 'feature: area' };
    return { cands: settled, around: true, reason: 'area around a place' };
  }
  if (areaWins) return { cands: areas, around: false, reason: 'governorate or country name' };
  return { cands: settled, around: false, reason: 'unique match' };
}

function finestTier(cands: Candidate[]): Candidate[] {
  const min = Math.min(...cands.map((c) => c.tier));
  return cands.filter((c) => c.tier === min);
}

/** Vowel-pattern tier: a region pack's transliterations differ from a text's in vowels and doubled letters. */
const TRANSLITERATION_TIER = 1;

/**
 * A text spells a village as its writer heard it, a region pack as its own source did: the pack's transliteration
 * nearest the places of the mention's sentence and paragraph (within NEAR_KM) is the place meant when every exact
 * spelling lies farther from them and the whole story's places agree (it is among the candidates near the most of
 * them). Only a region pack's: the world index's loose keys find a namesake for almost any name. With no settled
 * place around, the spelling decides.
 */
function transliterationNearby(cands: Candidate[], ctx: Context): Candidate[] {
  // A candidate is no evidence for itself (the first pass settled the mention on its exact spelling).
  const own = new Set(cands.map((c) => c.row));
  const { local, story } = ctx.nearby ?? NOWHERE;
  const others = (rows: readonly PlaceRow[]): PlaceRow[] => rows.filter((r) => !own.has(r));
  const pool = cands.filter((c) => c.tier <= TRANSLITERATION_TIER && c.row.pack !== ctx.worldPack);
  const km = new Map(pool.map((c) => [c, kmToNearest(c.row, others(local)) ?? Infinity]));
  const best = Math.min(...km.values());
  const nearest = pool.filter((c) => km.get(c) === best);
  const finest = minTier(cands);
  if (best > NEAR_KM || nearest.length === 0 || nearest.some((c) => c.tier === finest)) return cands;
  const storyNear = new Set(nearestTo(pool, others(story)));
  return nearest.every((c) => storyNear.has(c)) ? nearest : cands;
}

/** The candidates of the governorate(s) with the highest count, if one governorate leads. */
function leadingGovernorate(cands: Candidate[], counts: Map<string, number>): Candidate[] {
  const score = (c: Candidate): number => counts.get(c.row.admin1_pcode) ?? 0;
  const max = Math.max(...cands.map(score));
  if (max <= 0) return cands;
  const leaders = new Set(cands.filter((c) => score(c) === max).map((c) => c.row.admin1_pcode));
  return leaders.size === 1 ? cands.filter((c) => score(c) === max) : cands;
}

function largestSeat(cands: Candidate[]): Candidate[] {
  const max = Math.max(...cands.map((c) => c.row.seat));
  return cands.filter((c) => c.row.seat === max);
}

function mostPopulous(cands: Candidate[]): Candidate[] {
  const max = Math.max(...cands.map((c) => c.row.population));
  return max > 0 ? cands.filter((c) => c.row.population === max) : cands;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The candidates the article's country allows: its own, else notable places and areas elsewhere. With no country
 * known, a notable place in a country the text names comes first; then a region pack's candidates win over the world
 * index's: a pack is the curated gazetteer of the region the project is pointed at, the world index the fallback for
 * everywhere else.
 */
export function inCountry(
  cands: Candidate[], country: string, worldPack = '', namedCountries: ReadonlySet<string> = NONE, believed: (c: Candidate) => boolean = () => true,
): { cands: Candidate[]; reason: string } {
  if (country === '' || cands.length === 0) {
    // "Yemen Houthis say ... north of the capital Sanaa", the country not told apart from Saudi Arabia's: a notable
    // place spelled exactly, in a country the text names, is meant before a region pack's village namesake in a
    // country it never names (a "Sanaa" in Aleppo).
    const inNamed = cands.filter((c) => namedNotable(c, namedCountries));
    if (inNamed.length > 0 && cands.some((c) => !namedCountries.has(c.row.country))) return { cands: inNamed, reason: 'notable place in a country the text names' };
    const regional = cands.filter((c) => c.row.pack !== worldPack);
    const world = cands.filter((c) => c.row.pack === worldPack);
    const regionFirst = regional.length > 0 && world.length > 0 && minTier(regional) <= minTier(world);
    return regionFirst ? { cands: regional, reason: 'region pack before world' } : { cands, reason: '' };
  }
  const home = cands.filter((c) => c.row.country === country);
  if (home.length > 0) return { cands: home, reason: home.length < cands.length ? `article country: ${country}` : '' };
  // Elsewhere only by the exact spelling: a loose skeleton over the whole world finds a namesake for almost anything.
  // And by its own name, unless the text names its country: another name of a town abroad ("Boni" for Watampone,
  // "Maru" for Mary) is more likely a village of the article's country the packs lack than that town.
  const abroad = (c: Candidate): boolean => c.tier === 0 && !c.derived && (!c.alias || namedCountries.has(c.row.country));
  const notable = cands.filter((c) => abroad(c) && (AREA_FEATURES.has(c.row.feature) || c.row.population >= NOTABLE_POPULATION));
  const meant = notable.filter(believed);
  if (meant.length > 0) return { cands: meant, reason: '' };
  const where = [...new Set(cands.map((c) => c.row.country))].join(', ');
  if (notable.length > 0) return { cands: [], reason: `only a namesake abroad, in a country the article never names (${[...new Set(notable.map((c) => c.row.country))].join(', ')})` };
  return { cands: [], reason: `only small places outside ${country} (${where})` };
}

/** A country, an admin1 area or a city of NOTABLE_POPULATION, spelled exactly, in a country the text names. */
const namedNotable = (c: Candidate, named: ReadonlySet<string>): boolean =>
  c.tier === 0 && !c.derived && named.has(c.row.country) && (AREA_FEATURES.has(c.row.feature) || c.row.population >= NOTABLE_POPULATION);

/**
 * A notable place abroad, with the article's country known, is the place meant when the text names its country, names
 * it as where people went ("fled to Warsaw", "arrived in Toulouse"), or it is a city of the world's first rank or lies
 * near the article's country (Jizan in a Yemeni story). Otherwise it is a namesake of a place the packs lack in the
 * article's country (Mozambique's Palma is no Palma de Mallorca), which stays unresolved rather than abroad.
 */
function believedAbroad(row: PlaceRow, ctx: Context): boolean {
  if (row.feature === 'country' || (ctx.named ?? NONE).has(row.country) || ctx.destination) return true;
  if (row.population >= WORLD_CITY_POPULATION) return true;
  const km = ctx.home ? kmBetween(row, ctx.home) : null;
  return km === null || km <= NEIGHBOUR_KM;
}

function withinKm(rows: PlaceRow[], km: number): boolean {
  return rows.every((r) => (kmBetween(rows[0]!, r) ?? Infinity) <= km);
}

function ambiguity(cands: Candidate[]): string {
  const govs = new Set(cands.map((c) => c.row.admin1_pcode));
  const countries = new Set(cands.map((c) => c.row.country));
  const where = countries.size > 1 ? ` and ${countries.size} countries` : '';
  return `ambiguous: ${cands.length} candidates in ${govs.size} governorate${govs.size === 1 ? '' : 's'}${where}`;
}

/** `veto`: why none of the candidates left is meant, '' when one may be. */
type Step = { name: (c: Candidate[]) => string; apply: (c: Candidate[], ctx: Context) => Candidate[]; veto?: (c: Candidate[], ctx: Context) => string };

const STEPS: Step[] = [
  { name: (c) => `a transliteration near the paragraph's places: ${c[0]!.row.admin1}`, apply: transliterationNearby },
  { name: () => FINEST_SPELLING, apply: finestTier },
  {
    name: (c) => `admin_hint: ${c[0]!.row.admin1}`,
    apply: (c, ctx) => {
      const inHint = c.filter((x) => x.row.admin1_pcode === ctx.adminHintPcode);
      return ctx.adminHintPcode !== '' && inHint.length > 0 ? inHint : c;
    },
  },
  { name: (c) => `near the paragraph's places: ${c[0]!.row.admin1}`, apply: (c, ctx) => nearestTo(c, (ctx.nearby ?? NOWHERE).local) },
  {
    name: (c) => `near the story's places: ${c[0]!.row.admin1}`,
    apply: (c, ctx) => nearestTo(c, (ctx.nearby ?? NOWHERE).story),
    veto: (c, ctx) => farFromStory(c, (ctx.nearby ?? NOWHERE).story),
  },
  { name: (c) => `article context: ${c[0]!.row.admin1}`, apply: (c, ctx) => leadingGovernorate(c, ctx.articleCounts) },
  { name: () => 'larger place (administrative seat)', apply: largestSeat },
  { name: () => 'larger place (population)', apply: mostPopulous },
  { name: () => 'same place listed twice (within 3 km)', apply: (c) => (withinKm(c.map((x) => x.row), 3) ? [lowestId(c)] : c) },
];

function lowestId(cands: Candidate[]): Candidate {
  return [...cands].sort((a, b) => (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0))[0]!;
}

/** Picks one row among the candidates of a mention, or says why it cannot. */
export function choose(candidates: Candidate[], features: FeatureWord[], ctx: Context): Choice {
  if (candidates.length === 0) return { row: null, reason: 'no gazetteer match', around: false };
  // A country's own name, spelled exactly, is the country wherever the article is (no village namesake takes it).
  const countries = candidates.filter((c) => c.row.feature === 'country' && c.tier === 0);
  if (countries.length === 1) return { row: countries[0]!.row, reason: 'country name', around: false, tier: 0 };
  const scoped = inCountry(candidates, ctx.country, ctx.worldPack, ctx.named, (c) => believedAbroad(c.row, ctx));
  if (scoped.cands.length === 0) return { row: null, reason: scoped.reason, around: false };
  const first = byFeature(scoped.cands, features);
  let cands = first.cands;
  let reason = scoped.reason && first.reason === 'unique match' ? scoped.reason : first.reason;
  for (const step of STEPS) {
    if (cands.length <= 1) break;
    const none = step.veto?.(cands, ctx);
    if (none) return { row: null, reason: none, around: false };
    const next = step.apply(cands, ctx);
    if (next.length < cands.length) reason = step.name(next);
    cands = next;
  }
  if (cands.length === 1) {
    const outside = looseOutsideHint(cands[0]!, ctx.adminHintRow, ctx.worldPack) || districtOutsideHint(cands[0]!, features, ctx);
    if (outside) return { row: null, reason: outside, around: false };
    return { row: cands[0]!.row, reason, around: first.around, tier: cands[0]!.tier, alias: cands[0]!.alias === true };
  }
  return { row: null, reason: ambiguity(cands), around: false };
}

/**
 * "in Agatu Local Government of Benue State": a place of the world index found only by a looser spelling ("Oguta", in
 * Imo) in another governorate than the one the sentence puts it in is a namesake, not the place. An exact spelling may
 * still lie elsewhere (the sentence may name the area it borders); a region pack's loose spellings are its
 * transliterations, whose governorate may differ from a text's by a border, so they stay; two packs are not compared.
 */
function looseOutsideHint(c: Candidate, hint: PlaceRow | undefined, worldPack: string): string {
  if (!hint || c.tier === 0 || c.row.pack !== worldPack || isArea(c.row) || c.row.feature === 'country') return '';
  return inOtherArea(c.row, hint) ? `only a loose spelling, in ${c.row.admin1}, not in ${hint.admin1} where the sentence puts it` : '';
}

const inOtherArea = (row: PlaceRow, hint: PlaceRow): boolean =>
  row.pack === hint.pack && row.country === hint.country && row.admin1_pcode !== hint.admin1_pcode;

/**
 * "Kohistan district, Faryab province": a district lies inside the province the sentence gives it, and a district
 * takes its seat's name, so a world-index town of that name in another province (Herat's Kohistan) is a namesake, exact
 * spelling or not. Only a point stands in for the district here; a district row the packs hold is judged as an area.
 * So is a village or town the sentence sets in its area ("the village of X, Kherson region"): the world index holds
 * places of 500 people or more, so a village of that name elsewhere is likelier a namesake than the text wrong.
 */
function districtOutsideHint(c: Candidate, features: FeatureWord[], ctx: Context): string {
  const hint = ctx.adminHintRow;
  const word = features.find((f) => f === 'district' || f === 'settlement');
  if (!hint || !word || c.row.pack !== ctx.worldPack || !isSettlement(c.row) || !inOtherArea(c.row, hint)) return '';
  const what = word === 'district' ? 'a town named like the district' : 'a namesake of the village or town';
  return `${what}, in ${c.row.admin1}, not in ${hint.admin1} where the sentence puts it`;
}
