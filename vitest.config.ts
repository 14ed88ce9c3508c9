import { defineConfig } from 'vitest/config';

/**
 * The day every pipeline run of the suite takes as today (FRONTLINE_TODAY; a test that wants another day sets its
 * own), fixed when the suite starts. The ingest cache records the run's day, so two runs either side of midnight UTC
 * write different cache files: whole-set comparisons that straddled midnight failed on CI though every dataset was the
 * same. Workers and the processes they spawn inherit it.
 */
const RUN_DAY = process.env.FRONTLINE_TODAY || new Date().toISOString().slice(0, 10);

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { FRONTLINE_TODAY: RUN_DAY },
  },
});
