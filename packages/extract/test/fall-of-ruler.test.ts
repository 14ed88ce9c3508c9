/**
 * "After the fall of Gaddafi", "following the fall of Assad": the fall of a ruler is his side's defeat, not a place
 * changing hands. A ruler's name is an actor alias (packages/schema/data/actors.csv, as "Haftar" is the LNA's), so it
 * is never read as a place; the fall of a town in the same construction still is.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const taken = (text: string) =>
  extract(text).filter((f) => f.kind === 'territory' && f.category === 'captured').flatMap((f) => f.place_mentions.map((p) => p.text));

describe('the fall of a ruler is no capture of a place', () => {
  it.each([
    ['Syria, short name', 'Following the fall of Assad in December 2024, HTS fighters took control of Homs.', ['Homs']],
    ['Syria, full name', 'The fall of Bashar al-Assad ended five decades of Baath rule in Damascus.', []],
    ['Libya, one spelling', 'After the fall of Muammar Qaddafi, rival militias seized Bani Walid.', ['Bani Walid']],
    ['Mali, another spelling', 'After the fall of Gadhafi in 2011, weapons spread to northern Mali.', []],
  ])('%s', (_case, text, places) => {
    expect(taken(text)).toEqual(places);
  });
});

describe('the fall of a town in the same construction is still a capture', () => {
  it.each([
    ['Syria', 'Weeks after the fall of Raqqa, the SDF captured Tabqa.', ['Raqqa', 'Tabqa']],
    ['Ukraine', 'After the fall of Kherson, Russian forces withdrew across the Dnipro.', ['Kherson']],
  ])('%s', (_case, text, places) => {
    expect(taken(text)).toEqual(places);
  });
});
