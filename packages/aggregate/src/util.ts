import { createHash } from 'node:crypto';

export const uniq = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** Short stable id from parts (same parts, same id). */
export function stableId(prefix: string, parts: string[]): string {
  return `${prefix}-${createHash('sha1').update(parts.join('\n')).digest('hex').slice(0, 10)}`;
}

export function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const dayDiff = (a: string, b: string) => (Date.parse(a) - Date.parse(b)) / 86_400_000;

/** Items grouped by key, groups in first-seen order, items in input order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
