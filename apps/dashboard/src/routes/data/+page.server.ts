import { outlineCredit, packCredits } from '$lib/server/geo.ts';
import { downloads } from '$lib/server/pages.ts';
import { tables } from '$lib/server/tables.ts';

export function load() {
  const t = tables();
  const pkg = t.datapackage;
  const countries = [...new Set(t.mentions.map((m) => (typeof m.country === 'string' ? m.country : '')).filter(Boolean))].sort();
  return {
    downloads: downloads(),
    description: pkg.description ?? '',
    licenses: pkg.licenses ?? [],
    sources: pkg.sources ?? [],
    disclaimer: pkg['x-disclaimer'] ?? '',
    credits: [...packCredits(countries), outlineCredit()],
  };
}
