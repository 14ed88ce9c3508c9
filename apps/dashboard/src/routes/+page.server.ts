import { casualtyRows, displacementRows, territoryRows } from '$lib/server/rows.ts';

export function load() {
  return { displacement: displacementRows(), casualties: casualtyRows(), territory: territoryRows() };
}
