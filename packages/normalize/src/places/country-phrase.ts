/**
 * "In the Tillaberi region of Niger", "the Cabo Delgado province of Mozambique": a name followed by an area word
 * (packs/world/admin1-words.csv) and "of <country>" names a place in that country. The country word only says where
 * the place lies: it is that country, never an admin1 area named like it (Nigeria's Niger State), and no place of
 * the story that votes for the article's country. The place is looked for in that country alone.
 * "A drone hit Shebekino, Russia,": a name with its country after a comma is put there the same way, unless the
 * country word goes on a list ("in Darfur, Chad and Niger"); as a list may still open so, a name the country lacks is
 * looked for as any other (`comma`).
 * "Pakistan's Punjab province", "Sudan's North Kordofan state": a country's possessive before an area of it (a name
 * with an area word after it, or an admin1 name of that country) puts the area there, so an India story's namesake
 * Punjab is not chosen. As "Ukraine's Kursk incursion" possesses an event, not a place, the name needs an area word or
 * must be an admin1 of that country; and a name the country lacks is still looked for as any other (`possessed`).
 */
import type { ExtractedFact } from '@frontline/schema';
import type { Gazetteer, PlaceRow } from './gazetteer.ts';
import { worldAreaWords } from './admin1-forms.ts';
import { lookup } from './match.ts';

export interface CountryPhrases {
  /** Mention index -> the country row its phrase names. */
  placeIn: Map<number, PlaceRow>;
  /** Mention index of each country word closing such a phrase -> that country's row. */
  countryWord: Map<number, PlaceRow>;
  /** Mention indexes of `placeIn` put there by a comma only ("X, <country>"): not found there, X is looked for as usual. */
  comma: Set<number>;
  /** Mention indexes of names after a country's possessive ("Pakistan's Punjab"): as `comma`, and both still vote. */
  possessed: Set<number>;
}

let between: RegExp | undefined;
/** What stands between the place and its country: " region of ", " province of the ". */
function areaOf(): RegExp {
  between ??= new RegExp(String.raw`^\s+(?:${worldAreaWords().join('|')})\s+of\s+(?:the\s+)?$`, 'i');
  return between;
}

/** ", " between a name and its country. */
const COMMA = /^\s*,\s*$/;
/** After the country: the list goes on (", Chad and", " and Niger", " or"), so the comma joined list items. */
const LIST_ON = /^\s*(?:,\s*(?:and\s+|or\s+)?\p{Lu}|(?:and|or|&)\s)/u;
/** Between a country and a name it possesses: "'s ", "’s ", "' " (the mention ends before the apostrophe). */
const POSSESSIVE = /^['’]s?\s+$/;

/** The country row a mention's text names exactly, if it names one. */
function countryRow(text: string, gz: Gazetteer): PlaceRow | undefined {
  return lookup(text, gz).find((c) => c.tier === 0 && c.row.feature === 'country')?.row;
}

/** The "X <area word> of <country>" phrases among a fact's mentions (offsets are the article's, as the quote's). */
export function countryPhrases(x: ExtractedFact, gz: Gazetteer): CountryPhrases {
  const out: CountryPhrases = { placeIn: new Map(), countryWord: new Map(), comma: new Set(), possessed: new Set() };
  const ms = x.place_mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const [m, n] = [ms[i]!, ms[i + 1]!];
    const from = m.end - x.char_start;
    const to = n.start - x.char_start;
    if (from < 0 || to <= from) continue;
    const gap = x.quote.slice(from, to);
    const owner = POSSESSIVE.test(gap) ? possessor(m.text, n.text, x.quote.slice(n.end - x.char_start), gz) : undefined;
    if (owner) {
      out.placeIn.set(i + 1, owner);
      out.countryWord.set(i, owner);
      out.possessed.add(i + 1);
      continue;
    }
    const comma = byComma(gap, x.quote.slice(n.end - x.char_start), m.text, gz);
    if (!comma && !areaOf().test(gap)) continue;
    const country = countryRow(n.text, gz);
    if (!country) continue;
    out.placeIn.set(i, country);
    out.countryWord.set(i + 1, country);
    if (comma) out.comma.add(i);
  }
  return out;
}

/** "X, <country>" closing there: a name that is no country itself, the country word not opening or going on a list. */
function byComma(gap: string, after: string, name: string, gz: Gazetteer): boolean {
  return COMMA.test(gap) && !LIST_ON.test(after) && !countryRow(name, gz);
}

let areaAfter: RegExp | undefined;
/** An area word opening the text after a name: " province", " state,", " region of". */
function opensWithAreaWord(after: string): boolean {
  areaAfter ??= new RegExp(String.raw`^\s+(?:${worldAreaWords().join('|')})\b`, 'i');
  return areaAfter.test(after);
}

/**
 * The country row of "<country>'s <name>" when the name is an area of it: an area word follows the name, or the name
 * is that country's admin1. Undefined when the possessor is no country or the name is a country itself.
 */
function possessor(owner: string, name: string, after: string, gz: Gazetteer): PlaceRow | undefined {
  const country = countryRow(owner, gz);
  if (!country || countryRow(name, gz)) return undefined;
  if (opensWithAreaWord(after)) return country;
  const ownArea = lookup(name, gz).some((c) => c.tier === 0 && c.row.feature === 'governorate' && c.row.country === country.country);
  return ownArea ? country : undefined;
}
