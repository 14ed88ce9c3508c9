/**
 * The other written forms of a world admin1 name. GeoNames names admin1 areas with a region word ("Cabo Delgado
 * Province", "Borno State", "Sagaing Region") or an adjective of direction ("Western Darfur", "Southern Kordofan"),
 * while reports write "Cabo Delgado", "Borno", "West Darfur", "South Kordofan", and French-named areas of DR Congo
 * ("Nord-Kivu") are written in English too ("North Kivu"). The world index is keyed on these forms as well (the
 * build script), so a mention in any of them finds the area at the exact-spelling tier. The mention side needs no
 * rule: its region word is stripped as a feature word (descriptors.ts).
 *
 * The words are data: packs/world/admin1-words.csv (word; kind area or direction; sense: a direction's compass word;
 * source).
 */
import type { Admin1Words } from '@frontline/schema';

// The words are read by schema, which extract shares (places.ts); normalize's callers keep importing them from here.
export { readAdmin1Words, worldAreaWords, type Admin1Words } from '@frontline/schema';

/** "Cabo Delgado Province" -> "Cabo Delgado"; null when no region word closes it, or only a direction word is left. */
function withoutAreaWord(name: string, words: Admin1Words): string | null {
  const m = /^(.+?)[\s-]+(\p{L}+)$/u.exec(name.trim());
  if (!m || !words.area.has(m[2]!.toLowerCase())) return null;
  const rest = m[1]!.trim();
  // "Northern State", "Western Region": the direction alone names nothing.
  return words.sense.has(rest.toLowerCase()) || rest.length < 3 ? null : rest;
}

/**
 * "Western Darfur" -> "west Darfur": the compass word of the direction ("west", the sense) before the rest, for
 * a name that starts with another word of it ("Western", French "Nord"). Only towards the compass word: a report's
 * "western Virginia" is the west of Virginia, not West Virginia, while "West Darfur" is the state GeoNames calls
 * "Western Darfur".
 */
function compassForm(name: string, words: Admin1Words): string[] {
  const m = /^(\p{L}+)[\s-]+(.+)$/u.exec(name.trim());
  const sense = m ? words.sense.get(m[1]!.toLowerCase()) : undefined;
  return m && sense !== undefined && sense !== m[1]!.toLowerCase() ? [`${sense} ${m[2]}`] : [];
}

/** Every other form of an admin1 name, in a stable order, the name itself excluded: without its region word, by its compass word. */
export function admin1Forms(name: string, words: Admin1Words): string[] {
  const bare = withoutAreaWord(name, words);
  const stems = bare === null ? [name] : [name, bare];
  const forms = stems.flatMap((s) => [s, ...compassForm(s, words)]);
  return [...new Set(forms)].filter((f) => f.toLowerCase() !== name.toLowerCase());
}
