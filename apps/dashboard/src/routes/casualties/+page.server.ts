import { casualtyRows } from '$lib/server/rows.ts';

export function load() {
  return { rows: casualtyRows() };
}
