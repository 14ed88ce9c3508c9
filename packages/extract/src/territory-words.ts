/**
 * Word lists of the territory rules (data/territory-words.csv): the shares that open the next place of a capture
 * list ("and much of X"), the words that undo an assault ("stormed X but was repelled"), an entry short of a capture
 * ("established a presence in X"), an advance that reaches a place or heads towards it, and a noun of ground taken
 * whole that the place after it locates ("the pocket in southern X", "a highway running through X"), the noun of a site after its name ("the X
 * factories", "the X housing project"), a military installation located by "in" or "at" ("the army camp at X"), and a
 * route or work named after a place it only leads to or serves ("the X road", "the X dam"): taking it is not taking X;
 * and a side's verb of leaving ("withdrew", "fled"), after which a capture naming no side is not that side's; a word
 * of degree before a share ("almost all of X", "nearly the entirety of X"), which leaves the share a share of X; a
 * verb that only begins a withdrawal ("began withdrawing from X"), after which X has not changed hands yet; a noun of
 * civilians ("families", "aid workers") or of an armed side ("troops", "gunmen") in the subject of a move ("displaced
 * families entered X" is no side entering X; "the gunmen moved towards X" is an advance); a plural noun of places whose list names the places ("seized several areas, including X"); the words that open a
 * verbless list of what a side gained ("Other gains included: A, B and C"); a verb by which a side only disputes what
 * another said ("The TPLF denied that Axum had fallen"), whose subject acts in no event of the narrative; a noun of violence itself ("attacks", "fighting") as the subject of a
 * move ("as the fighting advanced towards X"): no side gained ground; the verbs that tell a withdrawal as done (`told`),
 * a side's own word on a capture (`announced`), a side's verb of leaving (`leave`) and the link before it (`left-link`:
 * "after the army withdrew"), and the participles of a side made to leave (`made-out`, `made-from`); a noun of ground that needs no determiner
 * (`bare-ground`: "secured areas in the X district"); and the participles of a place that changed hands, one
 * vocabulary for every rule that reads one (cues.ts, reduced-passive.ts, territory.ts, place-totals.ts, places.ts):
 * `taken` ("captured", "overrun", "freed"), read by all; `fallen` ("fell", "fallen"), the place's own verb; `entered`
 * ("stormed", "breached"), force into a place, read where a passive or a place's verb may be an entry; `secured`, read
 * where the place is its subject or a declaration's object; `cleared`, which may speak of mines or rubble, so read only
 * where the clause says it is ground (a declaration, a running count); `held` ("controlled"), a state, read only by a
 * running count of places; `relief` ("rescue", "relieve"), a purpose that makes a move to a place a mission there,
 * no advance on it.
 */
import { parseRegistry } from '@frontline/schema';
import { phraseSource } from '@frontline/nlp/dates';
import { readDataFile } from './data.ts';

const FILE = 'territory-words.csv';
const ROLES = [
  'share', 'degree', 'repelled', 'foothold', 'reach', 'approach', 'ground', 'site', 'installation', 'route', 'withdrawal', 'inceptive', 'civilian', 'armed', 'listed',
  'gains', 'dispute', 'event', 'told', 'announced', 'leave', 'left-link', 'made-out', 'made-from', 'bare-ground',
  'taken', 'fallen', 'entered', 'secured', 'cleared', 'held', 'relief',
] as const;
export type TerritoryRole = (typeof ROLES)[number];

let cached: Map<TerritoryRole, string[]> | null = null;

/** Parses the table's text (a broken row stops the stage with its line). */
export function parseTerritoryWords(text: string, file = FILE): Map<TerritoryRole, string[]> {
  const rows = parseRegistry(text, file, ['phrase', 'role', 'example'], { role: ROLES });
  return new Map(ROLES.map((r) => [r, rows.filter((row) => row.role === r).map((row) => row.phrase!.toLowerCase())]));
}

export function territoryWords(role: TerritoryRole): string[] {
  cached ??= parseTerritoryWords(readDataFile(FILE));
  return cached.get(role) ?? [];
}

/**
 * A regex alternation of the phrases of one or more roles, longest first so "large parts" wins over "parts" (and
 * "retaken" over "taken"); spaces match any run.
 */
export function wordsPattern(...roles: [TerritoryRole, ...TerritoryRole[]]): string {
  const words = roles.flatMap(territoryWords).sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${words.map(phraseSource).join('|')})`;
}
