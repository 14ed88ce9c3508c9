/**
 * The country an article is about, from what it names: its places (a mention whose every candidate lies in one
 * country), country names and demonyms. Places weigh most, then names, then demonyms (an article about Ukraine says
 * "Russian forces" all the time; its places are Ukrainian). A tie or no evidence gives '' (no country assumed).
 */
import { findAliases } from '../aliases.ts';
import type { Gazetteer } from './gazetteer.ts';

export const COUNTRY_WEIGHTS = { place: 3, name: 1, demonym: 0.5 };

export interface CountryEvidence {
  country: string;
  /** "UA: 4 places, 2 names; RU: 3 demonyms" */
  evidence: string;
}

function add(scores: Map<string, Record<string, number>>, code: string, what: keyof typeof COUNTRY_WEIGHTS): void {
  const s = scores.get(code) ?? { place: 0, name: 0, demonym: 0 };
  s[what]! += 1;
  scores.set(code, s);
}

const total = (s: Record<string, number>): number =>
  Object.entries(COUNTRY_WEIGHTS).reduce((sum, [k, w]) => sum + (s[k] ?? 0) * w, 0);

/**
 * `text`: the article (or what of it is at hand); `placeCountries`: for each distinct place mention, the set of
 * countries its candidates lie in.
 */
// Module-level accessors: findAliases indexes a registry's aliases once per accessor.
const namesOf = (c: Gazetteer['countries'][number]) => c.names;
const demonymsOf = (c: Gazetteer['countries'][number]) => c.demonyms;

export function articleCountry(text: string, placeCountries: Set<string>[], gz: Gazetteer): CountryEvidence {
  const scores = new Map<string, Record<string, number>>();
  for (const set of placeCountries) if (set.size === 1) add(scores, [...set][0]!, 'place');
  for (const hit of findAliases(text, gz.countries, namesOf)) add(scores, hit.entry.code, 'name');
  for (const hit of findAliases(text, gz.countries, demonymsOf)) add(scores, hit.entry.code, 'demonym');
  const ranked = [...scores.entries()].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1));
  const evidence = ranked
    .slice(0, 3)
    .map(([code, s]) => `${code}: ${Object.entries(s).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}${n === 1 ? '' : 's'}`).join(', ')}`)
    .join('; ');
  const [first, second] = ranked;
  if (!first || (second && total(second[1]) === total(first[1]))) return { country: '', evidence };
  return { country: first[0], evidence };
}
