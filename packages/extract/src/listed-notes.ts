/**
 * An infobox's or a table's list of figures, each closed by its source in brackets: "90+ killed & 450+ wounded
 * (Red Cross), At least 60 killed (MSF), 250+ killed (President Déby), 310 killed (Uppsala Conflict Data Program)".
 * Once one bracket after a figure cites a source the registry knows, the list is a list of sources, and so a bracket
 * after another figure of it holding a name cites that name, known or not. Outside such a list a bracketed name is left
 * alone: "(Aleppo)", "(President Déby)" alone say where or who, not who counted.
 */
import { findQuantities } from './numbers.ts';
import { hasActorAlias } from './actors.ts';
import { findPlaces } from './places.ts';
import { acronymNameAt } from './acronym-names.ts';
import { reporterPhrase, tidy } from './reporter-phrase.ts';

/** A name of capitalised words, small words inside ("Jeune Afrique", "Kivu Morning Post", "Radio Omega"). */
export const CITED_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|and|the|de|du|la|le)\s+)*\p{Lu}[\p{L}.'’-]*){0,5}$/u;

/** The bracket closes a figure: the words since the last bracket or colon before it hold one ("540 killed (X)"). */
export function closesFigure(s: string, at: number): boolean {
  const from = Math.max(s.lastIndexOf(')', at), s.lastIndexOf(':', at)) + 1;
  return findQuantities(s.slice(from, at)).length > 0;
}

/**
 * A bracket `m` (group 1 its words, group 2 a tail after a comma) in a list whose other brackets cite sources: it
 * closes a figure and holds one name (no tail), a well-formed reporter that is no armed party, no place and not the
 * acronym of the words before it.
 */
export function listedNote(s: string, m: RegExpExecArray, isPlace: (text: string) => boolean): boolean {
  const name = tidy(m[1]!);
  if (m[2] !== undefined || !CITED_NAME.test(name) || !closesFigure(s, m.index)) return false;
  if (hasActorAlias(name) || isPlace(name) || findPlaces(name).some((p) => p.text === name)) return false;
  return !acronymNameAt(s, m.index) && reporterPhrase(name) !== null;
}
