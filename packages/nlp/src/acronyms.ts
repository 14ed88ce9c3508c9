/**
 * A name followed by its acronym in brackets: "the Arakan Army (AA)", "the Ministry of Labour and Social Affairs
 * (MoLSA)", "the Commission for Refugees and Returnees (RRC)". The acronym's capitals spell the initials of the name's
 * capitalised words in any order (many acronyms come from the name in another language or word order); connectors
 * ("and", "of", "for", "the", "on", "&") between them are part of the name. Extract reads these to hold a body's name
 * together, normalize to let an article's own acronym stand for a group of the actor registry: one reader for both.
 */
export interface AcronymDefinition {
  /** As written: "AA", "MoLSA". */
  acronym: string;
  /** The name without its bracket, spaces collapsed: "Ministry of Labour and Social Affairs". */
  name: string;
  /** The name's first capitalised word. */
  start: number;
  /** Just after the closing bracket. */
  end: number;
}

const CAP_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const CAP_WORDS = new RegExp(CAP_WORD, 'gu');
const CONNECTORS = String.raw`(?:(?:and|of|for|the|on|&)\s+)*`;
/** Capitalised words and connectors, then an acronym of two to six capitals (with lower-case letters between: "MoLSA"). */
const NAME_THEN_ACRONYM = new RegExp(String.raw`((?:${CAP_WORD}\s+${CONNECTORS})+)\(((?:\p{Ll}*\p{Lu}){2,6}\p{Ll}*)\)`, 'gu');

/** Every bracketed acronym of `text` whose name stands right before it, left to right. */
export function acronymDefinitions(text: string): AcronymDefinition[] {
  if (!text.includes('(')) return [];
  const out: AcronymDefinition[] = [];
  for (const m of text.matchAll(NAME_THEN_ACRONYM)) {
    const letters = m[2]!.replace(/\p{Ll}/gu, '');
    // The name is the last capitalised words, one for each capital ("According to the ..." is no part of it).
    const own = [...m[1]!.matchAll(CAP_WORDS)].slice(-letters.length);
    if (own.length < letters.length || !sameLetters(own.map((w) => w[0][0]!).join(''), letters)) continue;
    const start = m.index + own[0]!.index;
    const name = text.slice(start, m.index + m[1]!.length).trim().replace(/\s+/g, ' ');
    out.push({ acronym: m[2]!, name, start, end: m.index + m[0].length });
  }
  return out;
}

/** The same capitals, as many of each, in any order. */
function sameLetters(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('');
}
