/**
 * "killed one person and injured another": one more of the people just counted, their noun left out, as the object of
 * a second verb of harm (numbers.ts oneMore). The noun's group carries over from the figure before; "another 15",
 * "one another" and "one after another" count no one more.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.group, f.value, f.phrase]);

describe('another as the object of a second verb of harm', () => {
  it.each([
    ['wire, Ukraine (place after)', 'A Russian missile killed one man and wounded another in Zaporizhzhia on Friday, the governor said.', 'people', 'killed', 1],
    ['monitor, Syria (comma after)', 'Regime shelling on Ariha killed two civilians and injured another, the Syrian Observatory said.', 'civilians', 'killed', 2],
    ['sitrep, DRC (time after)', 'In Rutshuru territory, a bomb killed three displaced persons and injured another overnight, according to OCHA.', 'civilians', 'killed', 3],
    ['outlet, Myanmar (day after)', 'Junta troops shot dead four villagers in Kani township and wounded another on Sunday, residents told the outlet.', 'civilians', 'killed', 4],
    ['assessment, Sahel (full stop)', 'In the ambush near Djibo the militants killed five soldiers and wounded another.', 'government_forces', 'killed', 5],
  ])('%s: one more injured of the same group', (_genre, text, group, first, count) => {
    const got = facts(text);
    expect(got).toContainEqual([first, group, count, expect.any(String)]);
    expect(got).toContainEqual(['injured', group, 1, 'another']);
    expect(got).toHaveLength(2);
  });

  it('a later death of one more after the injured (Yemen)', () => {
    expect(facts('The drone strike in Marib wounded six fighters and killed another, a tribal source said.')).toContainEqual(['killed', expect.any(String), 1, 'another']);
  });

  it.each([
    ['a figure after it (Gaza)', 'Airstrikes killed 20 people in Rafah and another 15 in Khan Younis, the ministry said.', [20, 15]],
    ['"one another" (Sudan)', 'The army and the RSF blamed one another after 30 people were killed in Omdurman.', [30]],
    ['"one after another" (Ethiopia)', 'Towns fell one after another, and 4,000 people fled to Gondar.', [4000]],
  ])('%s: no one more', (_case, text, values) => {
    expect(facts(text).map((f) => f[2])).toEqual(values);
  });
});
