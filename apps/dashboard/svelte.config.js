import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Fully prerendered static site; the output folder can be moved for tests (FRONTLINE_DASHBOARD_OUT). */
const out = process.env.FRONTLINE_DASHBOARD_OUT ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
    prerender: { handleHttpError: 'fail', handleMissingId: 'warn' },
  },
};
