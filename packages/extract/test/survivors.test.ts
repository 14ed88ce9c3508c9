/**
 * Survivors and captives in wire copy (issue 9, fourth round of fresh wire texts): "two escaped with their lives" says
 * who survived an ambush, not who fled their homes, as "escaped with injuries" says who got away hurt; "they were
 * captured alive before being executed" says people were taken, not ground. The plain verbs still count: "3,000 escaped to the hills", "the town was captured". Every sentence
 * is written for this file (other wars, places and numbers than the fresh texts).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const displaced = (text: string) => extract(text).filter((f) => f.kind === 'displacement');
const captures = (text: string) => extract(text).filter((f) => f.kind === 'territory');

describe('"escaped with their lives" is survival, not displacement', () => {
  it.each([
    ['wire, Burkina Faso', 'Gunmen ambushed a patrol near Djibo on Sunday; 11 soldiers were killed and three escaped with their lives, the army said.'],
    ['outlet, Nigeria', 'Twelve villagers escaped with their lives when gunmen stormed Anka in Zamfara, residents said.'],
    ['situation report, Myanmar', 'Two of the passengers escaped death when the boat was shelled near Sittwe.'],
    // Escaped hurt: fighters or victims who got away wounded, not people uprooted.
    ['wire, Cameroon', 'Ten attackers were killed and several others escaped with injuries, the army said.'],
    ['outlet, Somalia', 'Four guards died and three escaped with serious wounds when the base was overrun.'],
    ['wire, Mali', 'Two soldiers escaped wounded after the convoy hit a mine near Boni.'],
  ])('%s', (_genre, text) => expect(displaced(text)).toEqual([]));

  it.each([
    ['wire, Sudan', 'Some 3,000 residents escaped to the hills around El Obeid after the shelling, aid workers said.', 3000],
    ['sitrep, Mozambique', 'An estimated 1,200 people escaped from Palma by boat over the weekend.', 1200],
    ['outlet, Myanmar', 'Some 1,500 residents escaped into the jungle as troops shelled the town.', 1500],
  ])('%s: fleeing still counts', (_genre, text, value) => expect(displaced(text).map((f) => f.quantity?.value)).toContain(value));
});

describe('people "captured alive" or "taken prisoner" are no capture of ground', () => {
  it.each([
    ['wire, Mali', 'An official said six bodies were found in Tessalit, 40km from Kidal, and added that they were captured alive before being executed.'],
    ['outlet, Syria', 'Several fighters were taken prisoner in Tadif during the clashes, the monitor said.'],
  ])('%s', (_genre, text) => expect(captures(text)).toEqual([]));

  it('wire, Ukraine: a town "was captured" still is', () => {
    const text = 'The village of Pisky was captured by Russian forces on Monday, the governor said.';
    expect(captures(text).map((f) => f.place_mentions.map((p) => p.text)).flat()).toContain('Pisky');
  });
});
