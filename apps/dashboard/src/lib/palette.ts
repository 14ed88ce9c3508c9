/**
 * Okabe-Ito: eight colours told apart with every common colour-vision deficiency.
 * Black is left out (it is the text colour), so categories cycle through seven.
 */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'];

/** Every reporter past the seven most frequent: one neutral grey (3.3:1 on white), named "other reporters". */
export const OTHER_REPORTERS = '#8c8c8c';

/**
 * A stable colour per reporter that never repeats: the seven most frequent reporters of the whole data (`ranked`,
 * most first; the same on every page and under every filter) get the seven colours, every other one the grey.
 * A key naming several reporters ("A; B") takes its first reporter's colour.
 */
export function reporterColours(ranked: string[], keys: string[]): Map<string, string> {
  const own = new Map(ranked.slice(0, OKABE_ITO.length).map((name, i) => [name, OKABE_ITO[i]]));
  return new Map(keys.map((key) => [key, own.get(key.split('; ')[0]) ?? OTHER_REPORTERS]));
}

/** Sides of the conflict: fixed colours so a map and its legend agree across pages. */
export const ACTOR_COLOURS: Record<string, string> = {
  government: '#D55E00',
  opposition: '#009E73',
  isis: '#000000',
  turkey: '#CC79A7',
  kurdish: '#E69F00',
};
export const UNKNOWN_ACTOR = '#999999';

export function actorColour(actor: string): string {
  return ACTOR_COLOURS[actor] ?? UNKNOWN_ACTOR;
}

/** Victim groups of casualty figures. */
export const GROUP_COLOURS: Record<string, string> = {
  civilians: '#0072B2',
  children: '#CC79A7',
  women: '#E69F00',
  government_forces: '#D55E00',
  opposition_fighters: '#009E73',
  isis_fighters: '#000000',
  people: '#56B4E9',
};

export function groupColour(group: string): string {
  return GROUP_COLOURS[group] ?? '#999999';
}
