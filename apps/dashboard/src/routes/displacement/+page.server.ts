import { shippedDisplacement, titlesOf } from '$lib/server/detail.ts';
import { displacementRows } from '$lib/server/rows.ts';

export function load() {
  return { rows: shippedDisplacement(), titles: titlesOf(displacementRows()) };
}
