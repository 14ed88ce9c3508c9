/**
 * Wire copy counts fighters by their group's name alone ("10 Taliban were killed", "14 Houthis died"): a named armed
 * group from actors.csv ending the noun phrase counts its fighters. Sentences written for the rule, several wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const dead = (s: string) => extract(s).filter((f) => f.kind === 'casualty').map((f) => [brief(f).value, f.group]);

describe('a named armed group as the counted noun', () => {
  it.each([
    ['wire, Afghanistan', 'Eleven Taliban were killed when police repelled an attack on Kunduz, officials said Monday.', 11],
    ['outlet, Yemen', 'At least 23 Houthis died in the fighting south of Hodeidah, the coalition said.', 23],
    ['wire, Somalia', 'Troops killed 15 al-Shabaab near Jilib on Friday, the army said.', 15],
  ])('%s: %s', (_genre, s, n) => expect(dead(s)).toEqual([[n, 'opposition_fighters']]));

  it('a following noun is the head, the name its modifier', () => {
    expect(dead('Nine Houthi fighters were killed near Marib, officials said.')).toEqual([[9, 'opposition_fighters']]);
  });

  it('a name before a place noun counts places, not fighters', () => {
    expect(extract('Government forces overran 30 Houthi positions near Marib.').map((f) => f.unit)).not.toContain('persons');
  });
});
