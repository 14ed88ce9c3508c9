import { BOUNDARY_ATTRIBUTION, UN_DISCLAIMER } from '$lib/server/geo.ts';
import { downloads } from '$lib/server/pages.ts';
import { tables } from '$lib/server/tables.ts';

export function load() {
  const pkg = tables().datapackage;
  return {
    downloads: downloads(),
    description: pkg.description ?? '',
    licenses: pkg.licenses ?? [],
    sources: pkg.sources ?? [],
    disclaimer: pkg['x-disclaimer'] ?? '',
    attribution: BOUNDARY_ATTRIBUTION,
    unDisclaimer: UN_DISCLAIMER,
  };
}
