import { unpackDisplacement } from '$lib/chart-rows.ts';
import type { PageLoad } from './$types';

/** The page data carries the rows packed (lib/chart-rows.ts); the components get rows. */
export const load: PageLoad = ({ data }) => ({ ...data, rows: unpackDisplacement(data.rows) });
