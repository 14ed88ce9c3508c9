/**
 * A sea or ocean a first-level area is named after ("Red Sea": Sudan's Red Sea State, Egypt's Red Sea Governorate).
 * A report names the water far more often than the area ("Yemen's Red Sea port city", "attacks on shipping in the Red
 * Sea"), so the name is the area only where the text gives it the area's word ("Red Sea State", "the Red Sea
 * governorate"); otherwise it is no place of the fact and gives no admin1. The names are data (data/water-names.csv).
 */
import { foldName, parseRegistry, readDataText, type DataHome } from '@frontline/schema';

const HOME: DataHome = { from: import.meta.url, dir: '../../data/', pkg: '@frontline/normalize' };

const WATER = new Set(parseRegistry(readDataText(HOME, 'water-names.csv'), 'water-names.csv', ['name', 'note']).map((r) => foldName(r.name!)));

/** The mention's name (a leading "the" aside) is a sea's or an ocean's. */
export function isWaterName(text: string): boolean {
  return WATER.has(foldName(text.replace(/^the\s+/i, '')));
}
