/**
 * Fighters counted by the name of their group ("three YPG fighters", "11 SDF fighters", "40 Houthi fighters") are
 * that group's side in actors.csv, through data/class-groups.csv: a Kurdish-led force is a non-state group, as the
 * gold format has it. A nation word beside a named non-state group says who backs it ("US-backed SDF"), while a
 * nation's own forces stay foreigners ("Two US soldiers"). Sentences written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const groups = (text: string) => extract(text).filter((f) => f.kind === 'casualty').map((f) => [f.quantity?.value, f.group]);

describe('a named group\'s fighters take its side from the actors data', () => {
  it.each([
    ['monitor, Syria', 'Seven YPG fighters were killed in Turkish shelling near Kobani, the monitor said.', [[7, 'opposition_fighters']]],
    ['encyclopedic, Syria', 'On 9 June, a drone struck an SDF checkpoint near Manbij, killing four SDF fighters and wounding three others.', [[4, 'opposition_fighters'], [3, 'opposition_fighters']]],
    ['wire, Yemen', 'Some 40 Houthi fighters were killed in air strikes near Hodeidah, the coalition said.', [[40, 'opposition_fighters']]],
    ['situation report, Syria', 'Clashes left 12 YPJ fighters and nine ISIS militants dead near Raqqa.', [[12, 'opposition_fighters'], [9, 'isis_fighters']]],
  ])('%s: %s', (_genre, text, expected) => {
    expect(groups(text)).toEqual(expected);
  });
});

describe('a nation word beside a named non-state group says who backs it', () => {
  it.each([
    ['outlet, Syria', 'Five Turkish-backed SNA fighters died in the clashes near Manbij.', [[5, 'opposition_fighters']]],
    ['monitor, Syria', 'The monitor said 14 US-backed SDF fighters died in the attack on the prison in Hasakah.', [[14, 'opposition_fighters']]],
  ])('%s: %s', (_genre, text, expected) => {
    expect(groups(text)).toEqual(expected);
  });
  it('a state\'s own soldiers named by their nation stay foreigners (wire, Iraq)', () => {
    expect(groups('Two US soldiers were wounded in a rocket attack on the base near Erbil.')).toEqual([[2, 'people']]);
  });
});
