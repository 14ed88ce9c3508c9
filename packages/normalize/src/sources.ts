/**
 * reporter_texts -> reported_by names through the SOURCES registry: the longest alias found in each text names the
 * source ("the UN Office for the Coordination of Humanitarian Affairs" -> "UN OCHA", not "United Nations"); a registry anaphor
 * ("the Observatory") counts when no alias is found; anything else (a named person, an unlisted outlet) is kept as
 * written without its leading article, so nothing is lost. De-duplicated, in order.
 */
import { SOURCES, parseRegistry, readDataText, readPackCountries, type DataHome, type SourceEntry } from '@frontline/schema';
import { phraseSource } from '@frontline/nlp/dates';
import { asWritten, byLength, findAliases, wordAfter, type AliasHit } from './aliases.ts';

// Module-level accessors: findAliases indexes a registry's aliases once per accessor.
const aliasesOf = (e: SourceEntry) => e.aliases;
const anaphoraOf = (e: SourceEntry) => e.anaphora ?? [];

/**
 * A local alias ("the army") names its source only in an article about the source's country, or of unknown country:
 * in a Somali or Afghan report "the army said" is not the Syrian army. Which aliases are local is data (sources.csv).
 */
function elsewhere(hit: AliasHit<SourceEntry>, country: string): boolean {
  return country !== '' && hit.entry.country !== country && hit.entry.local.includes(hit.alias);
}

/** The packs' countries, read once: their names and demonyms, and the demonym of a country's own forces. */
const PACK_COUNTRIES = readPackCountries();
/** The packs' country names and demonyms, lower-cased, to their country's code. */
const NATION_OF = new Map(PACK_COUNTRIES.flatMap((c) => [...c.names, ...c.demonyms].map((w) => [w.toLowerCase(), c.code] as const)));

/** Kinds of body every nation has its own of (a Red Cross society, a civil defence); an outlet's demonym only describes it. */
const NATIONAL_KINDS = new Set(['ngo', 'rescue']);

/** The word before an alias, one pattern per alias (a registry's aliases are a few hundred; facts are many). */
const BEFORE_ALIAS = new Map<string, RegExp>();
function wordBefore(alias: string): RegExp {
  let re = BEFORE_ALIAS.get(alias);
  if (!re) {
    const escaped = phraseSource(alias);
    BEFORE_ALIAS.set(alias, (re = new RegExp(String.raw`(\p{L}+)\s+${escaped}\b`, 'iu')));
  }
  return re;
}

/**
 * "the Congolese Red Cross", "Lebanese Civil Defense": an aid or rescue body's alias of words (not an acronym) after
 * another nation's name or demonym names that nation's own body, not the registry's source. A nation the source is
 * of, or that its own name holds ("the Syrian White Helmets"), names the source itself.
 */
function nationalBody(text: string, hit: AliasHit<SourceEntry>): boolean {
  if (!NATIONAL_KINDS.has(hit.entry.type) || !/\p{Ll}/u.test(hit.alias)) return false;
  const before = wordBefore(hit.alias).exec(text)?.[1]?.toLowerCase();
  const nation = before ? NATION_OF.get(before) : undefined;
  return !!nation && nation !== hit.entry.country && !hit.entry.name.toLowerCase().includes(before!);
}

const HOME: DataHome = { from: import.meta.url, dir: '../data/', pkg: '@frontline/normalize' };
let outsiders: Set<string> | null = null;

/** The role nouns of people who speak about a body, not for it (data/outside-roles.csv); a broken row stops the stage. */
export function parseOutsideRoles(text: string, file = 'outside-roles.csv'): Set<string> {
  return new Set(parseRegistry(text, file, ['word', 'example']).map((r) => r.word!.toLowerCase()));
}

/**
 * "Russian military bloggers", "Syrian army analysts": a source's alias that only describes the people after it names
 * those people, not the source (a spokesman or an official of the army speaks for it; a blogger does not).
 */
function describesOutsiders(text: string, hit: AliasHit<SourceEntry>): boolean {
  outsiders ??= parseOutsideRoles(readDataText(HOME, 'outside-roles.csv'));
  return outsiders.has(wordAfter(text, hit));
}

/**
 * `country`: the article's (ISO alpha-2, '' unknown), which bounds the sources common nouns can name. `registry`: the
 * sources registry, or it with a user's rows (`parseSources`).
 */
/** A capitalised name's possessive before the next word: "the UN's", "the United Nations'", "the U.N.'s". */
const POSSESSIVE = /(?<=\p{Lu}[\p{L}.]*)(?:['’]s|(?<=s)['’])(?=\s)/gu;
/** The UN's long spellings, which wire copy writes before its agencies' descriptions ("United Nations refugee agency"). */
const UN_LONG = /\b(?:United\s+Nations|U\.N\.)(?=\s)/g;

/**
 * A reporter's words as the registry spells its descriptions: "the UN's refugee agency", "the United Nations' human
 * rights office" and "the U.N.'s humanitarian office" are the registry's "UN refugee agency" and so on. Wire copy
 * writes an agency as its organisation's possessive and a description; the registry lists each description once, in
 * the "UN" spelling. The text as written is searched too: an alias holding a possessive ("Médecins ... People's") stays.
 */
function registrySpelling(text: string): string {
  return text.replace(POSSESSIVE, '').replace(UN_LONG, 'UN');
}

/** The packs' countries by code, for the demonym that names a country's own armed forces. */
const COUNTRY_BY_CODE = new Map(PACK_COUNTRIES.map((c) => [c.code, c] as const));
/** "the army", "the Army's", "the military", "the armed forces", "the army spokesman": the body itself, unnamed. */
const OWN_FORCES = /^(?:the\s+)?(army|military|armed\s+forces)(?:['’]s?)?(?:\s+(?:spokes(?:man|woman|person)|statement))?$/i;

/**
 * "The Army said" in a report about Senegal is Senegal's army, not the registry's Syrian army (a local alias names
 * its source only in its own country): the country's demonym and the noun as written ("Senegalese army"). Without a
 * known country the phrase stays as written.
 */
function ownForces(text: string, country: string): string {
  const m = OWN_FORCES.exec(text.trim());
  // A capitalised noun with no article before it is the tail of a name cut short ("Arakan Army" read as "Army").
  const noun = m && (/^the\s/i.test(m[0]) || m[1] === m[1]!.toLowerCase()) ? m[1] : undefined;
  const demonym = country ? COUNTRY_BY_CODE.get(country)?.demonyms[0] : undefined;
  return noun && demonym ? `${demonym} ${noun.toLowerCase().replace(/\s+/g, ' ')}` : '';
}

export function resolveSource(text: string, country = '', registry: SourceEntry[] = SOURCES): string {
  const keep = (t: string) => (h: AliasHit<SourceEntry>) => !elsewhere(h, country) && !nationalBody(t, h) && !describesOutsiders(t, h);
  const spelt = registrySpelling(text);
  const found = (t: string) => findAliases(t, registry, aliasesOf).filter(keep(t));
  const hits = [...found(text), ...(spelt === text ? [] : found(spelt))].sort(byLength);
  if (hits.length > 0) return hits[0]!.entry.name;
  const anaphora = findAliases(text, registry, anaphoraOf).sort(byLength);
  if (anaphora.length > 0) return anaphora[0]!.entry.name;
  return ownForces(text, country) || asWritten(text);
}

export function resolveSources(texts: string[], country = ''): string[] {
  const names = texts.filter((t) => t.trim() !== '').map((t) => resolveSource(t, country)).filter((n) => n !== '');
  return [...new Set(names)];
}
