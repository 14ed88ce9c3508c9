/**
 * The figure in persons. Displacement and casualty figures counted in persons are persons already; figures counted in
 * families or households are multiplied by HOUSEHOLD_SIZE (the planning figure of humanitarian actors in north-west
 * Syria; stated in the datapackage). Counts of places or kilometres, and territory facts, have no persons figure.
 */
import { HOUSEHOLD_SIZE, type Kind, type Unit } from '@frontline/schema';
import type { Range } from './quantity.ts';

const NONE: Range = { low: null, best: null, high: null };

const times = (v: number | null, k: number): number | null => (v === null ? null : v * k);

/** Persons per unit counted, or null when the unit does not count people. '' is read as persons. */
export function personsPerUnit(kind: Kind, unit: Unit | ''): number | null {
  if (kind === 'territory') return null;
  if (unit === 'persons' || unit === '') return 1;
  if (unit === 'families' || unit === 'households') return HOUSEHOLD_SIZE;
  return null;
}

export function toPersons(kind: Kind, unit: Unit | '', count: Range): Range {
  const k = personsPerUnit(kind, unit);
  if (k === null) return NONE;
  return { low: times(count.low, k), best: times(count.best, k), high: times(count.high, k) };
}
