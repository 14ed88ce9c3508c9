/**
 * A number written between a camp's name and its camp noun ("the Dalori 2 IDP camp", "Zamzam 1 camp") is part of
 * the name, no count of anyone. Every sentence is written for the rule, in several wars and genres; none comes from
 * a corpus or fresh text.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const killed = (text: string) => extract(text).map(brief).filter((f) => f.category === 'killed').map((f) => f.value);

describe("a number inside a camp's name", () => {
  it.each([
    ['outlet, Nigeria', 'Insurgents stormed the Bakassi 2 IDP camp at night and killed three people, police said.', [3]],
    ['wire, Sudan', 'Shelling on the Zamzam 1 camp killed five people, medics said.', [5]],
    ['sitrep, Somalia', 'At the Kaxda 4 displacement site, two children were killed by a stray mortar round.', [2]],
  ])('%s', (_genre, text, counts) => {
    expect(killed(text)).toEqual(counts);
  });

  it('a number before a plural camp noun after a place still counts its camps, not people', () => {
    expect(killed('In Darfur 3 camps were attacked and 12 people were killed, the UN said.')).toEqual([12]);
  });
});
