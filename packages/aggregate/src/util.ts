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
