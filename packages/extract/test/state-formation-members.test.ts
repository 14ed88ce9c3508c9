/**
 * One or two people named by their role in a state's force: a formation of the state (navy, coast guard, border guard,
 * constabulary, frontier corps, special forces: rows of data/side-words.csv) named before a noun of persons makes
 * them government forces; "man" and "men" take the side named before them; sailors and seamen are a side's only when
 * it is named (a merchant ship's crew are people); a unit's name in brackets may follow the modifiers. Sentences
 * written for the rule, in several genres and wars, with near misses.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => `${f.category} ${f.value} ${f.group}`);

describe('members of a state formation', () => {
  it.each([
    ['wire, Ukraine', 'One navy sailor was wounded when a drone struck the corvette off Odesa on Thursday.', ['injured 1 government_forces']],
    ['outlet, Philippines', 'The clash near the wharf in Jolo left one navy man dead and two rebels wounded.', ['killed 1 government_forces', 'injured 2 opposition_fighters']],
    ['monitor, Pakistan', 'Three Frontier Corps personnel were shot dead at a checkpoint in Kech district on Saturday.', ['killed 3 government_forces']],
    ['situation report, Yemen', 'Two coast guard personnel died when their boat was hit near Midi on 4 May.', ['killed 2 government_forces']],
    ['wire, Russia', 'Two border guards were wounded by shelling in the Belgorod region, the governor said.', ['injured 2 government_forces']],
    ['encyclopedic, Central African Republic', 'On 9 March three Republican Guard (GR) soldiers were wounded in an ambush near Bossangoa.', ['injured 3 government_forces']],
  ])('%s', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('a merchant crew is no side (wire, Red Sea)', () => {
    expect(facts('Three sailors of the bulk carrier were killed when the missile hit it off Aden.')).toEqual(['killed 3 people']);
  });

  it('a foreign navy stays foreign, counted as people (monitor, Syria)', () => {
    expect(facts('Two Russian navy sailors were wounded in the drone attack on the port of Tartus.')).toEqual(['injured 2 people']);
  });

  it('a noun of a role keeps its group before a side word (outlet, Ukraine)', () => {
    expect(facts('Two government employees were killed in the shelling of Nikopol.')).toEqual(['killed 2 people']);
  });
});
