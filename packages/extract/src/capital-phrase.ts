/**
 * "in the Somali capital", "Sudan's capital": a phrase naming a country's capital without its name. The city is the
 * capital the world pack's capitals file gives for the country the demonym or possessive names (capitals.csv,
 * GeoNames PPLC). A phrase followed by a name ("the Afghan capital Kabul") leaves the name to the name finder; a
 * demonym two countries share gives no city.
 */
import { readPackCountries } from '@frontline/schema';
import type { PlaceHit } from './places.ts';

/** Lower-case demonym or country name -> capital, only where one country's capital answers it. */
function capitalsByWord(): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const c of readPackCountries()) {
    if (!c.capital) continue;
    for (const w of [...c.demonyms, ...c.names.map((n) => `${n}'s`)]) {
      const key = w.toLowerCase().replace(/’/g, "'");
      found.set(key, (found.get(key) ?? new Set()).add(c.capital));
    }
  }
  return new Map([...found].filter(([, set]) => set.size === 1).map(([w, set]) => [w, [...set][0]!]));
}
const CAPITALS = capitalsByWord();

// "the Somali capital", "Somalia's capital (city)": up to four capitalised words before "capital"; no name after it.
const PHRASE = /\b((?:\p{Lu}[\p{L}\-]*\s+){0,3}\p{Lu}[\p{L}\-]*(?:['’]s)?)\s+capital(?:\s+city)?\b(?!\s*,?\s*(?:of\s+)?\p{Lu})/gu;

export function findCapitalPhrases(s: string): PlaceHit[] {
  // Every sentence passes here (the place finder): most never say "capital", and the phrase's pattern is not cheap.
  if (!/capital/i.test(s)) return [];
  const out: PlaceHit[] = [];
  for (const m of s.matchAll(PHRASE)) {
    // "The Somali capital" opening a sentence: the article is part of the capitalised run.
    const article = /^the\s+/i.exec(m[1]!)?.[0] ?? '';
    const lower = m[1]!.slice(article.length).replace(/’/g, "'").toLowerCase();
    // "the Somali capital" (a demonym after "the") or "Somalia's capital" (the country's possessive).
    const possessive = /'s$/.test(lower);
    if (!possessive && !article && !/\bthe\s+$/i.test(s.slice(0, m.index))) continue;
    const capital = CAPITALS.get(lower);
    if (!capital) continue;
    const start = m.index + article.length;
    out.push({ text: capital, start, end: m.index + m[0].length, feature_hint: 'city', admin_hint: '', near: false, cue: 'in' });
  }
  return out;
}
