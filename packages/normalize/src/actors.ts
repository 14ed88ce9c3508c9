/**
 * actor_text -> actor class and name through the ACTORS registry, read in the article's country. Among the
 * spellings found in the phrase a named group beats a generic role ("ISIS insurgents" is Islamic State, not
 * "insurgents"), then the longest spelling wins ("pro-regime forces" over "regime"), then an entry of the article's
 * country. A spelling marked local holds only in an article about its country ("the regime", or "Russian forces" as
 * the Syrian government's side); a role ("the army", "rebels") is the article country's. A state's forces in an
 * article about another country are `foreign:<ISO2>` (corpus/README.md, territory actors).
 */
import { ACTORS, foreignClass, type ActorClass, type ActorEntry } from '@frontline/schema';
import { byLength, findAliases, type AliasHit } from './aliases.ts';

export interface ActorResult {
  actor: ActorClass | '';
  actor_name: string;
}

/** What resolution needs of the article: its country ('' unknown) and the countries' names and demonyms. */
export interface ActorContext {
  country?: string;
  countries?: { code: string; names: string[]; demonyms: string[] }[];
  /** Groups the article names by an acronym it defines ("the Arakan Army (AA)"): `definedAcronyms`. */
  defined?: ActorEntry[];
}

const NONE: ActorResult = { actor: '', actor_name: '' };

const isGeneric = (h: AliasHit<ActorEntry>): boolean => h.entry.generic.includes(h.alias);

/** Generic words last, then the longest spelling, then the article country's own entry; ties keep registry order. */
function rank(country: string) {
  return (a: AliasHit<ActorEntry>, b: AliasHit<ActorEntry>): number =>
    Number(isGeneric(a)) - Number(isGeneric(b)) || byLength(a, b) || Number(b.entry.country === country) - Number(a.entry.country === country);
}

function actorClass(entry: ActorEntry, country: string): ActorClass {
  if (entry.class !== 'government' || entry.role || !country || entry.country === country) return entry.class;
  return foreignClass(entry.country);
}

/** "{state}" and "{demonym}" of a role's name, for the article's country; without one, the words drop out. */
function roleName(entry: ActorEntry, scope: ActorContext, registry: ActorEntry[]): string {
  const country = scope.country ?? '';
  const names = scope.countries?.find((c) => c.code === country);
  const demonym = country ? names?.demonyms[0] ?? names?.names[0] ?? country : '';
  const state = registry.find((e) => !e.role && e.class === 'government' && country && e.country === country)?.name ?? `${demonym} government forces`;
  return entry.name.replace('{state}', state).replace('{demonym}', demonym).replace(/\s+/g, ' ').trim();
}

// A module-level accessor: findAliases indexes a registry's aliases once per accessor.
const aliasesOf = (e: ActorEntry) => e.aliases;

export function resolveActor(actorText: string, scope: ActorContext = {}, registry: ActorEntry[] = ACTORS): ActorResult {
  if (actorText.trim() === '') return NONE;
  const country = scope.country ?? '';
  const defined = scope.defined?.length ? findAliases(actorText, scope.defined, aliasesOf) : [];
  const hits = [...actorHits(actorText, country, registry), ...defined];
  if (hits.length === 0) return NONE;
  const hit = [...hits].sort(rank(country))[0]!;
  const best = hit.entry;
  // "Turkish security forces" in an article about Iraq: a state's role after a nation's word is that nation's forces,
  // as the registry has them ("Turkish forces"; in a Syrian article "Russian forces" is the government's side).
  const nation = best.role && best.class === 'government' ? nationBefore(actorText, hit.alias, scope) : null;
  if (nation) {
    const named = actorHits(`${nation.word} forces`, country, registry).filter((h) => !h.entry.role).sort(rank(country))[0]?.entry;
    if (named) return { actor: actorClass(named, country), actor_name: named.name };
    return { actor: actorClass({ ...best, role: false, country: nation.code }, country), actor_name: roleName(best, { ...scope, country: nation.code }, registry) };
  }
  return { actor: actorClass(best, country), actor_name: best.role ? roleName(best, scope, registry) : best.name };
}

/**
 * The country whose demonym or name stands right before a role's spelling in the actor words ("Turkish security
 * forces", "Kenyan troops"), and that word; null when none does. The role is the article country's only when no
 * nation is named.
 */
function nationBefore(actorText: string, alias: string, scope: ActorContext): { code: string; word: string } | null {
  const at = actorText.toLowerCase().lastIndexOf(alias.toLowerCase());
  const word = at > 0 ? /([\p{L}'’-]+)\s+$/u.exec(actorText.slice(0, at))?.[1]?.replace(/['’]s$/, '') : undefined;
  if (!word) return null;
  const code = scope.countries?.find((c) => [...c.demonyms, ...c.names].some((w) => w.toLowerCase() === word.toLowerCase()))?.code;
  return code ? { code, word } : null;
}

/**
 * The registry's spellings in the actor words, in the article's country. Extract drops the article before a role
 * ("The military recaptured the base" gives "military"): a role the registry spells only with it ("the military",
 * "the junta") is looked for with it put back, as the text had it.
 */
function actorHits(actorText: string, country: string, registry: ActorEntry[]): AliasHit<ActorEntry>[] {
  const inCountry = (h: AliasHit<ActorEntry>) => h.entry.country === country || !h.entry.local.includes(h.alias);
  const hits = findAliases(actorText, registry, aliasesOf).filter(inCountry);
  if (hits.length > 0 || /^\s*the\s/i.test(actorText)) return hits;
  return findAliases(`the ${actorText.trimStart()}`, registry, aliasesOf).filter(inCountry);
}
