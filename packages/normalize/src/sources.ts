/**
 * reporter_texts -> reported_by names through the SOURCES registry: the longest alias found in each text names the
 * source ("the UN Office for the Coordination of Humanitarian Affairs" -> "UN OCHA", not "United Nations"); a registry anaphor
 * ("the Observatory") counts when no alias is found; anything else (a named person, an unlisted outlet) is kept as
 * written without its leading article, so nothing is lost. De-duplicated, in order.
 */
import { SOURCES, type SourceEntry } from '@frontline/schema';
import { asWritten, byLength, findAliases, type AliasHit } from './aliases.ts';

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

/**
 * `country`: the article's (ISO alpha-2, '' unknown), which bounds the sources common nouns can name. `registry`: the
 * sources registry, or it with a user's rows (`parseSources`).
 */
export function resolveSource(text: string, country = '', registry: SourceEntry[] = SOURCES): string {
  const hits = findAliases(text, registry, aliasesOf).filter((h) => !elsewhere(h, country)).sort(byLength);
  if (hits.length > 0) return hits[0]!.entry.name;
  const anaphora = findAliases(text, registry, anaphoraOf).sort(byLength);
  if (anaphora.length > 0) return anaphora[0]!.entry.name;
  return asWritten(text);
}

export function resolveSources(texts: string[], country = ''): string[] {
  const names = texts.filter((t) => t.trim() !== '').map((t) => resolveSource(t, country)).filter((n) => n !== '');
  return [...new Set(names)];
}
