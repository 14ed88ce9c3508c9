/**
 * The rows the overview draws, of each table: its headline series. The page applies them to its rows, and the data
 * step ships the overview only the rows they keep (lib/server/detail.ts), since they depend on no filter: at
 * 10,000 articles the overview carried all 61,000 chart rows (11.9 MB of page data to parse and unpack) to draw
 * fewer than 10,000 of them.
 */
import { taken } from './territory.ts';
import type { CasualtyRow, DisplacementRow, TerritoryRow } from './types.ts';

/** Best-available claims of people displaced: flows only (the stock of displaced people has its own chart). */
export const headlineDisplaced = (r: DisplacementRow) => r.best_available && r.category === 'displaced';

/** Civilians killed. */
export const headlineKilled = (r: CasualtyRow) => r.category === 'killed' && r.group === 'civilians';

/** Places taken (captured or entered, with a day). */
export const headlineTaken = (r: TerritoryRow) => taken(r);
