/**
 * Place resolution for one article: every mention of every fact, in two passes, within the article's country (forced
 * by the user, or told by its places and the countries it names; see country.ts). The first pass resolves what the
 * mention and its sentence settle on their own; the second gives the still-ambiguous mentions the article's leading
 * governorate as context.
 */
import { foldName, PLACE_PRECISIONS, type ExtractedFact, type Fact, type PlaceMention, type PlacePrecision, type ResolvedPlace } from '@frontline/schema';
import { AREA_FEATURES, type Gazetteer, type PlaceRow } from './gazetteer.ts';
import { worldAreaWords } from './admin1-forms.ts';
import { lookup, matchMention, type Candidate } from './match.ts';
import { choose, NOTABLE_POPULATION, type Choice } from './disambiguate.ts';
import { lookupVariants, stripDescriptors, type FeatureWord } from './descriptors.ts';
import { nameTokens } from './key.ts';
import { articleCountry, countriesNamed, type CountryEvidence, type PlaceVote } from './country.ts';
import { isVillage, looseFarFromStory, NOWHERE, reopened, StoryPlaces, undecided, type Nearby } from './story.ts';
import { countryPhrases, type CountryPhrases } from './country-phrase.ts';
import { isWaterName } from './water.ts';
import { admin1Group } from './admin1-groups.ts';
import { destinations } from './destination.ts';

export interface MentionResolution {
  mention: PlaceMention;
  place: ResolvedPlace | null;
  reason: string;
  /** Key tier the place matched on (0 exact spelling); absent when unresolved. */
  tier?: number;
  /** True when the place was found by the exact spelling of another of its names (Candidate.alias). */
  alias?: boolean;
}

const NO_COUNTRIES: ReadonlySet<string> = new Set();

/**
 * The admin1 row a hint like "Hama province" or "northern Hama" names, undefined if none. `named`: the countries the
 * text names, where an area abroad may still be meant.
 */
export function governorateRowOfHint(hint: string, gz: Gazetteer, country = '', named: ReadonlySet<string> = NO_COUNTRIES): PlaceRow | undefined {
  if (hint.trim() === '') return undefined;
  const elsewhere = (c: Candidate): number => (country !== '' && c.row.country !== country ? 1 : 0);
  // With the article's country known, an area abroad is a hint only in a country the text names: "New York", a
  // village near Toretsk, is not in the US state, and the places near it are not put there; the place stays unplaced
  // at admin1 rather than placed abroad. An area abroad by another form of its name ("Kurdistan" for Iran's
  // "Kurdistan Province") is no hint in Iraq at all.
  const allowed = (c: Candidate): boolean => country === '' || c.row.country === country || (!c.derived && named.has(c.row.country));
  for (const variant of lookupVariants(hint)) {
    const areas = lookup(variant, gz).filter((c) => c.row.feature === 'governorate' && allowed(c));
    if (areas.length) return areas.sort((a, b) => elsewhere(a) - elsewhere(b) || a.tier - b.tier)[0]!.row;
  }
  return areaByRegionWord(hint, gz, country);
}

/**
 * "Sagaing region", "Niger State", "Tillaberi region": an area whose bare name its seat or a country also bears is
 * keyed by its full name only (the world index gives no bare form another notable place has), so a hint the text
 * named as a region is looked up with each region word put back, inside the article's country.
 */
function areaByRegionWord(hint: string, gz: Gazetteer, country: string): PlaceRow | undefined {
  for (const word of worldAreaWords()) {
    const hit = lookup(`${hint.trim()} ${word}`, gz).find((c) => c.tier === 0 && c.row.feature === 'governorate' && (country === '' || c.row.country === country));
    if (hit) return hit.row;
  }
  return undefined;
}

/** pcode of the governorate a hint names, '' if none. */
export function governorateOfHint(hint: string, gz: Gazetteer, country = ''): string {
  return governorateRowOfHint(hint, gz, country)?.admin1_pcode ?? '';
}

function toResolved(mention: PlaceMention, row: PlaceRow, around: boolean): ResolvedPlace {
  const near = row.precision === 'point' && (mention.near || around);
  return {
    mention: mention.text,
    place_id: row.id,
    name: row.name,
    admin1: row.admin1,
    country: row.country,
    latitude: row.latitude,
    longitude: row.longitude,
    precision: near ? 'near' : row.precision,
  };
}

/**
 * `named`: the countries the text names (country.ts), where a place may be found by another of its names; `nearby`:
 * the places the mention's paragraph and story settle (story.ts).
 */
export function resolveOne(
  mention: PlaceMention, gz: Gazetteer, counts: Map<string, number>, country: string, named: ReadonlySet<string> = NO_COUNTRIES, nearby: Nearby = NOWHERE,
  destination = false,
): MentionResolution {
  // "Casamance", "Darfur": a region of several admin1 areas is no one place; admin-context.ts gives it all its areas.
  if (admin1Group(mention.text, country).length > 0) return { mention, place: null, reason: 'a region of admin1 areas (admin1-groups.csv)' };
  const { candidates, features, matched } = matchMention(mention.text, mention.feature_hint, gz);
  const hintRow = governorateRowOfHint(mention.admin_hint, gz, country, named);
  const choice: Choice = choose(candidates, features, {
    adminHintPcode: hintRow?.admin1_pcode ?? '',
    adminHintRow: hintRow,
    articleCounts: counts,
    country,
    worldPack: gz.worldPack,
    named,
    nearby,
    destination,
    home: countryRowOf(gz, country),
  });
  const abroad = choice.row ? areaAbroadForSettlement(mention, features, choice.row, country, named) : '';
  if (abroad) return { mention, place: null, reason: abroad };
  if (choice.row && seaNotArea(mention, features, choice.row)) return { mention, place: null, reason: `a sea, not the admin1 area named after it (no area word): ${choice.row.name} [${choice.row.id}]` };
  const home = choice.row ? sharedCountryName(choice.row, matched, gz, country) : undefined;
  if (home) return { mention, place: toResolved(mention, home, false), reason: `country name shared with ${country}`, tier: 0 };
  const area = choice.row ? areaNamedLikeCountry(mention, choice.row, gz, country) : undefined;
  if (area) return { mention, place: toResolved(mention, area, false), reason: `admin1 area named with its region word in ${country}`, tier: 0 };
  const named1 = areaNamedWithWord(mention, features, choice.row, gz, country);
  if (named1) return { mention, place: toResolved(mention, named1, false), reason: `admin1 area named with its area word`, tier: 0 };
  return { mention, place: choice.row ? toResolved(mention, choice.row, choice.around) : null, reason: choice.reason, tier: choice.tier, alias: choice.alias };
}

/**
 * A mention the text calls a town or village ("the village of New York near Toretsk") whose match is an admin1 area
 * in a country the article is not about and never names is a settlement the packs lack, not that area: extract gives
 * it its own name as admin hint (any pack's admin1 name is one), and an area is no village. It stays unresolved; a
 * text that names the area's country keeps it.
 */
function areaAbroadForSettlement(mention: PlaceMention, features: FeatureWord[], row: PlaceRow, country: string, named: ReadonlySet<string>): string {
  if (country === '' || row.feature !== 'governorate' || row.country === country || named.has(row.country)) return '';
  if (!features.some((f) => f === 'settlement' || f === 'city')) return '';
  return `a ${mention.feature_hint || 'settlement'} the packs lack, not the admin1 area abroad of its name (${row.country} not named): ${row.name} [${row.id}]`;
}

/** "Yemen's Red Sea port city": a sea's name is the admin1 area named after it only with the area's word (water.ts). */
function seaNotArea(mention: PlaceMention, features: FeatureWord[], row: PlaceRow): boolean {
  return row.feature === 'governorate' && !features.includes('province') && isWaterName(mention.text);
}

/**
 * "the northern province of Sana'a", "Sana'a governorate", "Oromia State": a name the text writes with an area word
 * (a province feature: province, governorate, state, oblast) is the admin1 area of that name, not the city or town the
 * name alone finds. The world index keys an area by its bare name only when no seat or notable town bears it (Sanaa
 * Governorate is keyed by its full name only, the city Sanaa by its own), so the area is looked up with each area word
 * put back (`areaByRegionWord`), in the article's country (with none told, in the country of the place the name alone
 * found, else anywhere). A district ("X district") or a settlement word leaves the choice as it was.
 */
function areaNamedWithWord(mention: PlaceMention, features: FeatureWord[], row: PlaceRow | null, gz: Gazetteer, country: string): PlaceRow | undefined {
  if (!features.includes('province') || features.includes('district') || features.includes('settlement') || features.includes('city')) return undefined;
  if (row && (row.feature === 'governorate' || row.feature === 'country')) return undefined;
  const name = stripDescriptors(mention.text).core;
  return areaByRegionWord(name, gz, country || row?.country || '');
}

/**
 * "Niger State" in an article about Nigeria: a mention the text named with a region word (extract's admin hint is
 * the name itself) is that admin1 area of the article's country, not the foreign country of the same name.
 */
function areaNamedLikeCountry(mention: PlaceMention, row: PlaceRow, gz: Gazetteer, country: string): PlaceRow | undefined {
  if (row.feature !== 'country' || country === '' || row.country === country || mention.admin_hint !== mention.text) return undefined;
  return governorateRowOfHint(mention.admin_hint, gz, country);
}

const containsWords = (hay: string[], needle: string[]): boolean =>
  needle.length > 0 && hay.some((_, i) => needle.every((w, j) => hay[i + j] === w));

/**
 * The article's own country row when `row` is another country found by a short form that the article's country's
 * names also hold: "Congo", another name of the Republic of the Congo and a word of "DR Congo", is in an article about
 * DR Congo that country ("eastern Congo" is its east). A country's first (main) name stays that country: "Sudan" in
 * an article about South Sudan is Sudan.
 */
function sharedCountryName(row: PlaceRow, matched: string, gz: Gazetteer, country: string): PlaceRow | undefined {
  if (row.feature !== 'country' || country === '' || row.country === country) return undefined;
  const words = nameTokens(stripDescriptors(matched).core);
  const own = gz.countries.find((c) => c.code === row.country)?.names[0] ?? row.name;
  if (nameTokens(own).join(' ') === words.join(' ')) return undefined;
  const home = gz.countries.find((c) => c.code === country);
  if (!home || !home.names.some((n) => containsWords(nameTokens(n), words))) return undefined;
  return countryRowOf(gz, country);
}

const countryRows = new WeakMap<Gazetteer, Map<string, PlaceRow | undefined>>();
/** The row of the country with this code (found by its names), remembered per gazetteer; undefined if none. */
function countryRowOf(gz: Gazetteer, code: string): PlaceRow | undefined {
  if (code === '') return undefined;
  let rows = countryRows.get(gz);
  if (!rows) countryRows.set(gz, (rows = new Map()));
  if (!rows.has(code)) {
    const names = gz.countries.find((c) => c.code === code)?.names ?? [];
    const hit = names.map((n) => lookup(n, gz).find((c) => c.tier === 0 && c.row.feature === 'country' && c.row.country === code)).find((c) => c);
    rows.set(code, hit?.row);
  }
  return rows.get(code);
}

export function governorateCounts(resolutions: MentionResolution[][], gz: Gazetteer): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of resolutions.flat()) {
    const row = r.place ? gz.byId.get(r.place.place_id) : undefined;
    if (row && row.admin1_pcode !== '') counts.set(row.admin1_pcode, (counts.get(row.admin1_pcode) ?? 0) + 1);
  }
  return counts;
}

export interface ArticleScope {
  /** The article's text (else its title and the facts' sentences are used to tell its country). */
  text?: string;
  /** ISO code forced by the user (--country, or the country of --region); '' or absent: told by the text. */
  country?: string;
  /** The place the article's dateline opens with (ingest's `dateline_place`): where the story was filed from. */
  dateline?: string;
  /** The article's title: a place it names is what the article is about. */
  title?: string;
}

/**
 * The country a mention's name plainly lies in, '' when it does not say: only exact spellings count (a loose key over
 * the whole world index finds a namesake somewhere for almost any name: "Kurdistan" has a Canadian skeleton twin), and a name
 * exact in several countries counts only when one of them holds a notable place of that name (an admin1 area, a country
 * or a city of NOTABLE_POPULATION): Rafah is the Gaza city, not the Syrian village, until the article says otherwise.
 */
function homeOf(m: PlaceMention, gz: Gazetteer, ownPlace: boolean): PlaceVote | null {
  const all = matchMention(m.text, m.feature_hint, gz).candidates;
  // With no exact spelling anywhere, a fact's own place may still vote by a transliteration variant of a region
  // pack's name ("Saraqib" for OCHA's "Saraqab"): a region pack is the curated gazetteer of the war the project is
  // pointed at. The places around facts vote only by exact spelling: a list of another war's villages would find
  // enough loose namesakes among the pack's thousands to outvote its country.
  // An admin1 area found by another form of its name blocks the loose fallback but does not vote (see Candidate).
  // "Niger State": a name the text closes with a region word is the admin1 area, not the country of that name.
  const area = m.admin_hint !== '' && m.admin_hint === m.text.trim() && all.some((c) => c.tier === 0 && c.row.feature === 'country') ? areaByRegionWord(m.admin_hint, gz, '') : undefined;
  if (area) return { country: area.country, loose: false };
  const spelled = all.filter((c) => c.tier === 0);
  const exact = spelled.length || !ownPlace ? spelled.filter((c) => !c.derived) : all.filter((c) => c.row.pack !== gz.worldPack);
  const loose = spelled.length === 0;
  // A country's own name is counted once, as a name (country.ts countryWords), not again as a place of itself, also
  // when towns elsewhere share it (Poland, Maine).
  if (exact.some((c) => c.row.feature === 'country')) return null;
  const countries = new Set(exact.map((c) => c.row.country));
  // "Abyan" is a Yemeni governorate by its bare name and a Syrian village by its own: an admin1 area of another
  // country found by another form of its name casts no vote itself, but the name no longer plainly lies in the
  // village's country either.
  if (spelled.some((c) => c.derived && AREA_FEATURES.has(c.row.feature) && !countries.has(c.row.country))) return null;
  if (countries.size === 1) return { country: [...countries][0]!, loose };
  // A town found by another of its names ("Maru" for Mary) is not what a name exact in several countries plainly means.
  const notable = new Set(exact.filter((c) => AREA_FEATURES.has(c.row.feature) || (!c.alias && c.row.population >= NOTABLE_POPULATION)).map((c) => c.row.country));
  return notable.size === 1 ? { country: [...notable][0]!, loose } : null;
}

/** The country of the article: forced, else from its place mentions' candidates and the country names it uses. */
export function scopeOf(facts: ExtractedFact[], gz: Gazetteer, scope: ArticleScope = {}): CountryEvidence {
  if (scope.country) return { country: scope.country.toUpperCase(), evidence: 'forced', named: countriesNamed(scope.text ?? facts.map((f) => f.quote).join('\n'), gz) };
  const seen = new Set<string>();
  const cast: PlaceVote[] = [];
  // Every place the article names (its facts' and their context's) votes for the country it lies in, when that is
  // plain: see homeOf.
  // "The X region of <country>" says where X lies, not what the story is about: neither votes (see phrasedStarts).
  const phrased = phrasedStarts(facts, gz);
  const votes = (ms: PlaceMention[]): PlaceMention[] => ms.filter((m) => !phrased.has(m.start));
  const own = votes(facts.flatMap((f) => f.place_mentions));
  const named = [...own, ...votes(facts.flatMap((f) => [...(f.place_context?.lead ?? []), ...(f.place_context?.between ?? [])]))];
  for (const [i, m] of named.entries()) {
    const text = m.text.trim();
    if (seen.has(text)) continue;
    seen.add(text);
    const home = homeOf(m, gz, i < own.length);
    if (home) cast.push(home);
  }
  // The dateline's city votes as a place the article names, by its exact spelling ("BAMAKO, Mali (AP) -"): a village
  // of the story with a namesake abroad must not outvote where the story was filed from.
  const filed = scope.dateline ? homeOf({ text: scope.dateline, start: 0, end: 0, feature_hint: 'city', admin_hint: '', near: false }, gz, false) : null;
  if (filed && !seen.has(scope.dateline!)) cast.push(filed);
  // A place the title names votes again: it is what the article is about ("Battle of Sirte (2016)"), and an aside that
  // compares other wars' battles ("concurrent with the battles of Raqqa and al-Bab") must not outvote it.
  const titled = named.filter((m, i) => named.findIndex((n) => n.text.trim() === m.text.trim()) === i && namesIn(scope.title ?? '', m.text.trim()));
  for (const m of titled) {
    const home = homeOf(m, gz, false);
    if (home) cast.push(home);
  }
  const text = scope.text ?? [...new Set(facts.map((f) => f.quote))].join('\n');
  return articleCountry(text, cast, gz);
}

/**
 * Offsets of the mentions of "the X region of <country>" phrases (country-phrase.ts): the country word is no place of
 * the story (it counts as a country name), and X, put in that country by the text, tells nothing more. By offset: the
 * facts' context holds the same mentions again.
 */
function phrasedStarts(facts: ExtractedFact[], gz: Gazetteer): Set<number> {
  const at = (f: ExtractedFact, j: number): number => f.place_mentions[j]!.start;
  return new Set(facts.flatMap((f) => {
    const p = countryPhrases(f, gz);
    // "X, <country>" may be a list's items: both still vote, as before the comma form was read.
    // "<country>'s X": the same, as the possessive form was read only since issue 9.
    const area = (j: number) => !p.comma.has(j) && !p.comma.has(j - 1) && !p.possessed.has(j) && !p.possessed.has(j + 1);
    return [...p.placeIn.keys(), ...p.countryWord.keys()].filter(area).map((j) => at(f, j));
  }));
}

/** Whether `title` names `place` as whole words. */
function namesIn(title: string, place: string): boolean {
  if (!title || !place) return false;
  const at = title.indexOf(place);
  return at >= 0 && !/[\p{L}\d]/u.test(title[at - 1] ?? '') && !/[\p{L}\d]/u.test(title[at + place.length] ?? '');
}

/** Resolutions of each fact's place mentions, in mention order. */
export function resolveArticlePlaces(facts: ExtractedFact[], gz: Gazetteer, scope: ArticleScope = {}): MentionResolution[][] {
  const told = scopeOf(facts, gz, scope);
  return resolveInCountry(facts, gz, told.country, new Set(told.named));
}

/** The places an article settles by name alone (story.ts), each mention resolved with no help from the article. */
export function storyPlaces(facts: ExtractedFact[], gz: Gazetteer, country: string, named: ReadonlySet<string> = NO_COUNTRIES): StoryPlaces {
  const none = new Map<string, number>();
  return new StoryPlaces(facts, (m) => resolveOne(m, gz, none, country, named), gz, country);
}

/** Resolutions of each fact's place mentions within `country` ('' for none), in mention order. */
export function resolveInCountry(
  facts: ExtractedFact[], gz: Gazetteer, country: string, named: ReadonlySet<string> = NO_COUNTRIES, story = storyPlaces(facts, gz, country, named),
): MentionResolution[][] {
  const none = new Map<string, number>();
  const phrases = facts.map((f) => countryPhrases(f, gz));
  const went = facts.map(destinations);
  const resolveAt = (i: number, j: number, m: PlaceMention, counts: Map<string, number>, nearby?: Nearby): MentionResolution =>
    resolveInPhrase(phrases[i]!, j, m, (c) => resolveOne(m, gz, counts, c, named, nearby, went[i]!.has(j)), country);
  const first = facts.map((f, i) => f.place_mentions.map((m, j) => resolveAt(i, j, m, none)));
  // A namesake picked only by size, or left ambiguous, casts no vote: its own guess would outvote the governorate
  // the article's settled places name ("Blahodatne" of Volyn, the largest, against the article's Donetsk).
  const counts = governorateCounts(first.map((rs) => rs.filter((r) => !undecided(r))), gz);
  const second = first.map((rs, i) => rs.map((r, j) => (reopened(r) ? resolveAt(i, j, r.mention, counts, story.around(facts[i]!)) : r)));
  const anchors = anchorCounts(second, gz);
  // A place the text puts in a country by name ("Mirebalais, Haiti") is no namesake of one near the story's others.
  const told = (i: number, j: number, r: MentionResolution) => r.place !== null && phrases[i]!.placeIn.get(j)?.country === r.place.country;
  const areas = areasNamedWithWord(facts, second, gz, country, named);
  return second.map((rs, i) => rs.map((r, j) => (told(i, j, r) ? r : outsideNamedAreas(looseFarFromStory(farOutlier(r, anchors, gz, rs), story.story, gz), areas, gz))));
}

/**
 * Where the writer says the story is: the admin1 areas of the article's country its text names with an area word
 * ("Borno State", "Sokoto State", "the province of Sana'a"), in a fact's sentence or around one (`worded`), and the
 * admin1 of each place it names by its own exact spelling, with those names (`placed`, folded).
 */
export interface NamedAreas {
  worded: Set<string>;
  placed: Map<string, Set<string>>;
}

export const NO_NAMED_AREAS: NamedAreas = { worded: new Set(), placed: new Map() };

export function areasNamedWithWord(
  facts: ExtractedFact[], resolutions: MentionResolution[][], gz: Gazetteer, country: string, named: ReadonlySet<string> = NO_COUNTRIES,
): NamedAreas {
  const out: NamedAreas = { worded: new Set(), placed: new Map() };
  if (country === '') return out;
  const none = new Map<string, number>();
  const around = facts.flatMap((f) => [...(f.place_context?.lead ?? []), ...(f.place_context?.paragraph ?? []), ...(f.place_context?.between ?? [])]);
  const places = [...resolutions.flat(), ...around.map((m) => resolveOne(m, gz, none, country, named))];
  for (const r of places) {
    const row = r.place ? gz.byId.get(r.place.place_id) : undefined;
    if (!row || row.country !== country || row.admin1_pcode === '') continue;
    if (row.feature === 'governorate' && r.mention.feature_hint === 'province') out.worded.add(row.admin1_pcode);
    // A place by its own spelling, or an area by any ("El Gezira" for GeoNames' Al Jazirah).
    if (row.feature !== 'governorate' && ((r.tier ?? 0) > 0 || r.alias)) continue;
    const names = out.placed.get(row.admin1_pcode) ?? new Set<string>();
    out.placed.set(row.admin1_pcode, names.add(foldName(r.mention.text)));
  }
  return out;
}

/**
 * "Kofa village of Konduga local government area, Borno State" (Keffi, of Nasarawa, by a loose key), "killed 26 in
 * Rabal LGA of Sokoto State ... Dutsi village" (Dutse, Jigawa's capital, by another of its names): a world-index place
 * found only by a loose key or another of its names, outside every admin1 area the text names with its area word and
 * in an admin1 where no other place the text names by its own spelling lies, is a namesake of a place the packs lack,
 * also when it is a seat: the writer said which area the story is in. It is left unresolved, and the fact's admin1
 * comes from the text around it. A city of NOTABLE_POPULATION keeps its match ("Wad Madani", Wad Medani by another name).
 */
export function outsideNamedAreas(r: MentionResolution, areas: NamedAreas, gz: Gazetteer): MentionResolution {
  const p = r.place;
  if (!p || areas.worded.size === 0 || (p.precision !== 'point' && p.precision !== 'near')) return r;
  if ((r.tier ?? 0) === 0 && !r.alias) return r;
  const row = gz.byId.get(p.place_id);
  // A city of NOTABLE_POPULATION is named from afar by any spelling ("Wad Madani" for GeoNames' Wad Medani).
  if (!row || row.pack !== gz.worldPack || row.population >= NOTABLE_POPULATION || areas.worded.has(row.admin1_pcode)) return r;
  const own = foldName(r.mention.text);
  if ([...(areas.placed.get(row.admin1_pcode) ?? [])].some((n) => n !== own)) return r;
  return { mention: r.mention, place: null, reason: `only another spelling or name, outside the area the text names: ${p.name} (${p.admin1}) [${p.place_id}]` };
}

/**
 * A mention of an "X region of <country>" phrase (country-phrase.ts): the country word is that country; X is looked
 * for in that country alone, and stays unresolved rather than placed elsewhere. Any other mention: `resolve` in the
 * article's country.
 */
function resolveInPhrase(phrases: CountryPhrases, j: number, m: PlaceMention, resolve: (country: string) => MentionResolution, country: string): MentionResolution {
  const word = phrases.countryWord.get(j);
  if (word) return { mention: m, place: toResolved(m, word, false), reason: 'the country of an "X region of" phrase', tier: 0 };
  const inside = phrases.placeIn.get(j)?.country;
  if (!inside) return resolve(country);
  const r = resolve(inside);
  if (r.place?.country === inside) return r;
  if (phrases.comma.has(j) || phrases.possessed.has(j)) return resolve(country);
  if (!r.place) return r;
  return { mention: m, place: null, reason: `not in ${inside}, where the text puts it: ${r.place.name} [${r.place.place_id}]` };
}

/** Governorate counts of the places that anchor an article: exact spellings, not villages. */
export function anchorCounts(resolutions: MentionResolution[][], gz: Gazetteer): Map<string, number> {
  return governorateCounts(resolutions.map((rs) => rs.filter((r) => r.tier === 0 && !isLoneVillage(r, gz))), gz);
}

/** Other places an article must have resolved before one lone loose match elsewhere is doubted. */
export const OUTLIER_MIN_OTHERS = 3;

/** A village (no seat, no known large population) rather than a town the article would name from afar. */
function isLoneVillage(r: MentionResolution, gz: Gazetteer): boolean {
  const row = r.place ? gz.byId.get(r.place.place_id) : undefined;
  return row !== undefined && isVillage(row);
}

/**
 * A place matched only by a loose key (unless an administrative seat), or a village, in a governorate where none of the article's other places
 * lie (counting only places named by their exact spelling, and not villages), when at least OUTLIER_MIN_OTHERS of
 * those lie elsewhere, is more likely a namesake of a place the packs lack than the place meant: it is left
 * unresolved, with the namesake in the reason.
 */
export function farOutlier(r: MentionResolution, anchors: Map<string, number>, gz: Gazetteer, sentence: readonly MentionResolution[] = []): MentionResolution {
  const p = r.place;
  if (!p || (p.precision !== 'point' && p.precision !== 'near')) return r;
  // A loose spelling of an administrative seat ("Khan Sheikoun" for "Khan Shaykun") is the town named from afar.
  if (!isLoneVillage(r, gz) && ((r.tier ?? 0) === 0 || (gz.byId.get(p.place_id)?.seat ?? 0) > 0)) return r;
  const area = gz.byId.get(p.place_id)?.admin1_pcode ?? '';
  if (corroborated(r, area, sentence, gz)) return r;
  const own = anchors.get(area) ?? 0;
  const others = [...anchors.values()].reduce((a, b) => a + b, 0) - own;
  if (own > 0 || others < OUTLIER_MIN_OTHERS) return r;
  return { mention: r.mention, place: null, reason: `a namesake far from the article's other places: ${p.name} (${p.admin1}) [${p.place_id}]` };
}

/**
 * "people fled towards Kaloba and Menaro": two places of one sentence, each a village or a loose spelling, that land
 * in the same admin1 by different names vouch for each other; two namesakes of a village the packs lack seldom share
 * an admin1 by chance. So neither is a namesake far from the article's other places (farOutlier).
 */
function corroborated(r: MentionResolution, area: string, sentence: readonly MentionResolution[], gz: Gazetteer): boolean {
  if (area === '') return false;
  const own = foldName(r.mention.text);
  return sentence.some((o) => o.place !== null && o.place.place_id !== r.place?.place_id && foldName(o.mention.text) !== own
    && o.place.precision !== 'country' && gz.byId.get(o.place.place_id)?.admin1_pcode === area);
}

/**
 * A village found only by a loose key ("Pale" for Kayin's "Pulei") outside every admin1 area that the headline and
 * lead name ("in Myanmar's Sagaing region") is a namesake of a place the packs lack, not the place meant: it is left
 * unresolved, with the namesake in the reason. `areas`: the admin1 of the lead's areas; none, no doubt.
 */
export function outsideLeadAreas(r: MentionResolution, areas: Set<string>, gz: Gazetteer): MentionResolution {
  const p = r.place;
  if (!p || areas.size === 0 || (r.tier ?? 0) === 0 || !isLoneVillage(r, gz) || areas.has(p.admin1)) return r;
  // A region pack is the curated gazetteer of the war the project is pointed at: its transliteration variants
  // ("Bilil" for "Bleel") are meant; and a mention whose own words name the area ("in Hama province") is placed.
  if (gz.byId.get(p.place_id)?.pack !== gz.worldPack || governorateRowOfHint(r.mention.admin_hint, gz, p.country)?.admin1 === p.admin1) return r;
  return { mention: r.mention, place: null, reason: `a loose namesake outside the lead's ${[...areas].join(', ')}: ${p.name} (${p.admin1}) [${p.place_id}]` };
}

/** The place columns of a fact (place_mentions: every mention as written, resolved or not, de-duplicated in order). */
export type FactPlaces = Pick<Fact, 'places' | 'place_mentions' | 'place_ids' | 'place_precision' | 'admin1' | 'latitude' | 'longitude'>;

const rank = (p: PlacePrecision): number => PLACE_PRECISIONS.indexOf(p);

/**
 * Places, ids and governorates of the resolved mentions, de-duplicated in order; the coarsest precision among them;
 * coordinates only when the fact is about exactly one place drawn at a point or a governorate centroid (a country-wide
 * fact gets none: Syria's centroid would put it in the desert).
 */
export function factPlaces(resolutions: MentionResolution[]): FactPlaces {
  const resolved: ResolvedPlace[] = [];
  for (const r of resolutions) if (r.place && !resolved.some((p) => p.place_id === r.place!.place_id)) resolved.push(r.place);
  const admin1 = [...new Set(resolved.map((p) => p.admin1).filter((a) => a !== ''))];
  const precision = resolved.reduce<PlacePrecision | ''>((acc, p) => (acc === '' || rank(p.precision) > rank(acc) ? p.precision : acc), '');
  const one = resolved.length === 1 && resolved[0]!.precision !== 'country' ? resolved[0]! : null;
  return {
    places: resolved.map((p) => p.name),
    place_mentions: [...new Set(resolutions.map((r) => r.mention.text.trim()).filter((t) => t !== ''))],
    place_ids: resolved.map((p) => p.place_id),
    place_precision: precision,
    admin1,
    latitude: one ? one.latitude : null,
    longitude: one ? one.longitude : null,
  };
}
