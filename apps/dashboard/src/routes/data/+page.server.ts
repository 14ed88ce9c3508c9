import { outlineCredit, packCredits } from '$lib/server/geo.ts';
import { downloads } from '$lib/server/pages.ts';
import { tables } from '$lib/server/tables.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '$lib/server/tables.ts';

export function load() {
  const t = tables();
  const pkg = t.datapackage;
  const countries = [...new Set(t.mentions.map((m) => (typeof m.country === 'string' ? m.country : '')).filter(Boolean))].sort();
  // "Last updated" is the data's, not the clock's: the latest publication day of the articles read, so the same
  // data gives the same page. The version names the data package (as the app's version does, svelte.config.js).
  const days = t.articles.map((a) => (typeof a.published === 'string' ? a.published : '')).filter(Boolean).sort();
  const version = createHash('sha256').update(readFileSync(join(dataDir(), 'datapackage.json'))).digest('hex').slice(0, 16);
  return {
    title: pkg.title ?? 'Frontline',
    lastUpdated: days.at(-1) ?? '',
    articleCount: t.articles.length,
    version,
    downloads: downloads(),
    description: pkg.description ?? '',
    licenses: pkg.licenses ?? [],
    sources: pkg.sources ?? [],
    disclaimer: pkg['x-disclaimer'] ?? '',
    credits: [...packCredits(countries), outlineCredit()],
  };
}
