/**
 * One field of a fact set by a person: the value is checked against the vocabularies and the gazetteer, and the
 * fields that follow from it are recomputed (persons from count and unit, coordinates and admin1 from the place).
 * A value that does not fit returns an error message, and the fact is left as it was.
 */
import { ACTOR_CLASSES, CATEGORIES, GROUPS, UNITS, type Fact, type Group, type Unit } from '@frontline/schema';
import { toPersons } from '../persons.ts';
import { resolveActor, type ActorContext } from '../actors.ts';
import { resolveSources } from '../sources.ts';
import { factPlaces, type MentionResolution } from '../places/index.ts';
import { placeById, type Gazetteer } from '../places/gazetteer.ts';
import type { CHANGE_FIELDS } from './read.ts';

export type ChangeField = (typeof CHANGE_FIELDS)[number];
export type Changed = { fact: Fact; original: string } | { error: string };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const show = (v: unknown) => (Array.isArray(v) ? v.join(';') : v === null || v === undefined ? '' : String(v));

function withCount(f: Fact, low: number, best: number, high: number): Fact {
  const persons = toPersons(f.kind, f.unit, { low, best, high });
  return { ...f, count_low: low, count_best: best, count_high: high, vague: false, persons_low: persons.low, persons_best: persons.best, persons_high: persons.high };
}

function count(f: Fact, v: string): Changed {
  const n = Number(v);
  if (v === '' || !Number.isFinite(n) || n < 0) return { error: `count ${JSON.stringify(v)} is not a number >= 0` };
  return { fact: withCount(f, n, n, n), original: show(f.count_best) };
}

/** `low..high` or `low..best..high`. */
function range(f: Fact, v: string): Changed {
  const parts = v.split('..').map(Number);
  if (!/^\d+(\.\d+)?(\.\.\d+(\.\d+)?){1,2}$/.test(v) || parts.some((p, i) => i > 0 && p < parts[i - 1]!)) {
    return { error: `range ${JSON.stringify(v)} is not low..high or low..best..high, in order` };
  }
  const [low, best, high] = parts.length === 2 ? [parts[0]!, parts[0]!, parts[1]!] : (parts as [number, number, number]);
  return { fact: withCount(f, low, best, high), original: `${show(f.count_low)}..${show(f.count_best)}..${show(f.count_high)}` };
}

/** Days `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD`. */
export function period(v: string): { start: string; end: string } | null {
  const [start, end = start] = v.split('..');
  return start && ISO_DAY.test(start) && ISO_DAY.test(end) && start <= end && !Number.isNaN(Date.parse(end)) ? { start, end } : null;
}

/** Place ids (';'-separated) as the gazetteer (with the corrections' places) knows them. */
export function placesOf(v: string, gz: Gazetteer): Pick<Fact, 'places' | 'place_ids' | 'place_precision' | 'admin1' | 'latitude' | 'longitude'> | string {
  const ids = v.split(';').map((s) => s.trim()).filter((s) => s !== '');
  const resolutions: MentionResolution[] = [];
  for (const id of ids) {
    const row = placeById(gz, id);
    if (!row) return `no place ${id} in the region packs or the corrections' places`;
    const place = { mention: row.name, place_id: row.id, name: row.name, admin1: row.admin1, country: row.country, latitude: row.latitude, longitude: row.longitude, precision: row.precision };
    resolutions.push({ mention: { text: row.name, start: 0, end: 0, feature_hint: '', admin_hint: '', near: false }, place, reason: 'correction' } as MentionResolution);
  }
  const { place_mentions: _asWritten, ...where } = factPlaces(resolutions);
  return where;
}

export function actorOf(v: string, scope: ActorContext, klass = ''): Pick<Fact, 'actor' | 'actor_name'> | string {
  const known = resolveActor(v, scope);
  if (known.actor) return known;
  if ((ACTOR_CLASSES as readonly string[]).includes(klass) || /^foreign:[A-Z]{2}$/.test(klass)) return { actor: klass as Fact['actor'], actor_name: v };
  return `actor ${JSON.stringify(v)} is in no registry: give its class (${ACTOR_CLASSES.join(', ')}, foreign:XX)`;
}

/** The fact with `field` set to `value`, and the value it had; or why the value does not fit. */
export function changeField(f: Fact, field: ChangeField, value: string, gz: Gazetteer, scope: ActorContext): Changed {
  switch (field) {
    case 'count':
      return count(f, value);
    case 'range':
      return range(f, value);
    case 'category':
      return (CATEGORIES[f.kind] as readonly string[]).includes(value)
        ? { fact: { ...f, category: value as Fact['category'] }, original: f.category }
        : { error: `category ${JSON.stringify(value)} is not one of ${CATEGORIES[f.kind].join(', ')} (a ${f.kind} fact)` };
    case 'group':
      return value === '' || (GROUPS as readonly string[]).includes(value)
        ? { fact: { ...f, group: value as Group | '' }, original: f.group }
        : { error: `group ${JSON.stringify(value)} is not one of ${GROUPS.join(', ')}` };
    case 'unit': {
      if (!(UNITS as readonly string[]).includes(value)) return { error: `unit ${JSON.stringify(value)} is not one of ${UNITS.join(', ')}` };
      const moved = { ...f, unit: value as Unit };
      return { fact: f.count_best === null ? moved : withCount(moved, f.count_low!, f.count_best, f.count_high!), original: f.unit };
    }
    case 'place': {
      const where = placesOf(value, gz);
      return typeof where === 'string' ? { error: where } : { fact: { ...f, ...where, admin1_basis: where.admin1.length ? 'stated' : '' }, original: show(f.place_ids) };
    }
    case 'period': {
      const p = period(value);
      if (!p) return { error: `period ${JSON.stringify(value)} is not YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD` };
      const precision = p.start === p.end ? 'day' : f.date_precision;
      return { fact: { ...f, period_start: p.start, period_end: p.end, date_precision: precision }, original: `${f.period_start}..${f.period_end}` };
    }
    case 'actor': {
      const actor = value === '' ? { actor: '' as const, actor_name: '' } : actorOf(value, scope);
      return typeof actor === 'string' ? { error: actor } : { fact: { ...f, ...actor }, original: f.actor_name };
    }
    case 'reporter':
      return { fact: { ...f, reported_by: resolveSources(value.split(';')) }, original: show(f.reported_by) };
  }
}
