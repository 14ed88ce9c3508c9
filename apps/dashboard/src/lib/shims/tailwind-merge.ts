/**
 * Stand-in for `tailwind-merge`, which LayerChart reaches through `@layerstack/tailwind`'s `cls()` (issue 11).
 *
 * tailwind-merge resolves conflicts between Tailwind utility classes ("p-2 p-4" keeps "p-4"): about 9 KB of gzip
 * JavaScript on every chart page. This dashboard uses no Tailwind; LayerChart's own classes (`lc-*`) and ours are
 * not Tailwind utilities, and tailwind-merge keeps such classes as they come, so joining them is the same result.
 * vite.config.ts aliases the package here for the browser and the prerender alike (same HTML on both sides).
 */
type ClassValue = string | false | null | undefined | 0 | ClassValue[];

/** The class names in order, one space between them; empty and false values dropped, as tailwind-merge does. */
export function twJoin(...inputs: ClassValue[]): string {
  const out: string[] = [];
  const add = (value: ClassValue): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (typeof value === 'string') out.push(...value.split(/\s+/).filter(Boolean));
  };
  inputs.forEach(add);
  return out.join(' ');
}

export const twMerge = twJoin;

/** Its configuration extends Tailwind's class groups, which a join has no use for. */
export function extendTailwindMerge(..._config: unknown[]): typeof twJoin {
  return twJoin;
}
