/**
 * "Pakistan's Punjab province", "Nigeria's Plateau state": a country's possessive before an area of it puts the area
 * in that country (country-phrase.ts `possessor`), though the story is about another country that has an area of the
 * same name (India's Punjab, Benin's Plateau department). An area in the story's own country is found as
 * before. Texts written for this test: a wire
 * copy of cross-border strikes (2025), a regional outlet's report from Benin (2024), a think-tank assessment of
 * Myanmar (2024) and an outlet's report from Sudan (2024).
 */
import { describe, expect, it } from 'vitest';
import { admin1Of, facts, on } from './dated-text.ts';

const WIRE_IN = on('2025-05-08', [
  'India says strikes hit militant camps',
  '',
  'NEW DELHI, May 8 (Reuters) - Indian officials said 12 civilians were killed in Jammu on Tuesday. India said its missiles hit camps across the border.',
  '',
  'India said 9 militants were killed in Pakistan\'s Punjab province on Wednesday.',
].join('\n'));

const OUTLET_BJ = on('2024-03-04', [
  'Soldiers killed near the border',
  '',
  'Gunmen attacked villages in northern Benin, Beninese officials said. Six Nigerian soldiers were killed in Nigeria\'s Plateau state on Sunday, police said.',
].join('\n'));

const THINK_TANK_MM = on('2024-02-01', [
  'Assessment: the war in the west',
  '',
  'Fighting spread across Myanmar in January. In Myanmar\'s Rakhine state, at least 20 civilians were killed in air strikes, residents said.',
].join('\n'));

const OUTLET_SD = on('2024-06-15', [
  'Shelling in Kordofan',
  '',
  'Shelling killed 13 civilians in Sudan\'s North Kordofan state on Friday, medics said.',
].join('\n'));

describe("a country's possessive before an area of it", () => {
  it('wire, an India story: "Pakistan\'s Punjab province" is in Pakistan', () => {
    const all = facts(WIRE_IN);
    expect(all.find((f) => f.count_best === 9)?.place_ids).toContain('gn-admin1:PK.04');
    expect(admin1Of(all, 9)).toEqual(['Punjab']);
  });

  it('outlet, a Benin story: "Nigeria\'s Plateau state" is in Nigeria', () => {
    expect(admin1Of(facts(OUTLET_BJ), 6)).toEqual(['Plateau State']);
  });

  it("think tank and outlet: an area of the story's own country is found as before", () => {
    expect(admin1Of(facts(THINK_TANK_MM), 20)).toEqual(['Rakhine']);
    expect(admin1Of(facts(OUTLET_SD), 13)).toEqual(['North Kordofan']);
  });
});
