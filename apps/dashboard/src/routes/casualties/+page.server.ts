import { shippedCasualties, titlesOf } from '$lib/server/detail.ts';
import { casualtyRows } from '$lib/server/rows.ts';

export function load() {
  return { rows: shippedCasualties(), titles: titlesOf(casualtyRows()) };
}
