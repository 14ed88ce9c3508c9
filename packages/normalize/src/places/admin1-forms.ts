/**
 * The other written forms of a world admin1 name. GeoNames names admin1 areas with a region word ("Cabo Delgado
 * Province", "Borno State", "Sagaing Region") or an adjective of direction ("Western Darfur", "Southern Kordofan"),
 * while reports write "Cabo Delgado", "Borno", "West Darfur", "South Kordofan", and French-named areas of DR Congo
 * ("Nord-Kivu") are written in English too ("North Kivu"); a few open with a word for the area ("Muhafazat Hadramaout",
 * Arabic "governorate of"; "Region of Magallanes") that reports leave out ("Hadramaout"). The world index is keyed on these forms as well (the
 * build script), so a mention in any of them finds the area at the exact-spelling tier. The mention side needs no
 * rule: its region word is stripped as a feature word (descriptors.ts).
 *
 * The words are data: packs/world/admin1-words.csv (word; kind area, direction or prefix; sense: a direction's
 * compass word; source).
 */
import type { Admin1Words } from '@frontline/schema';

// The words are read by schema, which extract shares (places.ts); normalize's callers keep importing them from here.
export { readAdmin1Words, worldAdmin1Words, worldAreaWords, type Admin1Words } from '@frontline/schema';

/**
 * "Cabo Delgado Province" -> "Cabo Delgado"; null when no region word closes it, or only a direction word is left.
 * A transliterated soft sign may close the word ("Leningradskaya Oblast'").
 */
function withoutAreaWord(name: string, words: Admin1Words): string | null {
  const m = /^(.+?)[\s-]+(\p{L}+)['’]?$/u.exec(name.trim());
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

/**
 * "Muhafazat Hadramaout" -> "Hadramaout", "Region of Magallanes" -> "Magallanes": GeoNames writes some admin1 names
 * after a word for the area ("governorate of" in Arabic, "province of"), which reports leave out. Null when no such
 * word opens the name, or too little is left to be a name.
 */
function withoutPrefix(name: string, words: Admin1Words): string | null {
  const lower = name.trim().toLowerCase();
  const prefix = words.prefix.find((p) => lower.startsWith(p) && /^[\s-]/.test(lower.slice(p.length)));
  const rest = prefix === undefined ? '' : name.trim().slice(prefix.length).replace(/^[\s-]+/, '');
  return rest.length < 3 || words.sense.has(rest.toLowerCase()) ? null : rest;
}

/**
 * The name users read for an admin1 area: GeoNames' name without its opening area word ("Muhafazat Hadramaout" is
 * "Hadramaout" on a map and in a report), else the name itself. The area word is kept ("Abyan Governorate"): it says
 * what the name is, where the Arabic "Muhafazat" only repeats it in another language.
 */
export function plainAdmin1Name(name: string, words: Admin1Words): string {
  return withoutPrefix(name, words) ?? name;
}

/**
 * Every other form of an admin1 name, in a stable order, the name itself excluded: without its opening area word,
 * without its region word, by its compass word.
 */
export function admin1Forms(name: string, words: Admin1Words): string[] {
  const unprefixed = withoutPrefix(name, words);
  const heads = unprefixed === null ? [name] : [name, unprefixed];
  const stems = heads.flatMap((h) => {
    const bare = withoutAreaWord(h, words);
    return bare === null ? [h] : [h, bare];
  });
  const forms = stems.flatMap((s) => [s, ...compassForm(s, words)]);
  return [...new Set(forms)].filter((f) => f.toLowerCase() !== name.toLowerCase());
}
