/**
 * Corroboration's captures taken from the article cache. Dating an undated article compares its captures with every
 * dated article's, so normalize resolved the places of every article's captures on every run (about 1.3 s of a +20
 * update at 2,000 articles), though only new articles' can differ: an article's resolved captures depend on its
 * compared facts, the gazetteer (normalize's code and packs, in the part's version) and the place corrections alone,
 * so they are kept per article under those. The matching itself still runs over every article (cheap beside this).
 */
import { resolveCaptures, type CaptureResolver, type Gazetteer, type ResolvedCapture } from '@frontline/normalize';
import { cacheKey, type StageCache } from './cache/store.ts';

/** A resolver for corroborateDates reading and filling `cached` (none: resolved afresh), and what ends its use. */
export function captureResolver(cached: { cache: StageCache; version: string } | null, gz: Gazetteer, placeCorrections: string) {
  const fresh: CaptureResolver = (own) => resolveCaptures(own, gz);
  if (!cached) return { resolve: fresh, finish: () => {} };
  const { cache, version } = cached;
  const resolve: CaptureResolver = (own) => {
    const key = cacheKey(version, [JSON.stringify(own), placeCorrections]);
    const hit = cache.get<ResolvedCapture[]>(key);
    if (hit !== undefined) return hit;
    const value = fresh(own);
    cache.put(key, value);
    return value;
  };
  return { resolve, finish: () => cache.finish() };
}
