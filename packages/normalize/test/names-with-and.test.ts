/**
 * A name with "and" inside ("Jammu and Kashmir", "Azad Jammu and Kashmir", "Bosnia and Herzegovina") is one place
 * when the whole is an admin1 name of the packs or a country's name (extract places.ts `joinedNames`); read as two, the
 * second half alone ("Kashmir") found a namesake abroad. Two places joined by "and" that are no name together stay
 * two. Texts written for this test: a wire copy of cross-border shelling (2025), an outlet's report of a gunfight
 * (2021), an encyclopedic narrative of the Bosnian war (1992), a monitor's toll in Syria and a UN situation report
 * from Ukraine.
 */
import { describe, expect, it } from 'vitest';
import { admin1Of, facts, on } from './dated-text.ts';

const WIRE_AJK = on('2025-05-07', [
  'Shelling kills villagers on both sides of frontier',
  '',
  'May 7 (Reuters) - Indian artillery fire killed 9 people in Azad Jammu and Kashmir overnight, a Pakistani military spokesman said.',
].join('\n'));

const OUTLET_JK = on('2021-10-12', [
  'Gunfight in the valley',
  '',
  'Five soldiers were killed in a gunfight with militants in Jammu and Kashmir on Monday, the army said.',
].join('\n'));

const ENCYCLOPEDIC_BIH = on('2024-01-01', [
  'Early months of the war',
  '',
  'By June 1992 the fighting had displaced some 700,000 people in Bosnia and Herzegovina, according to the UNHCR.',
].join('\n'));

const MONITOR_SY = on('2019-05-20', [
  'Daily toll',
  '',
  'The Syrian Observatory for Human Rights said 11 civilians were killed in Idlib and Hama on Sunday.',
].join('\n'));

const SITREP_UA = on('2023-06-10', [
  'Flash update',
  '',
  'Since 6 June, the flooding has displaced about 3,600 people in Kherson and Mykolaiv oblasts, according to OCHA.',
].join('\n'));

describe('a name with "and" inside', () => {
  it('wire: "Azad Jammu and Kashmir" is one area, not a "Kashmir" abroad', () => {
    const all = facts(WIRE_AJK);
    expect(all.find((f) => f.count_best === 9)?.place_mentions).toEqual(['Azad Jammu and Kashmir']);
    expect(admin1Of(all, 9)).toEqual(['Azad Kashmir']);
  });

  it('outlet: "Jammu and Kashmir" is one area, not the city Jammu and a Kashmir', () => {
    const all = facts(OUTLET_JK);
    expect(all.find((f) => f.count_best === 5)?.place_mentions).toEqual(['Jammu and Kashmir']);
    expect(admin1Of(all, 5)).toEqual(['Jammu and Kashmir']);
  });

  it('encyclopedic: "Bosnia and Herzegovina" is one country', () => {
    const f = facts(ENCYCLOPEDIC_BIH).find((x) => x.count_best === 700_000);
    expect(f?.place_mentions).toEqual(['Bosnia and Herzegovina']);
  });

  it('monitor and situation report: two areas joined by "and" stay two', () => {
    const sy = facts(MONITOR_SY).find((x) => x.count_best === 11);
    expect(sy?.place_mentions).toEqual(['Idlib', 'Hama']);
    const ua = facts(SITREP_UA).find((x) => x.count_best === 3600);
    expect(ua?.admin1).toEqual(expect.arrayContaining(['Kherson', 'Mykolaiv']));
  });
});
