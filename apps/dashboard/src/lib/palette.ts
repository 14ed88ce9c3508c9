/**
 * Okabe-Ito: eight colours told apart with every common colour-vision deficiency.
 * Black is left out (it is the text colour), so categories cycle through seven.
 */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'];

/** A stable colour per category: the order of first appearance in a sorted list of all categories. */
export function categoryColours(categories: string[]): Map<string, string> {
  const sorted = [...new Set(categories)].sort((a, b) => a.localeCompare(b));
  return new Map(sorted.map((c, i) => [c, OKABE_ITO[i % OKABE_ITO.length]]));
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
