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

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The lightest background a mark is drawn on: the map's sea (plots are white, land is lighter than the sea). */
export const PLOT_BACKGROUND = '#e4edf4';

const cache = new Map<string, string>();
/**
 * The colour darkened in steps (same hue) until it has 3:1 contrast with the plot background (WCAG 1.4.11,
 * non-text contrast): the edge of every mark, so yellow or sky blue marks stay visible while their fill keeps the
 * palette's colour.
 */
export function edgeColour(hex: string): string {
  const hit = cache.get(hex);
  if (hit) return hit;
  let [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let out = hex;
  for (let i = 0; i < 40 && contrast(out, PLOT_BACKGROUND) < 3; i++) {
    [r, g, b] = [r, g, b].map((c) => Math.floor(c * 0.93));
    out = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  }
  cache.set(hex, out);
  return out;
}
