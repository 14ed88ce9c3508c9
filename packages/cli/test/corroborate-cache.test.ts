import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corroborateDates, loadGazetteer } from '@frontline/normalize';
import type { ArticleRecord, ExtractedFact } from '@frontline/schema';
import { cacheFolderState, StageCache } from '../src/cache/store.ts';
import { stageVersion } from '../src/cache/version.ts';
import { captureResolver } from '../src/corroborate-cache.ts';
import { article, fact, mention } from '../../normalize/test/factory.ts';

const gz = loadGazetteer();
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `frontline-corroborate-${name}-`));
const capture = (article_id: string, places: string[]) =>
  fact({ article_id, kind: 'territory', category: 'captured', group: '', quantity: null, unit: '', place_mentions: places.map((p) => mention(p)) });
const dated = (article_id: string, published: string) => article({ article_id, published, published_precision: 'day', text_sha256: article_id });
const undated = (article_id: string) =>
  article({ article_id, published: '', published_precision: '', published_earliest: '', published_latest: '', published_evidence: 'no date in the text', text_sha256: article_id });

// A dated report and an undated wire of the same capture in two wars, and one article with no capture.
const articles: ArticleRecord[] = [dated('sy-dated', '2020-02-06'), undated('sy-wire'), dated('ua-dated', '2023-01-16'), undated('ua-wire'), dated('no-capture', '2021-05-01')];
const facts: ExtractedFact[] = [
  capture('sy-dated', ['Saraqib', 'Tell Sultan']),
  capture('sy-wire', ['Saraqeb', 'Tal Sultan']),
  capture('ua-dated', ['Soledar', 'Bakhmut']),
  capture('ua-wire', ['Soledar', 'Bakhmut']),
];

/** One corroboration with the cache read from `read` (absent: empty) and written to `write`. */
function run(read: string, write: string, input = { articles, facts }, corrections = '[]') {
  const cache = new StageCache('corroborate', { read, write }, cacheFolderState(read) === 'ours');
  const resolver = captureResolver({ cache, version: stageVersion('corroborate') }, gz, corrections);
  const dates = corroborateDates(input.articles, input.facts, gz, resolver.resolve);
  resolver.finish();
  return { dates, counts: cache.counts };
}

describe("corroboration's captures from the article cache", () => {
  const uncached = corroborateDates(articles, facts, gz);

  it('dates as without the cache, and a re-run resolves no capture again', () => {
    const a = fresh('a');
    const first = run(join(a, 'none'), a);
    expect(first.dates).toEqual(uncached);
    expect(first.counts).toEqual({ hits: 0, misses: 4, dropped: 0 }); // the article with no capture asks nothing
    const second = run(a, fresh('b'));
    expect(second.dates).toEqual(uncached);
    expect(second.counts).toEqual({ hits: 4, misses: 0, dropped: 0 });
  });

  it('resolves only an added article’s captures, and all again under other place corrections', () => {
    const a = fresh('c');
    run(join(a, 'none'), a);
    const more = { articles: [...articles, undated('sy-copy')], facts: [...facts, capture('sy-copy', ['Saraqib', 'Tell Sultan'])] };
    const added = run(a, fresh('d'), more);
    expect(added.counts).toEqual({ hits: 4, misses: 1, dropped: 0 });
    expect(added.dates).toEqual(corroborateDates(more.articles, more.facts, gz));
    expect(run(a, fresh('e'), undefined, '[{"alias":"x"}]').counts).toEqual({ hits: 0, misses: 4, dropped: 0 });
  });

  it('drops an edited entry and resolves its article again', () => {
    const a = fresh('f');
    run(join(a, 'none'), a);
    const file = join(a, 'corroborate.cache');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"places":[', '"places":["edited",')); // the first entry only
    const again = run(a, fresh('g'));
    expect(again.counts).toEqual({ hits: 3, misses: 1, dropped: 1 });
    expect(again.dates).toEqual(uncached);
  });
});
