import { displacementRows } from '$lib/server/rows.ts';

export function load() {
  return { rows: displacementRows() };
}
