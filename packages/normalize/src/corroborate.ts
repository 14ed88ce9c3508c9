/**
 * Dating an article by corroboration. Wire copy often carries no date at all; when it reports the same change of
 * control as an article whose date is known (the same category, two or more of the same named places, both reported
 * as current news with no date of their own), it was written in the same days. The undated article then gets the
 * other article's date at week precision, and its evidence says so. Only articles with no date or a year-or-coarser
 * date are touched, never a narrative (an encyclopedic page dates its events, not itself, and its facts are dated from
 * its own words); the evidence of a dated article is never overridden.
 *
 * One article's metadata must not rewrite another's words, so a date is never taken:
 * - from a copy of the same text (same `text_sha256`): a copy is not a second report, and a wrong date on a copy
 *   would otherwise move the original;
 * - outside the range the undated article's own evidence allows (`published_earliest`/`published_latest`, e.g.
 *   "not before 2015" when it says "since 2015"; the year of a year-precision date).
 * Dates outside the sane window never get here: ingest refuses them.
 */
import { isNarrativeEvidence, type ArticleRecord, type ExtractedFact } from '@frontline/schema';
import { parseIso, toIso } from '@frontline/nlp/dates';
import type { Gazetteer } from './places/gazetteer.ts';
import { resolveArticlePlaces } from './places/index.ts';

/** How far before and after the dated report the undated one may have been published. */
const DAYS_BEFORE = 3;
const DAYS_AFTER = 7;
/** Named places two reports must share to be taken as one capture. */
const MIN_SHARED_PLACES = 2;

interface Capture {
  article: ArticleRecord;
  category: string;
  places: Set<string>;
  names: string[];
}

/** A narrative is undated by design, not for want of evidence: it takes no other article's date (see NARRATIVE_EVIDENCE). */
const isUndated = (a: ArticleRecord) => (a.published === '' || a.published_precision === 'year') && !isNarrativeEvidence(a.published_evidence);
const isDated = (a: ArticleRecord) => a.published !== '' && (a.published_precision === 'day' || a.published_precision === 'week');

/**
 * The facts corroboration compares: territory facts naming places, reported as current news. Only these are read,
 * so a caller may hand in just these (the CLI keeps them alone from the whole corpus's facts).
 */
export const comparedByCorroboration = (f: ExtractedFact): boolean => f.kind === 'territory' && f.time_phrase === '' && f.place_mentions.length > 0;

/** What corroboration keeps of one capture once its places are resolved: plain data, so a caller may cache it per article. */
export interface ResolvedCapture {
  category: string;
  /** Place ids of the named points, in mention order. */
  places: string[];
  names: string[];
}

/** Resolves one article's compared facts (comparedByCorroboration, in its order) against the gazetteer. */
export type CaptureResolver = (own: ExtractedFact[]) => ResolvedCapture[];

/** Captures of named points reported as current news (no time phrase of their own), resolved afresh. */
export function resolveCaptures(own: ExtractedFact[], gz: Gazetteer): ResolvedCapture[] {
  return resolveArticlePlaces(own, gz).map((resolutions, i) => {
    const points = resolutions.filter((r) => r.place && (r.place.precision === 'point' || r.place.precision === 'near'));
    return { category: own[i]!.category, places: points.map((r) => r.place!.place_id), names: points.map((r) => r.place!.name) };
  });
}

function currentCaptures(article: ArticleRecord, facts: ExtractedFact[], resolve: CaptureResolver): Capture[] {
  const own = facts.filter(comparedByCorroboration);
  return (own.length ? resolve(own) : []).map((c) => ({ article, category: c.category, places: new Set(c.places), names: c.names }));
}

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((id) => b.has(id)).length;

const sameText = (a: ArticleRecord, b: ArticleRecord) => a.text_sha256 !== undefined && a.text_sha256 === b.text_sha256;

/** Whether `day` fits what the article's own evidence allows ('' bounds are open). */
const withinOwnRange = (article: ArticleRecord, day: string) =>
  (article.published_earliest === '' || day >= article.published_earliest) && (article.published_latest === '' || day <= article.published_latest);

/** Whether `d` may date `article`: the same capture, from another text, at a date the article's words allow. */
const canDate = (article: ArticleRecord, mine: Capture, d: Capture) =>
  d.category === mine.category &&
  shared(d.places, mine.places) >= MIN_SHARED_PLACES &&
  !sameText(d.article, article) &&
  withinOwnRange(article, d.article.published);

/** Dated captures by category and place, as positions in `dated`: a capture is compared only with those sharing its places. */
function placeIndex(dated: Capture[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  dated.forEach((d, i) => {
    for (const place of d.places) {
      const key = `${d.category}\u0000${place}`;
      index.get(key)?.push(i) ?? index.set(key, [i]);
    }
  });
  return index;
}

/** The dated captures sharing enough places with `mine`, in their order in `dated` (the order the pairs were always tried in). */
function sharingPlaces(index: Map<string, number[]>, dated: Capture[], mine: Capture): Capture[] {
  const counts = new Map<number, number>();
  for (const place of mine.places) for (const i of index.get(`${mine.category}\u0000${place}`) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= MIN_SHARED_PLACES).map(([i]) => i).sort((a, b) => a - b).map((i) => dated[i]!);
}

/**
 * An article's facts, or at least those comparedByCorroboration, in their order: asked at most once per article, so a
 * caller may read them back from a file rather than hold every article's (the CLI does).
 */
export type FactsOf = (article: ArticleRecord) => ExtractedFact[];

function grouped(facts: ExtractedFact[]): FactsOf {
  const byArticle = new Map<string, ExtractedFact[]>();
  for (const f of facts) byArticle.get(f.article_id)?.push(f) ?? byArticle.set(f.article_id, [f]);
  return (a) => byArticle.get(a.article_id) ?? [];
}

/**
 * Returns the articles with corroborated dates where a match was found; the others unchanged, in the same order.
 * `resolve` gives an article's captures (default: resolved against `gz`); a caller may take them from a per-article
 * cache, since they depend on the article's facts and the gazetteer alone: it is asked once per article, in article
 * order, and only for articles with compared facts that are dated or undated. `facts` are every article's facts (or
 * only the compared ones), or a function giving one article's (FactsOf).
 */
export function corroborateDates(articles: ArticleRecord[], facts: ExtractedFact[] | FactsOf, gz: Gazetteer, resolve: CaptureResolver = (own) => resolveCaptures(own, gz)): ArticleRecord[] {
  const factsOf = typeof facts === 'function' ? facts : grouped(facts);
  const captures = new Map<ArticleRecord, Capture[]>();
  for (const a of articles) if (isDated(a) || isUndated(a)) captures.set(a, currentCaptures(a, factsOf(a), resolve));
  const dated = articles.filter(isDated).flatMap((a) => captures.get(a)!);
  const index = placeIndex(dated);
  return articles.map((article) => {
    if (!isUndated(article)) return article;
    const match = captures.get(article)!
      .flatMap((mine) =>
        sharingPlaces(index, dated, mine)
          .filter((d) => canDate(article, mine, d))
          .map((d) => ({ d, names: mine.names.filter((n) => d.names.includes(n)) })),
      )
      // the earliest dated report, then the lowest id: deterministic whatever the input order
      .sort((x, y) => (x.d.article.published < y.d.article.published ? -1 : x.d.article.published > y.d.article.published ? 1 : x.d.article.article_id < y.d.article.article_id ? -1 : 1))[0];
    if (!match) return article;
    const day = parseIso(match.d.article.published)!;
    const before = article.published_evidence ? `${article.published_evidence}; ` : '';
    return {
      ...article,
      published: match.d.article.published,
      published_precision: 'week',
      published_earliest: toIso(day - DAYS_BEFORE),
      published_latest: toIso(day + DAYS_AFTER),
      published_evidence: `${before}corroborated: reports the same capture (${match.names.join(', ')}) as ${match.d.article.article_id}, published ${match.d.article.published}`,
    };
  });
}
