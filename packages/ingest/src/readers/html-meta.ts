/// <reference lib="dom" />
// The DOM types of linkedom's documents (they implement the standard DOM interfaces).
/**
 * What a web page says about itself: title, publication date, outlet and address from its meta tags (Open Graph,
 * article:published_time), its JSON-LD (schema.org NewsArticle and kin, also inside `@graph`), a `<time datetime>`
 * of the article, and its canonical link. Each value says where it came from; the first source that has it wins.
 */
import type { KnownMeta, MetaField } from './types.ts';

type Find = { from: string; get: (doc: Document, ld: LdObject[]) => string | null | undefined };
type LdObject = Record<string, unknown>;

const meta = (doc: Document, attr: 'property' | 'name' | 'itemprop', key: string) =>
  doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content');
const ldText = (ld: LdObject[], key: string) => ld.map((o) => asText(o[key])).find(Boolean);
const timeOf = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('datetime');

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return asText(value[0]);
  if (value && typeof value === 'object') return asText((value as LdObject).name);
  return undefined;
}

const SOURCES: Record<MetaField, Find[]> = {
  title: [
    { from: 'HTML meta og:title', get: (d) => meta(d, 'property', 'og:title') },
    { from: 'HTML JSON-LD headline', get: (_d, ld) => ldText(ld, 'headline') },
  ],
  published: [
    { from: 'HTML meta article:published_time', get: (d) => meta(d, 'property', 'article:published_time') },
    { from: 'HTML JSON-LD datePublished', get: (_d, ld) => ldText(ld, 'datePublished') },
    { from: 'HTML meta itemprop datePublished', get: (d) => meta(d, 'itemprop', 'datePublished') },
    { from: 'HTML <time itemprop=datePublished>', get: (d) => timeOf(d, 'time[itemprop="datePublished"][datetime]') },
    { from: 'HTML <time pubdate>', get: (d) => timeOf(d, 'time[pubdate][datetime]') },
    { from: 'HTML <time datetime> of the article', get: (d) => timeOf(d, 'article time[datetime]') },
  ],
  outlet: [
    { from: 'HTML meta og:site_name', get: (d) => meta(d, 'property', 'og:site_name') },
    { from: 'HTML JSON-LD publisher', get: (_d, ld) => ldText(ld, 'publisher') },
  ],
  url: [
    { from: 'HTML link rel=canonical', get: (d) => d.querySelector('link[rel="canonical"]')?.getAttribute('href') },
    { from: 'HTML meta og:url', get: (d) => meta(d, 'property', 'og:url') },
  ],
};

/** Every object of the page's JSON-LD blocks, flattened through arrays and `@graph`; a block that is not JSON is skipped. */
function jsonLd(doc: Document): LdObject[] {
  const out: LdObject[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(collect);
    if (!value || typeof value !== 'object') return;
    out.push(value as LdObject);
    collect((value as LdObject)['@graph']);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // a broken block says nothing; the meta tags may
    }
  }
  return out;
}

export function pageMetadata(doc: Document): KnownMeta {
  const ld = jsonLd(doc);
  const known: KnownMeta = {};
  for (const [field, finds] of Object.entries(SOURCES) as Array<[MetaField, Find[]]>) {
    for (const { from, get } of finds) {
      const value = get(doc, ld)?.replace(/\s+/g, ' ').trim();
      if (value) {
        known[field] = { value, from, key: 'html' };
        break;
      }
    }
  }
  return known;
}
