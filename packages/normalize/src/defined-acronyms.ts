/**
 * "the Arakan Army (AA)", "the Eritrean Defence Forces (EDF)": an acronym an article defines in brackets right after
 * a named group of the actor registry stands for that group in that article. Without it "AA troops" or "EDF troops"
 * is read by the role word alone, as the article country's own forces. Only acronyms the registry does not know (a
 * short acronym such as "AA" is too ambiguous to register for every article), and only where the acronym spells the
 * initials of the words before the bracket and those words are a spelling of the group (not a role: "Government
 * Forces (GF)" defines nothing).
 */
import { ACTORS, type ActorEntry } from '@frontline/schema';
import { findAliases } from './aliases.ts';

const BRACKETED = /\(([A-Z]{2,6})\)/g;
const aliasesOf = (e: ActorEntry) => e.aliases;
const fold = (s: string) => s.toLowerCase().replace(/[’`]/g, "'");

/** The registry's named (not generic, not role) entry spelled exactly by `name`, if any. */
function namedEntry(name: string, registry: ActorEntry[]): ActorEntry | undefined {
  return findAliases(name, registry, aliasesOf).find(
    (h) => !h.entry.role && !h.entry.generic.includes(h.alias) && fold(h.alias) === fold(name),
  )?.entry;
}

/** The words right before `at` whose initials spell the acronym, as one name; '' when they do not. */
function nameBefore(text: string, at: number, acronym: string): string {
  const words = text.slice(Math.max(0, at - 120), at).trimEnd().split(/\s+/).slice(-acronym.length);
  const initials = words.map((w) => w.charAt(0)).join('');
  return words.length === acronym.length && initials === acronym ? words.join(' ') : '';
}

/** The article's own acronyms of registry groups, each as an entry of that group with the acronym as its one alias. */
export function definedAcronyms(text: string, registry: ActorEntry[] = ACTORS): ActorEntry[] {
  const defined = new Map<string, ActorEntry>();
  for (const m of text.matchAll(BRACKETED)) {
    const acronym = m[1]!;
    if (defined.has(acronym) || findAliases(acronym, registry, aliasesOf).some((h) => h.alias === acronym)) continue;
    const name = nameBefore(text, m.index!, acronym);
    const entry = name ? namedEntry(name, registry) : undefined;
    if (entry) defined.set(acronym, { ...entry, aliases: [acronym], local: [], generic: [] });
  }
  return [...defined.values()];
}
