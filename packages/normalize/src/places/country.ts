/**
 * The country an article is about, from what it names: its places (a mention whose every candidate lies in one
 * country), country names and demonyms. Places weigh most, then names, then demonyms (an article about Ukraine says
 * "Russian forces" all the time; its places are Ukrainian). A place known only by a loose spelling (a transliteration
 * variant of a region pack's name) weighs as a name: an Iraqi article's unknown villages find loose namesakes among a
 * Syrian pack's thousands, and four of them must not outvote the city, the name and the demonyms it spells out. A tie
 * or no evidence gives '' (no country assumed).
 */
import { findAliases, outermost, type AliasHit } from '../aliases.ts';
import type { Gazetteer } from './gazetteer.ts';
import { worldAreaWords } from './admin1-forms.ts';

export const COUNTRY_WEIGHTS = { place: 3, loose: 1, name: 1, demonym: 0.5 };

const LABELS: Record<string, string> = { loose: 'loose place' };

/** The country a place mention votes for, and whether it was found by a loose spelling only. */
export interface PlaceVote {
  country: string;
  loose: boolean;
}

export interface CountryEvidence {
  country: string;
  /** "UA: 4 places, 2 names; RU: 3 demonyms" */
  evidence: string;
  /** Codes of the countries the text names by a name or demonym, sorted. */
  named?: string[];
}

function add(scores: Map<string, Record<string, number>>, code: string, what: keyof typeof COUNTRY_WEIGHTS): void {
  const s = scores.get(code) ?? { place: 0, loose: 0, name: 0, demonym: 0 };
  s[what]! += 1;
  scores.set(code, s);
}

const total = (s: Record<string, number>): number =>
  Object.entries(COUNTRY_WEIGHTS).reduce((sum, [k, w]) => sum + (s[k] ?? 0) * w, 0);

/**
 * `text`: the article (or what of it is at hand); `votes`: for each distinct place mention whose candidates lie in one
 * country, that country.
 */
// Module-level accessors: findAliases indexes a registry's aliases once per accessor.
const namesOf = (c: Gazetteer['countries'][number]) => c.names;
const demonymsOf = (c: Gazetteer['countries'][number]) => c.demonyms;

export function articleCountry(text: string, votes: PlaceVote[], gz: Gazetteer): CountryEvidence {
  const scores = new Map<string, Record<string, number>>();
  for (const v of votes) add(scores, v.country, v.loose ? 'loose' : 'place');
  const { names, demonyms } = countryWords(text, gz);
  for (const code of names) add(scores, code, 'name');
  for (const code of demonyms) add(scores, code, 'demonym');
  const named = [...new Set([...names, ...demonyms])].sort();
  const ranked = [...scores.entries()].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1));
  const evidence = ranked
    .slice(0, 3)
    .map(([code, s]) => `${code}: ${Object.entries(s).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${LABELS[k] ?? k}${n === 1 ? '' : 's'}`).join(', ')}`)
    .join('; ');
  const [first, second] = ranked;
  if (!first || (second && total(second[1]) === total(first[1]))) return { country: '', evidence, named };
  return { country: first[0], evidence, named };
}

/**
 * The country code of each country name and each demonym the text uses, in text order. A word that is both a name and
 * a demonym of its country ("Saudi" in "the pro-Saudi factions", "the Saudi-led coalition") is counted once, as a
 * demonym: it is mostly the adjective, and counted twice it made a neighbour's adjective outvote the country named.
 */
function countryWords(text: string, gz: Gazetteer): { names: string[]; demonyms: string[] } {
  const alsoDemonym = (hit: AliasHit<Gazetteer['countries'][number]>) => hit.entry.demonyms.some((d) => sameWord(d, hit.alias));
  return {
    names: outermost(findAliases(withoutAreaNames(text), gz.countries, namesOf)).filter((hit) => !alsoDemonym(hit)).map((hit) => hit.entry.code),
    demonyms: findAliases(text, gz.countries, demonymsOf).map((hit) => hit.entry.code),
  };
}

const sameWord = (a: string, b: string): boolean => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

/** Codes of the countries the text names by a name or demonym, sorted. */
export function countriesNamed(text: string, gz: Gazetteer): string[] {
  const { names, demonyms } = countryWords(text, gz);
  return [...new Set([...names, ...demonyms])].sort();
}

let areaName: RegExp | undefined;
/**
 * The text with every name closed by a region word blanked ("Niger State", "Niger state"): Nigeria's state names
 * no country. Only capitalised names, before a region word of packs/world/admin1-words.csv.
 */
function withoutAreaNames(text: string): string {
  const words = worldAreaWords();
  if (words.length === 0) return text;
  const either = (w: string) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`;
  areaName ??= new RegExp(String.raw`\b\p{Lu}[\p{L}'’-]*(?=\s+(?:${words.map(either).join('|')})\b)`, 'gu');
  return text.replace(areaName, (m) => ' '.repeat(m.length));
}
