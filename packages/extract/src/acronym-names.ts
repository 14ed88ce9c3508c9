/**
 * A body's name followed by its acronym in brackets: "the Protection and Return Monitoring Network (PRMN)", "the
 * Ministry of Labour and Social Affairs (MoLSA)", "the Commission for Refugees and Returnees (RRC)". The acronym's
 * capitals spell the initials of the name's capitalised words (in any order: many acronyms come from the name in
 * another language or word order), and so hold the name together: its "and" joins no two reporters and opens no
 * place, and none of its words is a place. Registry names are held by the registry; this reads the names it lacks.
 */
import { allMatches } from './text.ts';

export interface AcronymName {
  /** The name's first capitalised word. */
  start: number;
  /** Just after the closing bracket. */
  end: number;
  /** The name without its bracket: "Ministry of Labour and Social Affairs". */
  name: string;
}

const CAP_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const CAP_WORDS = new RegExp(CAP_WORD, 'gu');
const CONNECTORS = String.raw`(?:(?:and|of|for|the|on|&)\s+)*`;
/** Capitalised words and connectors, then an acronym of two to six capitals (with lower-case letters between: "MoLSA"). */
const NAME_THEN_ACRONYM = new RegExp(String.raw`((?:${CAP_WORD}\s+${CONNECTORS})+)\(((?:\p{Ll}*\p{Lu}){2,6}\p{Ll}*)\)`, 'gu');

/**
 * The acronym-held names of a text that hold an "and", left to right. Attribution asks this of one sentence several
 * times (a source, a speaker, a bracket) and places once more: the last sentence's answer is kept.
 */
let last: { s: string; names: AcronymName[] } = { s: '', names: [] };
export function acronymNames(s: string): AcronymName[] {
  if (!s.includes('(')) return [];
  if (last.s !== s) last = { s, names: findNames(s) };
  return last.names;
}

function findNames(s: string): AcronymName[] {
  const out: AcronymName[] = [];
  for (const m of allMatches(NAME_THEN_ACRONYM, s)) {
    const letters = m[2]!.replace(/\p{Ll}/gu, '');
    const words = allMatches(CAP_WORDS, m[1]!);
    // The name is the last capitalised words, one for each capital ("According to the ..." is no part of it).
    const own = words.slice(-letters.length);
    if (own.length < letters.length || !sameLetters(own.map((w) => w[0][0]!).join(''), letters)) continue;
    const start = m.index + own[0]!.index;
    // Only an "and" needs holding: a name without one is read whole already ("the Ministry of Public Health (MoPH)").
    if (!/\s(?:and|&)\s/.test(m[1]!.slice(own[0]!.index))) continue;
    out.push({ start, end: m.index + m[0].length, name: s.slice(start, m.index + m[1]!.length).trim().replace(/\s+/g, ' ') });
  }
  return out;
}

/** The same capitals, as many of each, in any order. */
function sameLetters(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('');
}

/** The acronym-held name of `s` that contains position `at`, if any. */
export function acronymNameAt(s: string, at: number): AcronymName | undefined {
  return acronymNames(s).find((n) => n.start <= at && at < n.end);
}
