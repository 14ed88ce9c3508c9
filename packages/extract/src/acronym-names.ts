/**
 * A body's name followed by its acronym in brackets: "the Protection and Return Monitoring Network (PRMN)", "the
 * Ministry of Labour and Social Affairs (MoLSA)", "the Commission for Refugees and Returnees (RRC)". The acronym holds
 * the name together (the reading is the NLP package's `acronymDefinitions`): its "and" joins no two reporters and opens
 * no place, and none of its words is a place. Registry names are held by the registry; this reads the names it lacks.
 */
import { acronymDefinitions, type AcronymDefinition } from '@frontline/nlp';

export type AcronymName = Pick<AcronymDefinition, 'start' | 'end' | 'name'>;

/**
 * The acronym-held names of a text that hold an "and", left to right. Attribution asks this of one sentence several
 * times (a source, a speaker, a bracket) and places once more: the last sentence's answer is kept.
 */
let last: { s: string; names: AcronymName[] } = { s: '', names: [] };
export function acronymNames(s: string): AcronymName[] {
  if (!s.includes('(')) return [];
  // Only an "and" needs holding: a name without one is read whole already ("the Ministry of Public Health (MoPH)").
  if (last.s !== s) last = { s, names: acronymDefinitions(s).filter((d) => /\s(?:and|&)\s/.test(d.name)) };
  return last.names;
}

/** The acronym-held name of `s` that contains position `at`, if any. */
export function acronymNameAt(s: string, at: number): AcronymName | undefined {
  return acronymNames(s).find((n) => n.start <= at && at < n.end);
}
