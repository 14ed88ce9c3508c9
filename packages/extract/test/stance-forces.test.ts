/**
 * Armed men named for their stance towards the state: "pro-government" fighters of any noun, and those "loyal to"
 * the government or the sitting president, are the state's side; "anti-government" ones fight it. Sentences written for the rule, in several wars and genres; the actor words carry
 * the registry's stance spelling, which normalize reads as the article country's forces or its opposition.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const sides = (text: string) => extract(text).filter((f) => f.kind === 'territory').map((f) => f.actor_text);

describe('"pro-government" and "anti-government" armed men of any noun', () => {
  it.each([
    ['encyclopedic, Tajikistan', 'In late 1992 pro-government irregular units marched into Qurghonteppa from the south.', 'pro-government forces'],
    ['wire, Somalia', 'Pro-government clan militiamen seized Beledweyne on Sunday, elders said.', 'pro-government forces'],
    ['outlet, Syria', 'Pro-regime paramilitaries took the village of Tal Sultan after two days of shelling.', 'pro-government forces'],
    ['assessment, Mali', 'Anti-government armed groups captured Lere in early February.', 'anti-government forces'],
    ['monitor, Libya', 'On 9 April anti-regime gunmen overran the checkpoint town of Zawiya Gharbia.', 'anti-government forces'],
  ])('%s', (_case, text, side) => {
    expect(sides(text)).toEqual([side]);
  });

  it('a stance word before no armed noun names no side; a spelling the registry has whole keeps it', () => {
    expect(sides('Pro-government newspapers said the army took Hagar on Monday.')).not.toContain('pro-government forces');
    expect(sides('Pro-government forces retook Kidal on Monday.')).toEqual(['Pro-government forces']);
  });
});

describe('armed men "loyal to" the government or the sitting president', () => {
  it.each([
    ['wire, Yemen', 'Troops loyal to President Ahmed Salem retook the port of Mocha on Friday, officials said.'],
    ['outlet, Somalia', 'Forces loyal to the Somali government captured Bulo Burde from al-Shabaab.'],
    ['encyclopedic, Libya', "In March 2016 militias loyal to the country's government entered Sabratha."],
  ])('%s', (_case, text) => {
    expect(sides(text)).toEqual(['pro-government forces']);
  });

  it('a former or claimed head of state is no sitting one', () => {
    expect(sides('Forces loyal to former president Kamal Idris seized Ataq on Monday.')).not.toContain('pro-government forces');
    expect(sides('Fighters loyal to presidential claimant Omar Bile took Galkayo overnight.')).not.toContain('pro-government forces');
  });
});

describe('"Islamists" are a non-state side', () => {
  it.each([
    ['headline, Mali', 'Islamists seize Douentza after brief clashes', 'Islamists'],
    ['encyclopedic, Somalia', 'In June 2006 Islamist fighters took Jowhar from the warlords.', 'Islamist fighters'],
    ['wire, Nigeria', 'Islamist insurgents overran the town of Gubio overnight, residents said.', 'Islamist insurgents'],
  ])('%s', (_case, text, side) => {
    expect(sides(text)).toEqual([side]);
  });
});
