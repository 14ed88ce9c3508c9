import { shippedTerritory, titlesOf } from '$lib/server/detail.ts';
import { mapLayers } from '$lib/server/geo.ts';
import { territoryRows } from '$lib/server/rows.ts';
import { onMap } from '$lib/territory.ts';

export function load() {
  const located = territoryRows()
    .filter(onMap)
    .map((r) => ({ longitude: r.longitude as number, latitude: r.latitude as number, country: r.country, admin1: r.admin1[0] ?? '' }));
  return { rows: shippedTerritory(), map: mapLayers(located), titles: titlesOf(territoryRows()) };
}
