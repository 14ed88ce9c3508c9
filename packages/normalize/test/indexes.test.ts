/**
 * The indexes and remembered answers normalize uses for speed give the answers of the plain definitions they replace.
 */
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { loadGazetteer, type PlaceRow } from '../src/places/gazetteer.ts';
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
