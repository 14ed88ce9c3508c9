/**
 * Mention -> candidate gazetteer rows. The whole mention is tried first ("Bab al-Salama crossing" is a curated name),
 * then the mention without its descriptor words ("the town of Sarmada" -> "Sarmada"). Each candidate keeps the finest
 * key tier it matched on, so disambiguation can prefer exact spellings over skeleton matches.
 */
import { AREA_FEATURES, rowNames, type Gazetteer, type PlaceRow } from './gazetteer.ts';
import { keptAnswers } from '@frontline/schema';
import { isLatinScript, KEPT_NAMES, placeKeys } from './key.ts';
import { shapesAgree } from './shape.ts';
import { admin1Forms, worldAdmin1Words } from './admin1-forms.ts';
import { featureOfHint, lookupVariants, stripDescriptors, type FeatureWord } from './descriptors.ts';

export interface Candidate {
  row: PlaceRow;
  /** 0 spelling, 1 skeleton, 2 skeleton without nisba, 3 joined words (see placeKeys). */
  tier: number;
  /**
   * A world admin1 area found by another form of its name (admin1-forms.ts: "Kurdistan" for GeoNames' "Kurdistan
   * Province"), not its own spelling: good evidence inside its country, none for taking it abroad or telling the country.
   */
  derived?: boolean;
  /**
   * A world place (not an area) found by the exact spelling of one of its other names (GeoNames' alternate names:
   * "Boni" for Watampone), not its own: an exonym or old name of a known place, or a homonym of a village the packs
   * lack. Outside the article's country it is taken only where the text names that country (disambiguate.ts).
   */
  alias?: boolean;
}

export interface MentionMatch {
  candidates: Candidate[];
  /** Feature words of the mention itself, else of its feature_hint. */
  features: FeatureWord[];
  /** The text that matched ('' when nothing did). */
  matched: string;
}

/**
 * Rows of the world index for a key, less the countries a region pack covers and the rows a correction holds in
 * memory with its alias (that copy answers for the place); each is remembered in byId.
 */
function worldRows(gz: Gazetteer, tier: number, key: string): PlaceRow[] {
  if (!gz.world) return [];
  const rows = gz.world.lookup(tier, key).filter((r) => !gz.covered.has(r.country) && (gz.byId.get(r.id) ?? r) === r);
  for (const r of rows) if (!gz.byId.has(r.id)) gz.byId.set(r.id, r);
  return rows;
}

/**
 * A row's Latin names with their keys, computed once per row. An admin1 area also has the other forms of its
 * name the index keys it by (admin1-forms.ts): "Hadhramout" meets "Muhafazat Hadramaout" on the skeleton of its form
 * "Hadramaout", whose shape is the one to compare.
 */
const keyedNames = new WeakMap<PlaceRow, [string, string[]][]>();
function namesWithKeys(row: PlaceRow): [string, string[]][] {
  let out = keyedNames.get(row);
  if (!out) keyedNames.set(row, (out = latinNames(row).map((n) => [n, placeKeys(n)])));
  return out;
}

function latinNames(row: PlaceRow): string[] {
  const names = rowNames(row);
  const forms = row.feature === 'governorate' ? names.flatMap((n) => admin1Forms(n, worldAdmin1Words())) : [];
  return [...names, ...forms].filter(isLatinScript);
}

/**
 * True when some name of `row` that has `key` at a loose `tier` has the mention's vowel shape (shape.ts): a skeleton
 * match that adds or drops a syllable is another town ("Zabdin" is no "Zabdani"), which is left unresolved rather
 * than placed wrong. A world row keeps only its main name, so that is the one compared.
 */
function keepsShape(text: string, row: PlaceRow, tier: number, key: string): boolean {
  return namesWithKeys(row).some(([name, keys]) => keys[tier] === key && shapesAgree(text, name));
}

/** All rows any tier of `text`'s keys hits, each with its finest tier: region packs first, then the world index. */
export function lookup(text: string, gz: Gazetteer): Candidate[] {
  return lookupIn(gz)(text).map((c) => ({ ...c }));
}

/**
 * The gazetteer's lookup, remembered per gazetteer: a place is looked up several times for each of its mentions (the
 * article's country, each pass of its resolution, admin1 hints) and again in every article that names it, and each
 * lookup keys the text and tests the vowel shape of every loose candidate. A gazetteer is not changed once built (a
 * corrected one is a new object), so the answer depends on the text alone; callers get copies.
 */
const lookups = new WeakMap<Gazetteer, (text: string) => Candidate[]>();
function lookupIn(gz: Gazetteer): (text: string) => Candidate[] {
  let answer = lookups.get(gz);
  if (!answer) lookups.set(gz, (answer = keptAnswers((text) => computeLookup(text, gz), KEPT_NAMES)));
  return answer;
}

function computeLookup(text: string, gz: Gazetteer): Candidate[] {
  const best = new Map<PlaceRow, number>();
  const keys = placeKeys(text);
  keys.forEach((key, tier) => {
    if (key === '') return;
    // A skeleton of two letters ("Dr") fits too many names to take an admin1 area or a country by it ("Zouhor" is no
    // "Daraa"): those are written by their known spellings, which tier 0 holds.
    const short = tier > 0 && key.replace(/ /g, '').length < 3;
    for (const row of [...(gz.tiers[tier]?.get(key) ?? []), ...worldRows(gz, tier, key)]) {
      if (best.has(row) || (short && AREA_FEATURES.has(row.feature))) continue;
      if (tier === 0 || keepsShape(text, row, tier, key)) best.set(row, tier);
    }
  });
  const spelled = keys[0];
  const otherName = (row: PlaceRow): boolean => row.pack === gz.worldPack && placeKeys(row.name)[0] !== spelled;
  const derived = (row: PlaceRow): boolean => row.feature === 'governorate' && otherName(row);
  const alias = (row: PlaceRow, tier: number): boolean => tier === 0 && !AREA_FEATURES.has(row.feature) && otherName(row);
  return [...best.entries()].map(([row, tier]) => (derived(row) ? { row, tier, derived: true } : alias(row, tier) ? { row, tier, alias: true } : { row, tier }));
}

export function matchMention(text: string, featureHint: string, gz: Gazetteer): MentionMatch {
  const { features } = stripDescriptors(text);
  const hint = featureOfHint(featureHint);
  const allFeatures = features.length > 0 ? features : hint ? [hint] : [];
  // The first spelling with an exact match, else the first with any: a loose key of the whole mention ("North Kivu
  // province") finds namesakes its name alone would not.
  let loose: MentionMatch | null = null;
  for (const variant of lookupVariants(text)) {
    const candidates = lookup(variant, gz);
    if (candidates.length === 0) continue;
    const found = { candidates, features: allFeatures, matched: variant };
    if (candidates.some((c) => c.tier === 0)) return found;
    loose ??= found;
  }
  return loose ?? { candidates: [], features: allFeatures, matched: '' };
}
