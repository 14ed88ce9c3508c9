/**
 * actor_text -> actor class and name through the ACTORS registry. Among the aliases found in the phrase a named
 * group beats a generic word ("ISIS insurgents" is Islamic State, not "insurgents"; "ISIS jihadists" is not HTS),
 * then the longest alias wins ("pro-regime forces" over "regime").
 */
import { ACTORS, foldName, type ActorClass, type ActorEntry } from '@frontline/schema';
import { byLength, findAliases, type AliasHit } from './aliases.ts';

/** Aliases that name a kind of fighter rather than a group; any named group found next to them wins. */
const GENERIC = new Set(
  [
    'rebels', 'rebel', 'rebel forces', 'rebel fighters', 'rebel groups', 'rebel factions', 'insurgents', 'militants',
    'opposition', 'opposition forces', 'opposition fighters', 'opposition factions', 'opposition groups', 'armed opposition',
    'jihadists', 'jihadist group', 'troops', 'army', 'the army', 'regime', 'the regime', 'the government', 'loyalists',
  ].map(foldName),
);

export interface ActorResult {
  actor: ActorClass | '';
  actor_name: string;
}

const isGeneric = (hit: AliasHit<ActorEntry>): boolean => GENERIC.has(foldName(hit.alias));

export function resolveActor(actorText: string): ActorResult {
  if (actorText.trim() === '') return { actor: '', actor_name: '' };
  const hits = findAliases(actorText, ACTORS, (e) => e.aliases);
  if (hits.length === 0) return { actor: '', actor_name: '' };
  const best = [...hits].sort((a, b) => Number(isGeneric(a)) - Number(isGeneric(b)) || byLength(a, b))[0]!;
  return { actor: best.entry.class, actor_name: best.entry.name };
}
