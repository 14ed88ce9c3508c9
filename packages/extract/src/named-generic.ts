/**
 * Wire copy credits a figure to a kind of source and names it in the next sentence: "Ten people were killed on
 * Thursday, a war monitor said. The Syrian Observatory for Human Rights said most of the dead were civilians." (or
 * names it just before). A figure whose only reporter is such a generic noun ("war monitor", "the ministry", "a UN
 * agency") takes the one source of the same kind that an adjacent sentence names as its own; a source of another
 * kind ("a war monitor said ... the health ministry said") stays apart. The nouns, the source types each may stand
 * for, and the modifiers that say nothing of which source it is are data (data/source-kinds.csv). A back-reference to
 * a source named before ("the monitor added") is attribution.ts's; this reads forward, which it cannot.
 */
import type { ExtractedFact, SourceEntry } from '@frontline/schema';
import { foldName, parseRegistry } from '@frontline/schema';
import { readDataFile } from './data.ts';
import { entryOf } from './reporter-phrase.ts';
import { startsCapital } from './text.ts';
import { hasActorAlias } from './actors.ts';

const FILE = 'source-kinds.csv';

interface Kinds {
  /** Generic head noun -> the registry types it may stand for by type alone ([] when its name must hold the noun). */
  nouns: Map<string, string[]>;
  /** Modifiers that leave the source open: "war", "local". */
  neutral: Set<string>;
  /** Modifiers that say what kind of body it is, by the registry types they fit: "humanitarian" -> ngo, un. */
  described: Map<string, string[]>;
}

let kinds: Kinds | null = null;

/** Parses the table (a broken row stops the stage with its line). */
export function parseSourceKinds(text: string, file = FILE): Kinds {
  const rows = parseRegistry(text, file, ['word', 'kind', 'types', 'example'], { kind: ['noun', 'modifier'] });
  const nouns = new Map<string, string[]>();
  const neutral = new Set<string>();
  const described = new Map<string, string[]>();
  for (const r of rows) {
    const word = r.word!.toLowerCase();
    if (r.kind === 'modifier' && r.types === 'all') neutral.add(word);
    else if (r.kind === 'modifier') described.set(word, r.types!.split(/\s+/));
    else nouns.set(word, r.types === 'none' ? [] : r.types!.split(/\s+/));
  }
  return { nouns, neutral, described };
}

const table = (): Kinds => (kinds ??= parseSourceKinds(readDataFile(FILE)));

/** A generic reporter: its head a noun of the table, its words lower case but for a modifier ("UN agency"), no registry name. */
function genericHead(text: string): string | null {
  const words = text.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
  const head = words[words.length - 1]!.toLowerCase();
  // A capitalised head is a name ("Monitor Group"), but an acronym of the table is still a noun ("a Syrian NGO").
  const last = words[words.length - 1]!;
  if (!table().nouns.has(head) || entryOf(text) || (startsCapital(last) && last !== last.toUpperCase())) return null;
  return head;
}

/** The words of a named source: as written, and every name and back-reference its registry entry has. */
function nameWords(name: string, entry: SourceEntry | undefined): Set<string> {
  const texts = [name, ...(entry ? [entry.name, ...entry.aliases, ...(entry.anaphora ?? [])] : [])];
  return new Set(texts.flatMap((t) => foldName(t).split(/[\s'’-]+/)));
}

/**
 * Whether a named source is of the generic's kind: its name holds the head noun, or its registry type is one the noun
 * stands for; and every modifier of the generic that is not neutral is a word of it or its type ("health ministry" is
 * not the Ministry of Defence).
 */
function sameKind(generic: string, head: string, name: string): boolean {
  const entry = entryOf(name);
  // "a monitoring group said ... the Wagner Group said": an armed side is no monitor or agency, whatever its name's words.
  if (entry ? entry.type === 'armed_group' : hasActorAlias(name)) return false;
  const words = nameWords(name, entry);
  const typed = !!entry && table().nouns.get(head)!.includes(entry.type);
  if (!words.has(head) && !typed) return false;
  const modifiers = foldName(generic).split(/\s+/).filter((w) => w !== head && !/^(?:the|a|an)$/.test(w));
  // "a UN agency": a modifier may name the entry's type (IOM is a UN body without "UN" in its names).
  return modifiers.every((w) => table().neutral.has(w) || /-(?:based|run|led)$/.test(w) || words.has(w) || w === entry?.type || fitsKind(w, entry));
}

/** "humanitarian", "non-governmental": a modifier describing the kind of body, which the entry's registry type is. */
const fitsKind = (word: string, entry: SourceEntry | undefined): boolean =>
  !!entry && (table().described.get(word) ?? []).includes(entry.type);

/**
 * Whether a lower-case modifier of a back-reference ("the humanitarian organisation", "the non-governmental
 * organization") may describe a named source: a modifier that leaves the source open, or one of a kind the source's
 * registry type is ("aid" fits Save the Children, an NGO, not a monitor that counts the dead).
 */
export function describes(word: string, name: string): boolean {
  const w = foldName(word);
  return table().neutral.has(w) || fitsKind(w, entryOf(name));
}

/**
 * Whether a back-reference by a generic noun ("the monitor", "a rights group") may stand for a source named before
 * it: a noun of the table only for a source of its kind ("The Syrian army shelled X, killing 12, a monitor said": the
 * army is no monitor); any other noun ("the body", "the cluster") for any source.
 */
export function mayReferTo(generic: string, name: string): boolean {
  const head = generic.trim().split(/\s+/).pop()!.toLowerCase();
  return !table().nouns.has(head) || sameKind(generic, head, name);
}

/** A source named by a name (a registry entry or capitalised words), not by another generic noun. */
const isNamed = (r: string): boolean => !!entryOf(r) || startsCapital(r.replace(/^the\s+/i, ''));

/**
 * Gives each fact credited only to a generic noun the source of its kind that the next sentence (else the one before)
 * names as its own, when exactly one does. A figure that carries the generic on ("It said ...", a roundup's next
 * figure) takes what the generic was named as where it was written. `own`: each sentence's own reporters (not
 * carried), by sentence index; `facts` in reading order.
 */
export function nameGenerics(facts: ExtractedFact[], own: Map<number, string[]>): void {
  for (const fact of facts) {
    if (fact.reporter_texts.length !== 1 || fact.reporter_basis === 'document_author') continue;
    const generic = fact.reporter_texts[0]!;
    const head = genericHead(generic);
    if (!head) continue;
    const carried = fact.reporter_basis === 'carried' || fact.reporter_basis === 'carried_from_previous';
    const name = adjacentName(fact.sentence_index, generic, head, own) ?? (carried ? nameWhereWritten(fact.sentence_index, generic, head, own) : null);
    if (name) fact.reporter_texts = [name];
  }
}

/**
 * The name a carried generic was given where it was written: the sentences before that hold it as their own, back to
 * the first without it, the nearest that an adjacent sentence names first. Past a sentence without it the generic
 * may be another source of the kind, written anew ("A rights group said ... . Fighting went on. A rights group said").
 */
function nameWhereWritten(at: number, generic: string, head: string, own: Map<number, string[]>): string | null {
  const key = foldName(generic);
  for (let i = at - 1; i >= 0 && (own.get(i) ?? []).some((r) => foldName(r) === key); i--) {
    const name = adjacentName(i, generic, head, own);
    if (name) return name;
  }
  return null;
}

/** The one source of the generic's kind that the next sentence, else the one before, names as its own. */
function adjacentName(at: number, generic: string, head: string, own: Map<number, string[]>): string | null {
  for (const i of [at + 1, at - 1]) {
    const fits = (own.get(i) ?? []).filter((r) => isNamed(r) && sameKind(generic, head, r));
    if (fits.length === 1) return fits[0]!;
  }
  return null;
}
