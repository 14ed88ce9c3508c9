/**
 * The indexes and remembered answers normalize uses for speed give the answers of the plain definitions they replace.
 */
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, loadGazetteer, type PlaceRow } from '../src/places/gazetteer.ts';
import { lookup } from '../src/places/match.ts';
import { findAliases } from '../src/aliases.ts';
import { keptAnswers } from '@frontline/schema';
import { nearestCandidates } from '../src/places/nearest.ts';
import { placeKeys } from '../src/places/key.ts';
import { stripDescriptors } from '../src/places/descriptors.ts';
import { resolvePeriod } from '../src/period.ts';

const gz = loadGazetteer();

/** The nearest pack names as first defined: every skeleton key of the gazetteer compared with the mention's. */
function scanned(mention: string, country: string): string[] {
  const key = placeKeys(stripDescriptors(mention).core)[1] ?? '';
  if (key.length < 2) return [];
  const limit = Math.max(2, Math.floor(key.length / 3));
  const scored: { row: PlaceRow; d: number }[] = [];
  for (const [k, rows] of gz.tiers[1]!) {
    if (k[0] !== key[0] || Math.abs(k.length - key.length) > 2) continue;
    for (const row of rows) if ((country === '' || row.country === country) && distance(key, k) <= limit) scored.push({ row, d: distance(key, k) });
  }
  for (const row of gz.world?.neighbours(key, 25) ?? []) {
    const d = distance(key, placeKeys(row.name)[1]!);
    if (!gz.covered.has(row.country) && (country === '' || row.country === country) && d <= limit) scored.push({ row, d });
  }
  scored.sort((a, b) => a.d - b.d || b.row.population - a.row.population || (a.row.id < b.row.id ? -1 : 1));
  const ids = [...new Map(scored.map((s) => [s.row.id, s.row])).values()].slice(0, 3);
  return ids.map((r) => `${r.name} (${[r.admin1, r.country].filter((x) => x !== '').join(', ')}) [${r.id}]`);
}

describe('the nearest candidates of an unresolved mention', () => {
  // Misspellings and near names from several wars, in several countries and none.
  const mentions: [string, string][] = [
    ['Saraqeeb', 'SY'], ['Maarat al-Numan town', 'SY'], ['Deir ez Zor', ''], ['Kharkov', 'UA'], ['Bakhmutt', 'UA'],
    ['El Fashir', 'SD'], ['Nyala city', ''], ['Gomma', 'CD'], ['Bunia', ''], ['Hodeida', 'YE'], ['Marib', ''],
    ['Myitkyinaa', 'MM'], ['Mekele', 'ET'], ['Khan Younes', ''], ['Sirtt', 'LY'], ['Stepanakertt', ''], ['Kidall', 'ML'],
    ['Mossul', 'IQ'], ['Ab', ''], ['Qq', 'SY'],
  ];
  it('are those of a scan of every key of the gazetteer', () => {
    for (const [mention, country] of mentions) expect(nearestCandidates(mention, gz, country), `${mention} ${country}`).toEqual(scanned(mention, country));
  });
  it('finds some candidates for a misspelled town (the comparison above is not between two empty lists)', () => {
    expect(mentions.filter(([m, c]) => nearestCandidates(m, gz, c).length > 0).length).toBeGreaterThan(10);
  });
});

describe('a period resolved again', () => {
  it('is the same answer, and changing one answer does not change the next', () => {
    const first = resolvePeriod('two days later than 3 March', '2023-03-10', 'day', true);
    first.period_end = 'changed';
    const again = resolvePeriod('two days later than 3 March', '2023-03-10', 'day', true);
    expect(again.period_end).not.toBe('changed');
    expect(again).toEqual(resolvePeriod('two days later than 3 March', '2023-03-10', 'day', true));
    // Every argument is part of what is remembered: another reference day or event kind gives its own answer.
    expect(resolvePeriod('on Monday', '2024-05-08')).not.toEqual(resolvePeriod('on Monday', '2024-05-15'));
    expect(resolvePeriod('in May', '2024-05-20', '', false, '2024-05-25')).not.toEqual(resolvePeriod('in May', '2024-05-20'));
  });
});

describe('kept answers', () => {
  it('computes each key once, gives the same answers after the oldest fall out, and stays bounded', () => {
    const computed: string[] = [];
    const upper = keptAnswers((s: string) => (computed.push(s), s.toUpperCase()), 3);
    expect(['a', 'b', 'a', 'c', 'b'].map(upper)).toEqual(['A', 'B', 'A', 'C', 'B']);
    expect(computed).toEqual(['a', 'b', 'c']);
    // A fourth key drops the oldest: the answers stay the same, and a dropped key is computed again.
    expect(['d', 'a'].map(upper)).toEqual(['D', 'A']);
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});

describe('a place looked up again', () => {
  // Spellings from several wars, exact and loose (a loose one runs the vowel-shape test).
  const names = ['Saraqib', 'Saraqeb', 'Bakhmut', 'Kharkiv', 'El Fasher', 'Mekelle', 'Hodeidah', 'Mosul', 'Goma', 'Gao', 'Khan Younis', 'Zabdin'];
  const fresh = () => buildGazetteer(gz.rows, { packs: gz.packs, world: gz.world, worldPack: gz.worldPack, countries: gz.countries });
  it('gives the answer of a gazetteer that never looked it up', () => {
    for (const name of names) lookup(name, gz);
    const other = fresh();
    for (const name of names) expect(lookup(name, gz), name).toEqual(lookup(name, other));
    expect(names.filter((n) => lookup(n, gz).some((c) => c.tier > 0)).length).toBeGreaterThan(0);
  });
  it('is not changed by a caller changing an earlier answer', () => {
    const first = lookup('Saraqib', gz);
    expect(first.length).toBeGreaterThan(0);
    first[0]!.tier = 99;
    first.pop();
    const again = lookup('Saraqib', gz);
    expect(again).toEqual(lookup('Saraqib', fresh()));
    const near = nearestCandidates('Saraqeeb', gz, 'SY');
    near.length = 0;
    expect(nearestCandidates('Saraqeeb', gz, 'SY')).toEqual(scanned('Saraqeeb', 'SY'));
  });
});

describe('aliases found in one text for several lists in turn', () => {
  it('are those found in that text alone', () => {
    const text = 'Sudanese and Chadian officials met in N\u2019Djamena; the U.S. envoy and the Ukrainian minister joined from Kyiv.';
    const names = (c: (typeof gz.countries)[number]) => c.names;
    const demonyms = (c: (typeof gz.countries)[number]) => c.demonyms;
    const codes = (hits: { entry: { code: string } }[]) => hits.map((h) => h.entry.code);
    const d1 = codes(findAliases(text, gz.countries, demonyms));
    findAliases('Ethiopian forces entered Mekelle.', gz.countries, names);
    const n1 = codes(findAliases(text, gz.countries, names));
    const d2 = codes(findAliases(text, gz.countries, demonyms));
    expect(d1).toEqual(d2);
    expect(d1).toEqual(expect.arrayContaining(['SD', 'TD', 'UA']));
    expect(n1).toEqual(codes(findAliases(`${text}`, gz.countries, names)));
    expect(codes(findAliases('Ethiopian forces entered Mekelle.', gz.countries, demonyms))).toEqual(['ET']);
  });
});
