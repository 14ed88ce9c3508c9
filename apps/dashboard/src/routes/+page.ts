import { unpackCasualties, unpackDisplacement, unpackTerritory } from '$lib/chart-rows.ts';
import type { PageLoad } from './$types';

/** The page data carries the rows packed (lib/chart-rows.ts); the components get rows. */
export const load: PageLoad = ({ data }) => ({
  ...data,
  displacement: unpackDisplacement(data.displacement),
  casualties: unpackCasualties(data.casualties),
  territory: unpackTerritory(data.territory),
});
