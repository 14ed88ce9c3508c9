/**
 * "the Arakan Army (AA)", "the Eritrean Defence Forces (EDF)": an acronym an article defines in brackets right after
 * a named group of the actor registry stands for that group in that article. Without it "AA troops" or "EDF troops"
 * is read by the role word alone, as the article country's own forces. Only acronyms the registry does not know (a
 * short acronym such as "AA" is too ambiguous to register for every article), and only where the acronym spells the
 * initials of the name before the bracket (the NLP package's `acronymDefinitions`) and that name is a spelling of the
 * group (not a role: "Government Forces (GF)" defines nothing).
 */
import { acronymDefinitions } from '@frontline/nlp';
import { ACTORS, type ActorEntry } from '@frontline/schema';
import { findAliases } from './aliases.ts';

const aliasesOf = (e: ActorEntry) => e.aliases;
const fold = (s: string) => s.toLowerCase().replace(/[’`]/g, "'");

/** The registry's named (not generic, not role) entry spelled exactly by `name`, if any. */
function namedEntry(name: string, registry: ActorEntry[]): ActorEntry | undefined {
  return findAliases(name, registry, aliasesOf).find(
    (h) => !h.entry.role && !h.entry.generic.includes(h.alias) && fold(h.alias) === fold(name),
  )?.entry;
}

/** The article's own acronyms of registry groups, each as an entry of that group with the acronym as its one alias. */
export function definedAcronyms(text: string, registry: ActorEntry[] = ACTORS): ActorEntry[] {
  const defined = new Map<string, ActorEntry>();
  for (const { acronym, name } of acronymDefinitions(text)) {
    if (defined.has(acronym) || findAliases(acronym, registry, aliasesOf).some((h) => h.alias === acronym)) continue;
    const entry = namedEntry(name, registry);
    if (entry) defined.set(acronym, { ...entry, aliases: [acronym], local: [], generic: [] });
  }
  return [...defined.values()];
}
