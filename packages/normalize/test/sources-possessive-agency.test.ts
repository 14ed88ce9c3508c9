/**
 * Wire copy names a UN agency by its organisation's possessive and a description ("the UN's refugee agency", "the
 * United Nations' human rights office", "the U.N.'s humanitarian office"); the registry lists each description once,
 * in the "UN" spelling. Those reporters resolve to the agency, not to the United Nations whose name they start with.
 * Phrases written for this file, as wire stories, UN press notes and outlets write them about several wars.
 */
import { describe, expect, it } from 'vitest';
import { resolveSource } from '../src/sources.ts';

describe("an organisation's possessive before an agency's description", () => {
  it.each([
    ["the UN's refugee agency", 'UNHCR'], // wire, Sudanese refugees in Chad
    ["the United Nations' refugee agency", 'UNHCR'], // outlet, Ukrainians in Moldova
    ["the United Nations' human rights office", 'Office of the UN High Commissioner for Human Rights'], // wire, Yemen
    ["the U.N.'s humanitarian office", 'UN OCHA'], // wire, Gaza
    ["the UN's children's agency", 'UNICEF'], // outlet, Myanmar
    ['the United Nations migration agency', 'International Organization for Migration'], // sitrep, Haiti
    ["the UN's health agency", 'World Health Organization'], // wire, Sudan cholera and shelling
  ])('%s is %s', (text, name) => expect(resolveSource(text)).toBe(name));

  it('the organisation alone is still the organisation', () => {
    expect(resolveSource('the United Nations')).toBe('United Nations');
    expect(resolveSource("the UN's envoy")).toBe('United Nations');
  });

  it('a possessive inside an alias as written still matches', () => {
    expect(resolveSource("the United Nations Children's Fund")).toBe('UNICEF');
  });
});
