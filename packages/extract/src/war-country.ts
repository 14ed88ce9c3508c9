/**
 * A whole war named by its country's demonym: "The Syrian conflict has claimed 494,438 lives", "the Yemeni civil war
 * has killed tens of thousands". Its running total is the country's, not the region the story's lead was about, so the
 * fact's place is the country (normalize then infers no admin1 for it). The war nouns are data (war-nouns.csv); the
 * demonyms are the packs' countries'. "Syria's war" needs none of this: the country is named.
 */
import type { PlaceMention } from '@frontline/schema';
import { parseRegistry, readPackCountries } from '@frontline/schema';
import { readDataFile } from './data.ts';

let table: { pattern: RegExp; country: Map<string, string> } | undefined;

function warTable(): NonNullable<typeof table> {
  if (table) return table;
  const country = new Map<string, string>();
  // A demonym two countries share names neither.
  const shared = new Set<string>();
  for (const c of readPackCountries()) {
    for (const d of c.demonyms) {
      const key = d.toLowerCase();
      if (country.has(key) && country.get(key) !== c.names[0]) shared.add(key);
      else country.set(key, c.names[0]!);
    }
  }
  for (const key of shared) country.delete(key);
  const nouns = parseRegistry(readDataFile('war-nouns.csv'), 'war-nouns.csv', ['word']).map((r) => r.word!.replace(/\s+/g, '\\s+'));
  const demonyms = [...country.keys()].sort((a, b) => b.length - a.length).map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(String.raw`\b(?:the\s+)(${demonyms.join('|')})\s+(?:${nouns.join('|')})\b(?!\s+(?:on|against|in|with)\b)`, 'iu');
  table = { pattern, country };
  return table;
}

/** The country of a war its demonym names in the sentence ("the Syrian conflict" -> Syria), as a place mention, or null. */
export function warCountry(s: string): PlaceMention | null {
  const { pattern, country } = warTable();
  const m = pattern.exec(s);
  const name = m ? country.get(m[1]!.toLowerCase()) : undefined;
  if (!m || !name) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return { text: name, start, end: start + m[1]!.length, feature_hint: 'country', admin_hint: '', near: false };
}
