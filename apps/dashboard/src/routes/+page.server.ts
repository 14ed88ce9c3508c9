import { chartTitles, shippedCasualties, shippedDisplacement, shippedTerritory } from '$lib/server/detail.ts';

export function load() {
  return { displacement: shippedDisplacement(), casualties: shippedCasualties(), territory: shippedTerritory(), titles: chartTitles() };
}
