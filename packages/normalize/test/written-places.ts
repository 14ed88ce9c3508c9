/**
 * Test helper for place resolution on written texts as the pipeline reads them: ingest, extract and normalize, then
 * what became of each mention and of each fact's places.
 */
import { expect } from 'vitest';
import { extractArticle } from '@frontline/extract';
import { ingestFiles } from '@frontline/ingest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';

const gazetteer = loadGazetteer();

/** The article's country, every mention's resolution (by its text as written) and the facts' places and admin1. */
export function placesOf(text: string) {
  const { articles, rejected } = ingestFiles([{ path: 'story.txt', bytes: new TextEncoder().encode(text) }], { runDate: '2026-12-01' });
  expect(rejected).toEqual([]);
  const { text: body, sentence_list: _s, removed: _r, ...record } = articles[0]!;
  const out = normalizeArticle(extractArticle(articles[0]!), record, gazetteer, { text: body });
  const mention = (name: string) => {
    const found = out.mentions.find((m) => m.mention === name);
    expect(found, `${name} in ${JSON.stringify(out.mentions.map((m) => m.mention))}`).toBeDefined();
    return found!;
  };
  return { country: out.country, facts: out.facts, mention };
}
