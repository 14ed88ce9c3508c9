/**
 * The Review page: the same queue as `frontline review`, built at build time by @frontline/io's review module. The
 * correction rows carry WHO, WHEN and WHY placeholders (never the build date, so two builds of the same data are
 * byte-identical); the user replaces them before dropping the rows into the corrections folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CORRECTION_HEADERS,
  factCorrections,
  parseCsv,
  placeCorrection,
  reviewQueue,
  type ReviewEvent,
  type Signature,
} from '@frontline/io';
import { EVENTS, type Fact, type UnresolvedPlace } from '@frontline/schema';
import { pageSlug } from '$lib/server/pages.ts';
import { dataDir, tables } from '$lib/server/tables.ts';

/** Items per section, as `frontline review`'s default --limit. */
const LIMIT = 20;
const PLACEHOLDERS: Signature = { who: 'WHO', when: 'WHEN', why: 'WHY' };

function events(): ReviewEvent[] {
  const path = join(dataDir(), 'events.csv');
  return existsSync(path) ? (parseCsv(EVENTS, readFileSync(path, 'utf8'), path) as unknown as ReviewEvent[]) : [];
}

const factItem = (f: Fact) => ({
  fact_id: f.fact_id,
  fact_key: f.fact_key,
  kind: f.kind,
  category: f.category,
  count_phrase: f.count_phrase,
  confidence: f.confidence,
  reasons: f.confidence_reasons,
  reported_by: f.reported_by,
  quote: f.quote,
  slug: pageSlug(f.article_id),
  lines: factCorrections(f, PLACEHOLDERS),
});

export function load() {
  const t = tables();
  const q = reviewQueue(t.facts as unknown as Fact[], t.unresolved as unknown as UnresolvedPlace[], events(), LIMIT);
  return {
    headers: CORRECTION_HEADERS,
    facts: q.facts.map(factItem),
    places: q.places.map((p) => ({
      mention: p.mention,
      facts: p.facts,
      candidates: p.example.candidates,
      quote: p.example.quote,
      slug: pageSlug(p.example.article_id),
      lines: [placeCorrection(p, PLACEHOLDERS)],
    })),
    disagreements: q.disagreements.map((d) => ({
      event_id: d.event.event_id,
      kind: d.event.kind,
      category: d.event.category,
      values: d.event.count_best_values,
      facts: d.facts.map(factItem),
    })),
  };
}
