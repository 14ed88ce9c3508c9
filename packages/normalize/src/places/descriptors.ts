/**
 * The words around a place name that say what kind of place it is ("the town of", "military airport", "province",
 * "southern"). They are stripped before matching and kept as feature evidence for choosing between homonym rows
 * (the town of Teftnaz or its airbase; the city of Hama or the governorate).
 */

/** What a descriptor word says about the place. */
export type FeatureWord = 'airbase' | 'camp' | 'crossing' | 'city' | 'settlement' | 'province' | 'district' | 'area' | 'country' | 'directional';

const FEATURE_WORDS: Record<string, FeatureWord> = {
  airport: 'airbase', airbase: 'airbase', airfield: 'airbase', airstrip: 'airbase', base: 'airbase', aeroport: 'airbase',
  camp: 'camp', camps: 'camp',
  crossing: 'crossing', 'border-crossing': 'crossing',
  city: 'city', ville: 'city',
  town: 'settlement', towns: 'settlement', village: 'settlement', villages: 'settlement', municipality: 'settlement',
  hamlet: 'settlement', neighbourhood: 'settlement', neighborhood: 'settlement',
  province: 'province', governorate: 'province', provinces: 'province', provincial: 'province', muhafaza: 'province',
  oblast: 'province', governorates: 'province', prefecture: 'province',
  // Admin1 words of other countries ("Rakhine State", "Kidal region", "Nord-Kivu" is a province, Myanmar's divisions).
  state: 'province', states: 'province', department: 'province', division: 'province',
  district: 'district', subdistrict: 'district', 'sub-district': 'district', raion: 'district', territory: 'district',
  countryside: 'area', area: 'area', areas: 'area', region: 'area', outskirts: 'area', suburbs: 'area', vicinity: 'area',
  environs: 'area', surroundings: 'area', pocket: 'area', enclave: 'area', front: 'area', frontline: 'area', plain: 'area',
  country: 'country',
};

/** Adjectives in front of a name that make it an area rather than a point ("southern Idlib", "rural Hama"). */
const DIRECTIONAL = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest',
  'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-east', 'north-west',
  'south-east', 'south-west', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'rural', 'greater',
  'upper', 'lower', 'mid', 'middle',
]);

/** Words that can be dropped around a name without saying anything about the place. */
const FILLER = new Set([
  'the', 'a', 'an', 'of', 'in', 'at', 'military', 'air', 'border', 'idp', 'idps', 'refugee', 'displacement', 'informal',
  'rebel-held', 'opposition-held', 'government-held', 'regime-held', 'besieged', 'strategic', 'key', 'nearby', 'neighbouring',
  'neighboring', 'downtown', 'heart', 'centre', 'center', 'capital', 'provincial', 'entire', 'whole', 'parts', 'part',
]);

export interface Descriptors {
  /** The name without descriptor words, in the mention's own spelling. */
  core: string;
  /** Feature words seen, in order. */
  features: FeatureWord[];
}

const clean = (t: string): string => t.toLowerCase().replace(/[’']s$/, '').replace(/^[("“]+|[)"”,.;:]+$/g, '');

function classify(token: string): FeatureWord | 'filler' | undefined {
  const t = clean(token);
  if (FEATURE_WORDS[t]) return FEATURE_WORDS[t];
  if (DIRECTIONAL.has(t)) return 'directional';
  if (FILLER.has(t)) return 'filler';
  return undefined;
}

/**
 * Strips descriptor words from both ends of a mention: "the town of Sarmada" -> Sarmada (settlement);
 * "central Hama city" -> Hama (directional, city); "Taftanaz military airport" -> Taftanaz (airbase).
 * Words inside the name are kept ("Bab al-Salama", "Khan al-Asal").
 */
export function stripDescriptors(mention: string): Descriptors {
  const tokens = mention.trim().split(/\s+/).filter((t) => t.length > 0);
  const features: FeatureWord[] = [];
  let start = 0;
  let end = tokens.length;
  const take = (i: number): boolean => {
    const c = classify(tokens[i]!);
    if (c === undefined) return false;
    if (c !== 'filler') features.push(c);
    return true;
  };
  while (start < end && take(start)) start++;
  while (end > start && take(end - 1)) end--;
  const core = tokens.slice(start, end).map((t, i, a) => (i === a.length - 1 ? t.replace(/[’']s$/, '') : t)).join(' ');
  return { core: core.replace(/^[("“]+|[)"”,.;:]+$/g, ''), features };
}

/** The feature a PlaceMention.feature_hint names, in the same terms. */
export function featureOfHint(hint: string): FeatureWord | undefined {
  return FEATURE_WORDS[hint.toLowerCase().trim()];
}

/**
 * The spellings to look a mention up by, closest first: as written, without its feature words only ("North Kivu
 * province" -> "North Kivu": a direction can be part of a name), and its core ("southern Idlib" -> "Idlib").
 */
export function lookupVariants(mention: string): string[] {
  const tokens = mention.trim().split(/\s+/).filter((t) => t.length > 0);
  let end = tokens.length;
  while (end > 0 && FEATURE_WORDS[clean(tokens[end - 1]!)]) end--;
  let start = 0;
  while (start < end && FILLER.has(clean(tokens[start]!))) start++;
  const named = tokens.slice(start, end).join(' ');
  return [...new Set([mention.trim(), named, stripDescriptors(mention).core].filter((v) => v !== ''))];
}
