/**
 * Places the packs lack, in a sentence that names one admin1 area for another of its facts ("advanced towards X
 * territory in North Kivu province, capturing the hamlets of A and B"), lie in that area, not in the admin1 of the
 * paragraph's last known place (a town across the border of two areas). Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { facts, on } from './dated-text.ts';

const WIRE_CD = on('2025-02-04', [
  'Rebels push deeper into eastern Congo',
  '',
  'GOMA, Congo, Feb 4 (Reuters) - Shelling hit the outskirts of Bukavu on Monday, residents said. Rebel fighters also advanced towards the Masisi territory in North Kivu province, capturing the hamlets of Kivuzindaro and Mbatorowe.',
].join('\n'));

const SITREP_UA = on('2024-05-06', [
  'Ukraine: Flash Update No. 12',
  '',
  'Strikes damaged homes in Kharkiv city on 5 May. Russian forces advanced towards Pokrovsk in Donetsk Oblast the same day, taking the villages of Kvitnodolynivka and Zoriavodyanske, according to local authorities.',
].join('\n'));

const takenWith = (all: Fact[], place: string): Fact => {
  const f = all.filter((x) => x.kind === 'territory' && x.place_mentions.includes(place));
  expect(f.map((x) => x.quote)).toHaveLength(1);
  return f[0]!;
};

describe('places the packs lack take the one admin1 area their sentence names', () => {
  it('wire, DR Congo: hamlets captured "in North Kivu province" are in North Kivu, not in Bukavu\'s South Kivu', () => {
    const f = takenWith(facts(WIRE_CD), 'Kivuzindaro');
    expect(f.places).toEqual([]);
    expect([f.admin1, f.admin1_basis]).toEqual([['North Kivu'], 'stated']);
  });

  it('situation report, Ukraine: villages taken near Pokrovsk "in Donetsk Oblast" are in Donetsk, not in Kharkiv', () => {
    const f = takenWith(facts(SITREP_UA), 'Kvitnodolynivka');
    expect(f.places).toEqual([]);
    expect([f.admin1, f.admin1_basis]).toEqual([['Donetsk'], 'stated']);
  });
});
