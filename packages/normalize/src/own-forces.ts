/**
 * A casualty group read in the article's country. Extract reads fighters named for a nation ("12 Iraqi soldiers",
 * "Turkish troops") as foreigners, as Syria's war has them, and keeps the nation word (`group_nation`). In an article
 * about that nation's own country they are its state's forces, the government side of its war.
 */
import type { ExtractedFact, Group } from '@frontline/schema';
import type { ActorContext } from './actors.ts';

export function groupInCountry(x: ExtractedFact, scope: ActorContext): Group | '' {
  if (x.group !== 'people' || !x.group_nation || !scope.country) return x.group;
  const own = scope.countries?.find((c) => c.code === scope.country);
  const word = x.group_nation.toLowerCase();
  const names = own ? [own.code, ...own.names, ...own.demonyms].map((n) => n.toLowerCase()) : [];
  return names.includes(word) ? 'government_forces' : x.group;
}
