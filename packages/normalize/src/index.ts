/**
 * The normalize stage: extracted facts (spans and phrases) -> facts (ranges, persons, places, periods, actors,
 * sources), a pure function of the facts, the article record and the gazetteer.
 */
import { groupInCountry } from './own-forces.ts';
import type { ArticleRecord, ExtractedFact, Fact, PlaceMentionRecord, UnresolvedPlace } from '@frontline/schema';
import { isVague, toRange } from './quantity.ts';
import { toPersons } from './persons.ts';
import { datePeriod, endSpansAtLastDay } from './context.ts';
import { narrowWeek } from './week-day.ts';
import { afterCampaignAt, infoboxSpan, spanCampaignTotals } from './campaign.ts';
import { resolveActor, type ActorContext } from './actors.ts';
import { definedAcronyms } from './defined-acronyms.ts';
import { resolveSources } from './sources.ts';
import { areasNamedWithWord, factPlaces, governorateRowOfHint, outsideLeadAreas, resolveInCountry, scopeOf, storyPlaces, type ArticleScope, type MentionResolution } from './places/index.ts';
import { admin1Of, articleAdmin1s, ContextResolver, sentenceAreas, type Admin1Choice } from './places/admin-context.ts';
import { nearestCandidates } from './places/nearest.ts';
import { doubtsOf, scoreConfidence } from './confidence.ts';
import type { Gazetteer } from './places/gazetteer.ts';

export interface NormalizeResult {
  facts: Fact[];
  unresolved: UnresolvedPlace[];
  /** Every place mention of every fact with its resolution (resolved or not), for place_mentions.csv. */
  mentions: PlaceMentionRecord[];
  /** The country the article was read as about ('' unknown) and why. */
  country: string;
  country_evidence: string;
}

export { loadGazetteer, buildGazetteer, DEFAULT_PACKS_DIR, type Gazetteer, type PlaceRow, type PackInfo, type LoadOptions } from './places/gazetteer.ts';
export { scopeOf, type ArticleScope } from './places/index.ts';
export { nearestCandidates } from './places/nearest.ts';
export { RANGE_RULES, MODIFIER_RULES, VAGUE_RULES, toRange, type Range } from './quantity.ts';
export { toPersons } from './persons.ts';
export { resolvePeriod, type Period } from './period.ts';
export { datePeriod, currentDate, endSpansAtLastDay } from './context.ts';
export { infoboxSpan, spanCampaignTotals, sumsCampaign, titleSpan } from './campaign.ts';
export { resolveActor, type ActorContext } from './actors.ts';
export { resolveSource, resolveSources } from './sources.ts';
export { placeKey, placeKeys } from './places/key.ts';
export { resolveArticlePlaces, factPlaces, type MentionResolution } from './places/index.ts';
export { comparedByCorroboration, corroborateDates, resolveCaptures, type CaptureResolver, type FactsOf, type ResolvedCapture } from './corroborate.ts';
export { scoreConfidence, CONFIDENCE_WEIGHTS } from './confidence.ts';
export * from './corrections/index.ts';

/** A change of control of named places with no count: one event at one time, never a running total. */
function isPointEvent(x: ExtractedFact): boolean {
  return x.kind === 'territory' && x.category !== 'advanced' && x.quantity === null && !x.cumulative;
}

function toFact(
  x: ExtractedFact,
  article: ArticleRecord,
  places: MentionResolution[],
  actors: ActorContext,
  area: (stated: string[]) => Admin1Choice,
): Fact {
  const read = readFact(x, article, places, actors, area);
  const reasons = doubtsOf(x, read, places, article);
  return { ...read, confidence: scoreConfidence(reasons), confidence_reasons: reasons, reviewed: false, corrected_by: [], original_values: [] };
}

function readFact(
  x: ExtractedFact,
  article: ArticleRecord,
  places: MentionResolution[],
  actors: ActorContext,
  area: (stated: string[]) => Admin1Choice,
): Omit<Fact, 'confidence' | 'confidence_reasons' | 'reviewed' | 'corrected_by' | 'original_values'> {
  const count = toRange(x.quantity);
  const persons = toPersons(x.kind, x.unit, count);
  const dated = datePeriod(x, article, isPointEvent(x));
  const period = { ...narrowWeek(x, dated, article.published), date_basis: dated.date_basis };
  const actor = resolveActor(x.actor_text, actors);
  const where = factPlaces(places);
  return {
    fact_id: x.fact_id,
    fact_key: x.fact_key ?? '',
    article_id: x.article_id,
    kind: x.kind,
    category: x.category,
    group: groupInCountry(x, actors),
    ...actor,
    actor_text: x.actor_text,
    count_low: count.low,
    count_best: count.best,
    count_high: count.high,
    unit: x.unit,
    persons_low: persons.low,
    persons_best: persons.best,
    persons_high: persons.high,
    count_phrase: x.count_phrase,
    vague: isVague(x.quantity),
    ...where,
    ...area(where.admin1),
    ...period,
    time_phrase: x.time_phrase,
    cumulative: x.cumulative,
    certainty: x.certainty ?? 'stated',
    hedge: x.hedge ?? '',
    ...reporters(x, actors.country ?? ''),
    quote: x.quote,
    sentence_index: x.sentence_index,
    char_start: x.char_start,
    char_end: x.char_end,
    figure_start: x.figure_start,
    figure_end: x.figure_end,
    published: article.published,
  };
}

function unresolvedOf(x: ExtractedFact, places: MentionResolution[], gz: Gazetteer, country: string): UnresolvedPlace[] {
  return places
    .filter((r) => r.place === null)
    .map((r) => ({
      fact_id: x.fact_id,
      article_id: x.article_id,
      mention: r.mention.text,
      quote: x.quote,
      sentence_index: x.sentence_index,
      reason: r.reason,
      candidates: nearestCandidates(r.mention.text, gz, country),
    }));
}

function mentionsOf(x: ExtractedFact, places: MentionResolution[]): PlaceMentionRecord[] {
  return places.map((r) => ({
    fact_id: x.fact_id,
    article_id: x.article_id,
    mention: r.mention.text,
    resolved: r.place !== null,
    place_id: r.place?.place_id ?? '',
    place: r.place?.name ?? '',
    admin1: r.place?.admin1 ?? '',
    country: r.place?.country ?? '',
    latitude: r.place?.latitude ?? null,
    longitude: r.place?.longitude ?? null,
    precision: r.place?.precision ?? '',
    reason: r.reason,
    sentence_index: x.sentence_index,
    char_start: r.mention.start,
    char_end: r.mention.end,
  }));
}

const byPosition = (a: Fact, b: Fact): number =>
  a.sentence_index - b.sentence_index || a.figure_start - b.figure_start || (a.fact_id < b.fact_id ? -1 : a.fact_id > b.fact_id ? 1 : 0);

/**
 * Normalizes the extracted facts of one article. Deterministic: same input, same output, sorted by position.
 * `scope` gives the article's text (to tell its country) or a country forced by the user.
 */
export function normalizeArticle(facts: ExtractedFact[], article: ArticleRecord, gazetteer: Gazetteer, scope: ArticleScope = {}): NormalizeResult {
  const told = scopeOf(facts, gazetteer, { ...scope, text: scope.text ?? `${article.title}\n${facts.map((f) => f.quote).join('\n')}`, dateline: article.dateline_place, title: article.title });
  const country = told.country;
  const namedCountries = new Set(told.named);
  const story = storyPlaces(facts, gazetteer, country, namedCountries);
  const found = resolveInCountry(facts, gazetteer, country, namedCountries, story);
  // Two context resolvers, on purpose: the lead's areas are read over the places as found; the facts' context over the
  // places left once those areas have dropped their loose namesakes, whose governorate counts (which settle a context
  // homonym) differ, and with the areas themselves. One resolver serving both would change outputs.
  const worded = areasNamedWithWord(facts, found, gazetteer, country, namedCountries);
  const areas = leadAreas(facts, new ContextResolver(gazetteer, country, found, new Set(), namedCountries, story.story, worded), country);
  const places = found.map((rs) => rs.map((r) => outsideLeadAreas(r, areas, gazetteer)));
  const context = new ContextResolver(gazetteer, country, places, areas, namedCountries, story.story, worded);
  const named = articleAdmin1s(facts, places, context);
  const sentences = sentenceAreas(facts, places, context);
  const actors: ActorContext = { country, countries: gazetteer.countries, defined: definedAcronyms(scope.text ?? '') };
  const out = facts.map((x, i) => ({
    fact: toFact(x, article, places[i]!, actors, (stated) => admin1Of(x, places[i]!, stated, named, context, !article.published, sentences.get(x.sentence_index))),
    unresolved: unresolvedOf(x, places[i]!, gazetteer, country),
    mentions: mentionsOf(x, places[i]!),
  }));
  out.sort((a, b) => byPosition(a.fact, b.fact));
  const page = scope.text ?? '';
  const totals = spanCampaignTotals(out.map((o) => o.fact), article.published, article.title, afterCampaignAt(page), infoboxSpan(page));
  return {
    facts: endSpansAtLastDay(totals, article.published), unresolved: out.flatMap((o) => o.unresolved), mentions: out.flatMap((o) => o.mentions),
    country, country_evidence: told.evidence,
  };
}

/**
 * The admin1 areas the headline and lead name inside the article's country: an admin1 named as one ("Sagaing
 * region", "Donetsk oblast": the mention's admin hint) or a mention resolved to a governorate.
 */
function leadAreas(facts: ExtractedFact[], context: ContextResolver, country: string): Set<string> {
  const areas = (facts[0]?.place_context?.lead ?? []).map((m) => {
    const hinted = governorateRowOfHint(m.admin_hint, context.gazetteer, country)?.admin1;
    const p = context.place(m);
    return hinted ?? (p?.precision === 'governorate' && p.country === country ? p.admin1 : '');
  });
  return new Set(areas.filter((a) => a !== ''));
}

/** The reporters, normalized, and how they were found ('' when there are none). */
function reporters(x: ExtractedFact, country: string): Pick<Fact, 'reported_by' | 'reporter_basis'> {
  const reported_by = resolveSources(x.reporter_texts, country);
  return { reported_by, reporter_basis: reported_by.length ? (x.reporter_basis ?? '') : '' };
}
