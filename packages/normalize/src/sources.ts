/**
 * reporter_texts -> reported_by names through the SOURCES registry: the longest alias found in each text names the
 * source ("the UN Office for the Coordination of Humanitarian Affairs" -> "UN OCHA", not "United Nations"); a registry anaphor
 * ("the Observatory") counts when no alias is found; anything else (a named person, an unlisted outlet) is kept as
 * written without its leading article, so nothing is lost. De-duplicated, in order.
 */
import { SOURCES, type SourceEntry } from '@frontline/schema';
import { asWritten, byLength, findAliases } from './aliases.ts';

// Module-level accessors: findAliases indexes a registry's aliases once per accessor.
const aliasesOf = (e: SourceEntry) => e.aliases;
const anaphoraOf = (e: SourceEntry) => e.anaphora ?? [];

export function resolveSource(text: string): string {
  const hits = findAliases(text, SOURCES, aliasesOf).sort(byLength);
  if (hits.length > 0) return hits[0]!.entry.name;
  const anaphora = findAliases(text, SOURCES, anaphoraOf).sort(byLength);
  if (anaphora.length > 0) return anaphora[0]!.entry.name;
  return asWritten(text);
}

export function resolveSources(texts: string[]): string[] {
  const names = texts.filter((t) => t.trim() !== '').map(resolveSource).filter((n) => n !== '');
  return [...new Set(names)];
}
