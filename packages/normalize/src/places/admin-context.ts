/**
 * A fact's admin1 when its own sentence places it nowhere the packs know: the place its paragraph had reached, else
 * the areas of the lead-in its list line is under, else the headline's or the lead's admin1, else the place its
 * section had reached (a narrative with headings), else the article's admin1 when it names one only (see extract's
 * discourse.ts for the candidates). Each step says how it was found (`admin1_basis`), so an analyst can tell an
 * inferred admin1 from a stated one. Nothing is inferred for a fact about a whole country, from a place outside the
 * article's country, for a figure the text gives for the whole country in words ("across the country", "the war has
 * killed N": country-wide.ts), or when the headline or the article names several admin1 and the paragraph gives no clue.
 */
import { foldName, type Admin1Basis, type ExtractedFact, type PlaceMention, type ResolvedPlace } from '@frontline/schema';
import type { Gazetteer, PlaceRow } from './gazetteer.ts';
import { looseFarFromStory } from './story.ts';
import { destinations } from './destination.ts';
import { admin1Group } from './admin1-groups.ts';
import { isCountryWide } from './country-wide.ts';
import { anchorCounts, farOutlier, governorateCounts, governorateRowOfHint, outsideLeadAreas, outsideNamedAreas, resolveOne, NO_NAMED_AREAS, type MentionResolution, type NamedAreas } from './index.ts';

export interface Admin1Choice {
  admin1: string[];
  admin1_basis: Admin1Basis;
}

const NONE: Admin1Choice = { admin1: [], admin1_basis: '' };
/** The most admin1 a report's lead may name and still be its scope. */
const SCOPE_AREAS = 3;

/** An admin1 area or a place inside one, in the article's country when it is known. */
const placed = (p: ResolvedPlace | null, country: string): p is ResolvedPlace =>
  p !== null && p.precision !== 'country' && p.admin1 !== '' && (country === '' || p.country === country);

/** Feature words of a place smaller than an admin1 area (extract's feature hints). */
const NARROWING: ReadonlySet<string> = new Set(['district', 'town', 'village', 'city', 'camp']);

/** A mention of the article's own country that the text narrows to a part of it ("eastern Ukraine"). */
const partOfHome = (r: MentionResolution, country: string): boolean =>
  r.mention.near && country !== '' && r.place?.country === country;

/** Resolves context mentions once each (the same mention recurs in many facts' context), with the article's counts. */
export class ContextResolver {
  private cache = new Map<string, ResolvedPlace | null>();

  private counts: Map<string, number>;
  private anchors: Map<string, number>;

  /** `resolutions`: the article's own resolved mentions, whose governorates settle the context's homonyms. */
  constructor(
    private gz: Gazetteer,
    private country: string,
    resolutions: MentionResolution[][],
    /** The admin1 areas the lead names: a loose namesake of a village outside them is no context (outsideLeadAreas). */
    private areas: Set<string> = new Set(),
    /** The countries the text names (country.ts): a place there may be found by another of its names. */
    private named: ReadonlySet<string> = new Set(),
    /** The places the story settles by name alone (story.ts): a context homonym is the one near them. */
    private story: readonly PlaceRow[] = [],
    /** The admin1 areas the text names with an area word: a namesake outside them is no context (outsideNamedAreas). */
    private worded: NamedAreas = NO_NAMED_AREAS,
  ) {
    this.counts = governorateCounts(resolutions, gz);
    this.anchors = anchorCounts(resolutions, gz);
  }

  /** Resolved as a fact's own mention would be, a namesake far from the article's other places left out. */
  place(m: PlaceMention): ResolvedPlace | null {
    const key = `${m.text}\u0000${m.feature_hint}\u0000${m.admin_hint}`;
    if (!this.cache.has(key)) this.cache.set(key, this.resolve(m));
    return this.cache.get(key)!;
  }

  private resolve(m: PlaceMention): ResolvedPlace | null {
    const found = resolveOne(m, this.gz, this.counts, this.country, this.named, { local: [], story: this.story });
    const far = looseFarFromStory(farOutlier(found, this.anchors, this.gz), this.story, this.gz);
    return outsideNamedAreas(outsideLeadAreas(far, this.areas, this.gz), this.worded, this.gz).place;
  }

  /**
   * The admin1 areas one mention gives: all of a region's ("Darfur", admin1-groups.ts), or the admin1 of the place it
   * resolves to inside the article's country; [] for none.
   */
  areasOf(m: PlaceMention): string[] {
    const group = admin1Group(m.text, this.country);
    if (group.length) return group;
    const p = this.place(m);
    return placed(p, this.country) ? [p.admin1] : [];
  }

  /** The distinct areas the mentions name, in order: a region counts once, however many admin1 it spans. */
  scopes(mentions: PlaceMention[]): string[][] {
    const seen = new Map<string, string[]>();
    for (const areas of mentions.map((m) => this.areasOf(m)).filter((a) => a.length)) seen.set(areas.join(';'), areas);
    return [...seen.values()];
  }

  /** Distinct admin1 of the mentions that resolve inside the article's country, or of the regions they name, in order. */
  admin1s(mentions: PlaceMention[]): string[] {
    return [...new Set(this.scopes(mentions).flat())];
  }

  /** The admin1 areas of the first mention that gives any (see areasOf), or []. */
  first(mentions: PlaceMention[]): string[] {
    for (const m of mentions) {
      const areas = this.areasOf(m);
      if (areas.length) return areas;
    }
    return [];
  }

  get articleCountry(): string {
    return this.country;
  }

  get countriesNamed(): ReadonlySet<string> {
    return this.named;
  }

  get gazetteer(): Gazetteer {
    return this.gz;
  }
}

/**
 * Every area an article names, each as its admin1 list: its facts' own places and every place of their context; a
 * region ("Darfur") is one area however many admin1 it spans (ContextResolver.scopes).
 */
export function articleAdmin1s(facts: ExtractedFact[], resolutions: MentionResolution[][], ctx: ContextResolver): string[][] {
  const own = resolutions.flat().map((r) => r.place).filter((p) => placed(p, ctx.articleCountry)).map((p) => [p!.admin1]);
  const around = facts.flatMap((f) => ctx.scopes([...(f.place_context?.lead ?? []), ...(f.place_context?.between ?? [])]));
  return [...new Map([...own, ...around].map((a) => [a.join(';'), a])).values()];
}

/**
 * The admin1 areas each sentence names ("Kalehe territory in South Kivu province": an area mention, or the area a
 * mention is put in), by sentence index, from every fact's mentions: a sentence may hold two facts, and only one of
 * them the area's name.
 */
export function sentenceAreas(facts: ExtractedFact[], resolutions: MentionResolution[][], ctx: ContextResolver): Map<number, string[]> {
  const hintOf = (r: MentionResolution): string =>
    governorateRowOfHint(r.mention.admin_hint, ctx.gazetteer, ctx.articleCountry, ctx.countriesNamed)?.admin1 ?? '';
  const areaOf = (r: MentionResolution): string =>
    placed(r.place, ctx.articleCountry) && r.place.precision === 'governorate' ? r.place.admin1 : hintOf(r);
  const out = new Map<number, string[]>();
  facts.forEach((f, i) => {
    const areas = resolutions[i]!.map(areaOf).filter((a) => a !== '');
    out.set(f.sentence_index, [...new Set([...(out.get(f.sentence_index) ?? []), ...areas])]);
  });
  return out;
}

/**
 * "M23 advanced towards Kalehe territory in South Kivu province, capturing X and Y": places the packs lack, in a
 * sentence that names one admin1 area, lie in it; the paragraph's last place may be in the neighbouring area.
 */
function sentenceArea(own: MentionResolution[], areas: string[]): string[] {
  return own.length > 0 && own.every((r) => !r.place) && areas.length === 1 ? areas : [];
}

/** The mentions around a fact that the article wrote before it: its paragraph's, its lead's, and since the last fact. */
const aroundBefore = (x: ExtractedFact): PlaceMention[] =>
  [...(x.place_context?.paragraph ?? []), ...(x.place_context?.between ?? []), ...(x.place_context?.lead ?? [])].filter((m) => m.start < x.char_start);

/**
 * "Gunmen raided a village in Walikale territory, North Kivu province", then "the administrator of Walikale territory
 * said six people were killed": a place the packs lack, put in an admin1 where the article named it before, lies there
 * when it is named again without it. Only the same name, and only an area its earlier sentence names.
 */
function hintedBefore(own: MentionResolution[], x: ExtractedFact, ctx: ContextResolver): string[] {
  const bare = new Set(own.filter((r) => !r.place && r.mention.admin_hint === '').map((r) => foldName(r.mention.text)));
  if (bare.size === 0) return [];
  const earlier = aroundBefore(x).filter((m) => m.admin_hint !== '' && bare.has(foldName(m.text)));
  const areas = earlier.map((m) => governorateRowOfHint(m.admin_hint, ctx.gazetteer, ctx.articleCountry, ctx.countriesNamed)?.admin1 ?? '');
  return [...new Set(areas.filter((a) => a !== ''))];
}

/**
 * The admin1 of one fact and how it was found; `stated` the admin1 its resolved mentions give. `narrative`: a text with
 * no publication date (an encyclopedic account), whose sections follow the campaign from place to place; a report's
 * sub-headings do not, so its facts never take a section's place.
 */
export function admin1Of(
  x: ExtractedFact, own: MentionResolution[], stated: string[], article: string[][], ctx: ContextResolver, narrative = false, inSentence: string[] = [],
): Admin1Choice {
  if (stated.length) return { admin1: stated, admin1_basis: 'stated' };
  // "X, in Y province": a place the packs lack, in an admin1 they know.
  const hinted = [...new Set(own.filter((r) => !r.place).map((r) => governorateRowOfHint(r.mention.admin_hint, ctx.gazetteer, ctx.articleCountry, ctx.countriesNamed)?.admin1 ?? '').filter((a) => a))];
  if (hinted.length) return { admin1: hinted, admin1_basis: 'stated' };
  // "the army said eight soldiers were wounded in Casamance": a region of several admin1 gives them all.
  const regions = [...new Set(own.filter((r) => !r.place).flatMap((r) => admin1Group(r.mention.text, ctx.articleCountry)))];
  if (regions.length) return { admin1: regions, admin1_basis: 'stated' };
  const before = hintedBefore(own, x, ctx);
  if (before.length) return { admin1: before, admin1_basis: 'stated' };
  const sentence = sentenceArea(own, inSentence);
  if (sentence.length) return { admin1: sentence, admin1_basis: 'stated' };
  // "1.2 million displaced across the country", "the war has killed N": the figure is the country's, not the area of
  // its paragraph, lead or headline.
  if (isCountryWide(x)) return NONE;
  // A fact the text puts in a whole country is not narrowed to a region by its neighbours; a part of the article's own
  // country ("in eastern Ukraine", "south-west Syria": extract marks it near) is no whole country, and its neighbours
  // tell which part. A country abroad that people went to ("refugees fled to Sudan") is not where the fact happened.
  const went = new Set([...destinations(x)].map((j) => x.place_mentions[j]!.start));
  const abroad = (r: MentionResolution) => went.has(r.mention.start) && ctx.articleCountry !== '' && r.place?.country !== ctx.articleCountry;
  // A place the packs lack that the text says is a district, town or camp ("in the DRC ... in Masisi territory") narrows
  // the country to a part of it, which its neighbours tell.
  const narrowed = own.some((r) => !r.place && !went.has(r.mention.start) && NARROWING.has(r.mention.feature_hint));
  if (!narrowed && own.some((r) => r.place?.precision === 'country' && !partOfHome(r, ctx.articleCountry) && !abroad(r))) return NONE;
  const around = x.place_context;
  if (!around) return NONE;
  const paragraph = ctx.first(around.paragraph);
  if (paragraph.length) return { admin1: paragraph, admin1_basis: 'paragraph' };
  // "In Donetsk and Luhansk regions: 1,240 casualties", then "Government-controlled areas: 957 casualties": a list
  // line under a lead-in is of the lead-in's areas, all of them.
  const leadIn = ctx.admin1s(around.lead_in ?? []);
  if (leadIn.length) return { admin1: leadIn, admin1_basis: 'section' };
  const scopes = ctx.scopes(around.lead);
  const lead = [...new Set(scopes.flat())];
  if (scopes.length === 1) return { admin1: lead, admin1_basis: 'headline' };
  // A narrative's lead names every area of the campaign; its section tells where the story has got to.
  const section = narrative ? ctx.first(around.section ?? []) : [];
  if (section.length) return { admin1: section, admin1_basis: 'section' };
  // A report's lead that names a few areas ("hostilities across Idleb and western Aleppo") sets the report's scope: a
  // figure with no place of its own ("53 people in affected areas") is about all of them. Many areas are no scope; a
  // region ("Darfur") is one area however many admin1 it spans.
  if (scopes.length > 1) return !narrative && scopes.length <= SCOPE_AREAS ? { admin1: lead, admin1_basis: 'headline' } : NONE;
  if (article.length === 1) return { admin1: article[0]!, admin1_basis: 'article' };
  return NONE;
}
