/**
 * "police" counts persons on its own ("Six police were killed", "soldiers and police"), on the government side as
 * data/person-nouns.csv gives it; before another noun of armed persons it is that compound's modifier, so the longest
 * noun heads the phrase ("police officers", "police personnel"), and before a noun of things it counts no one.
 * The modifiers with a noun of undecided side may name a side together ("security forces", "security personnel",
 * "military personnel" in actors.csv). Sentences written for the rule, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';
import { nounHead } from '../src/nouns.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.group, f.value]);

describe('"police" as a collective plural', () => {
  it.each([
    ['wire, Burkina Faso (conjoined)', 'At least 40 soldiers and police have been killed in attacks on posts near Djibo since January.', 'killed', 40],
    ['wire, Egypt (alone)', 'Six police were killed when militants ambushed their convoy near Arish on Tuesday.', 'killed', 6],
    ['sitrep, Nigeria (reduced relative)', 'Five police wounded in the blast were taken to hospital in Maiduguri.', 'injured', 5],
    ['monitor, Afghanistan (nation word)', 'Twelve police were killed in the Taliban attack in Kunduz on Monday.', 'killed', 12],
  ])('%s: counted as government forces', (_genre, text, category, count) => {
    expect(facts(text)).toEqual([[category, 'government_forces', count]]);
  });

  it('a listed member of its own (Mali)', () => {
    expect(facts('Ten police, two soldiers and a child died in the attack on the market in Gao.')).toEqual([
      ['killed', 'government_forces', 10], ['killed', 'government_forces', 2], ['killed', 'children', 1],
    ]);
  });
});

describe('the longest noun of armed persons heads the phrase', () => {
  it.each([
    ['wire, Somalia', 'Nine police officers were wounded in the blast at the checkpoint in Mogadishu.', 'injured'],
    ['outlet, Pakistan', 'Three police personnel were killed in the grenade attack in Quetta.', 'killed'],
  ])('%s: a government forces fact', (_genre, text, category) => {
    expect(extract(text).map(brief).map((f) => [f.category, f.group])).toEqual([[category, 'government_forces']]);
  });

  it.each([
    ['police officers were wounded', 'officers'],
    ['police personnel were killed', 'personnel'],
    ['police sergeant was shot dead', 'sergeant'],
    ['police were killed', 'police'],
    ['police and two soldiers died', 'police'],
  ])('"%s" is headed by "%s"', (words, noun) => {
    expect(nounHead(words)?.noun).toBe(noun);
  });

  it('"police" before a noun of things counts no one (DRC)', () => {
    expect(facts('Rebels burned three police stations and killed 4 civilians in Ituri.')).toEqual([['killed', 'civilians', 4]]);
  });
});

describe('modifiers and noun together name the side', () => {
  it.each([
    ['outlet, Myanmar', 'Four security personnel died in the assault on the base in Sagaing.', 'killed', 'government_forces', 4],
    ['wire, Nigeria', 'Twelve security forces were killed in the attack on the barracks in Borno.', 'killed', 'government_forces', 12],
    ['wire, DRC (no side in the data)', 'Seven security guards were killed when gunmen stormed the mine in Ituri.', 'killed', 'people', 7],
    ['monitor, Yemen (military personnel)', 'Nine military personnel were killed in the drone strike on the base near Mocha.', 'killed', 'government_forces', 9],
    ['wire, Mali (military personnel)', 'Eleven military personnel died when their convoy struck a mine near Boni on Sunday.', 'killed', 'government_forces', 11],
  ])('%s', (_genre, text, category, group, count) => {
    expect(facts(text)).toEqual([[category, group, count]]);
  });
});
