/**
 * "The Syrian army shelled X, killing nine civilians, the monitor said": a back-reference by a generic noun of a
 * kind of source ("the monitor", "a rights group", "the NGO", data/source-kinds.csv) stands only for a source of that
 * kind, never for the side the sentence names as the attacker; "the group" may still be the armed party speaking for
 * itself. Every sentence is written for this file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const credit = (text: string) => extract(text).map(brief).map((f) => [f.value, f.reporters, f.actor]);

describe('a generic back-reference is not the side that attacked', () => {
  it.each([
    ['wire, Syria', 'The Syrian army shelled Jisr al-Shughur on Sunday, killing nine civilians, the monitor said.', [9, ['monitor'], 'Syrian army']],
    ['wire, Ukraine', 'The Russian military struck a market in Kostiantynivka on Wednesday, killing 16 people, a monitor said.', [16, ['monitor'], 'Russian military']],
    ['outlet, Syria, an armed group', 'HTS fighters shelled the town of Suqaylabiyah on Saturday, killing four civilians, the monitor said.', [4, ['monitor'], 'HTS']],
  ])('%s', (_genre, text, fact) => {
    expect(credit(text)).toContainEqual(fact);
  });
});
