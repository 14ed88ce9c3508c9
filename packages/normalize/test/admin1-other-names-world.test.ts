/**
 * A world admin1 area named as GeoNames does not name it (packs/world/admin1-names.csv): a former area merged into it
 * (Pakistan's Federally Administered Tribal Areas, FATA, in Khyber Pakhtunkhwa since 2018) or its name since a reform
 * (the Philippines' Bangsamoro, BARMM, GeoNames' "Autonomous Region in Muslim Mindanao"). The name and its official
 * abbreviation are places, and the fact takes that area as its admin1. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { admin1Of, facts, on } from './dated-text.ts';

const MONITOR_PK = on('2019-02-01', [
  'Militant attacks in Pakistan fell in January, monitoring group says',
  '',
  'Militants carried out 14 attacks in FATA in which 23 people were killed, including nine soldiers, the monitor recorded.',
  'In the Federally Administered Tribal Areas, 5 tribal elders were killed in a single ambush near the Afghan border.',
].join('\n'));

const WIRE_PH = on('2021-03-16', [
  'Fighting displaces villagers in southern Philippines',
  '',
  'COTABATO CITY, Philippines, March 16 (Reuters) - Clashes between two armed groups forced 4,200 people from their homes in BARMM this week, the regional disaster office said.',
  'The army said 6 militants were killed in the fighting in Bangsamoro on Monday.',
].join('\n'));

const OUTLET_PK = on('2018-03-05', [
  'Blast kills soldiers in tribal district',
  '',
  'PESHAWAR: A roadside bomb killed 3 soldiers in the Federally Administered Tribal Areas on Sunday, officials said, the third such attack in the tribal belt this year.',
].join('\n'));

describe('a world admin1 area by a name GeoNames lacks', () => {
  it('monitor, Pakistan: "in FATA" and "In the Federally Administered Tribal Areas" are in Khyber Pakhtunkhwa', () => {
    const all = facts(MONITOR_PK);
    expect(admin1Of(all, 23)).toEqual(['Khyber Pakhtunkhwa']);
    expect(admin1Of(all, 5)).toEqual(['Khyber Pakhtunkhwa']);
  });

  it('outlet, Pakistan: "in the Federally Administered Tribal Areas" is Khyber Pakhtunkhwa', () => {
    expect(admin1Of(facts(OUTLET_PK), 3)).toEqual(['Khyber Pakhtunkhwa']);
  });

  it('wire, the Philippines: "in BARMM" and "in Bangsamoro" are the region GeoNames calls the ARMM', () => {
    const all = facts(WIRE_PH);
    expect(admin1Of(all, 4200)).toEqual(['Autonomous Region in Muslim Mindanao']);
    expect(admin1Of(all, 6)).toEqual(['Autonomous Region in Muslim Mindanao']);
  });

  it('an acronym that names no admin1 is still no place', () => {
    const all = facts(on('2019-02-01', 'Militants killed 4 soldiers in an attack claimed by the TTP, the ISPR said.'));
    expect(all.flatMap((f) => f.place_mentions)).toEqual([]);
  });
});
