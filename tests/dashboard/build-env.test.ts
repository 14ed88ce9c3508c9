/**
 * The environment scripts/build.js gives the `vite build` process (issue 11, build17): Rolldown's allocator is told
 * to give freed memory back at once, which lowered the build's peak without changing the site; a setting the
 * caller made stays theirs, so the allocator's own defaults can still be measured.
 */
import { describe, expect, it } from 'vitest';

// build.js is plain JavaScript run by plain Node (typed by its JSDoc, with no declaration file): its function, typed here.
type ViteEnv = (env: NodeJS.ProcessEnv, ready: string) => NodeJS.ProcessEnv;
const { viteEnv } = (await import('../../apps/dashboard/scripts/build.js' as string)) as { viteEnv: ViteEnv };

describe('the vite build process environment', () => {
  it('purges and decommits freed native memory, and carries the data step key', () => {
    const env = viteEnv({ PATH: '/usr/bin' }, 'data\npage-data');
    expect(env.MIMALLOC_PURGE_DELAY).toBe('0');
    expect(env.MIMALLOC_ARENA_EAGER_COMMIT).toBe('0');
    expect(env.FRONTLINE_PAGE_DATA_READY).toBe('data\npage-data');
    expect(env.PATH).toBe('/usr/bin');
  });

  it('keeps allocator settings the caller made, and leaves the caller environment as it was', () => {
    const caller = { MIMALLOC_PURGE_DELAY: '1000', FRONTLINE_PAGE_DATA_READY: 'stale' };
    const env = viteEnv(caller, 'fresh');
    expect(env.MIMALLOC_PURGE_DELAY).toBe('1000');
    expect(env.MIMALLOC_ARENA_EAGER_COMMIT).toBe('0');
    expect(env.FRONTLINE_PAGE_DATA_READY).toBe('fresh');
    expect(caller).toEqual({ MIMALLOC_PURGE_DELAY: '1000', FRONTLINE_PAGE_DATA_READY: 'stale' });
  });
});
