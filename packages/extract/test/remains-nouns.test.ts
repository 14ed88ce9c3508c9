import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map((f) => { const b = brief(f); return [b.category, b.value]; });

describe('"corpses", like "bodies", counts the killed, never arrivals or people moved', () => {
  it.each([
    ['wire, Yemen', 'The corpses of 11 soldiers were taken to the military hospital in Hodeidah, a medical source said.', [['killed', 11]]],
    ['news, DRC', 'Police said 7 corpses were found in a ditch outside Bunia on Sunday.', [['killed', 7]]],
    ['rescuers, Gaza', 'Rescuers pulled 5 corpses from the rubble of a building in Khan Younis, the civil defence said.', [['killed', 5]]],
  ])('%s', (_genre, text, expected) => {
    expect(facts(text as string)).toEqual(expected);
  });

  it('"N corpses of N children arrived at the hospital" is the children\'s deaths, as with "bodies" (state agency, Syria)', () => {
    const of = (text: string) => extract(text).map((f) => [brief(f).category, brief(f).group, brief(f).value]);
    const corpses = of('A source at the hospital told the agency that three corpses of three children have arrived to the hospital.');
    expect(corpses).toContainEqual(['killed', 'children', 3]);
    expect(corpses.every(([category]) => category === 'killed')).toBe(true);
    expect(corpses).toEqual(of('A source at the hospital told the agency that three bodies of three children have arrived to the hospital.'));
  });

  it('people arriving are still arrivals (Sudan)', () => {
    expect(facts('Some 8,000 people have arrived in Renk from Kosti since Monday, the agency said.')).toEqual([['displaced', 8000]]);
  });
});
