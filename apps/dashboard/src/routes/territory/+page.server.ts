import { BOUNDARY_ATTRIBUTION, governorates, ochaNames, UN_DISCLAIMER } from '$lib/server/geo.ts';
import { territoryRows } from '$lib/server/rows.ts';

export function load() {
  const rows = territoryRows();
  return {
    rows,
    features: governorates(),
    fit: ochaNames(rows.flatMap((r) => r.admin1)),
    attribution: BOUNDARY_ATTRIBUTION,
    disclaimer: UN_DISCLAIMER,
  };
}
