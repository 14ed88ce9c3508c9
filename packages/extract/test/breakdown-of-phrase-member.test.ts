/**
 * A breakdown's last member with an of-phrase of common nouns ("and 104 victims of torture, were killed"): the verb
 * after the phrase is still the list's (figures.ts, pastOfPhrase), so the whole and its parts are all facts. Sentences
 * written for the rule, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const killed = (text: string) => extract(text).map(brief).filter((f) => f.category === 'killed').map((f) => f.value);

describe('a breakdown member with an of-phrase before the verb', () => {
  it.each([
    ['monitor (Syria)', 'The network said that 910 civilians, including 201 children, 96 women, and 64 victims of torture, were killed in Syria in 2020.', [910, 201, 96, 64]],
    ['monitor (Yemen)', 'The project said 350 civilians, including 41 children and 18 victims of landmine explosions, were killed in Taiz in 2019.', [350, 41, 18]],
    ['outlet (Sudan)', 'Medics said 63 people, including 20 women and 9 members of the resistance committees, were killed in Omdurman.', [63, 20, 9]],
    ['monitor (Myanmar)', 'The group said 118 people, among them 14 students and 6 victims of air strikes, were killed in Sagaing in March.', [118, 14, 6]],
  ])('%s', (_name, text, values) => {
    expect(killed(text)).toEqual(values);
  });

  it('a displaced subject with an of-phrase keeps its verb', () => {
    const got = extract('Local officials said 750 residents of the camp were displaced by the fighting near Goma.').map(brief);
    expect(got.filter((f) => f.category === 'displaced').map((f) => f.value)).toEqual([750]);
  });

  it('a figure with no noun of persons before "of" gains no verb past it', () => {
    const got = extract('Scores of drones and shells killed at least 9 people in Kherson on Sunday, officials said.').map(brief);
    expect(got.filter((f) => f.category === 'killed').map((f) => f.value)).toEqual([9]);
  });

  it('a figure inside the of-phrase is no part of it', () => {
    const got = extract('Officials said 40 families of the 300 in the camp, were displaced near Kalehe.').map(brief);
    expect(got.some((f) => f.value === 40 && f.category === 'displaced')).toBe(false);
  });
});
