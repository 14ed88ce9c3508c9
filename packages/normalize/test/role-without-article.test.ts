/**
 * Roles the registry spells with their article ("the military") resolve from actor words that dropped it, as extract
 * writes them ("The military recaptured the base" gives "military"); and a junta, a state's ground forces or a
 * plural of a force's name are that force in the article's country. Phrases written for this file.
 */
import { describe, expect, it } from 'vitest';
import { resolveActor } from '../src/actors.ts';

const cases: [string, string, string, string][] = [
  ['SO', 'military', 'government', 'Somali National Army'],
  ['ET', 'military', 'government', 'Ethiopian National Defense Force'],
  ['ML', 'military', 'government', 'Malian Armed Forces'],
  ['MM', 'junta', 'government', 'Tatmadaw'],
  ['MM', 'junta fighter jets', 'government', 'Tatmadaw'],
  ['BF', 'junta', 'government', 'Burkina Faso Armed Forces'],
  ['MM', "Sagaing People's Defense Forces", 'opposition', "People's Defence Force"],
  ['MM', "People's Defence Forces", 'opposition', "People's Defence Force"],
  ['UA', "Ukraine's ground forces", 'government', 'Armed Forces of Ukraine'],
  ['UA', "Ukraine's forces", 'government', 'Armed Forces of Ukraine'],
  ['RU', "Ukraine's armed forces", 'foreign:UA', 'Armed Forces of Ukraine'],
];

describe('roles and names of government and armed-group forces', () => {
  for (const [country, text, actor, name] of cases) {
    it(`"${text}" in ${country}: ${actor}`, () => {
      expect(resolveActor(text, { country })).toEqual({ actor, actor_name: name });
    });
  }

  it('words naming no force still resolve to nothing', () => {
    expect(resolveActor('gunmen', { country: 'SO' })).toEqual({ actor: '', actor_name: '' });
    expect(resolveActor('attackers', { country: 'NG' })).toEqual({ actor: '', actor_name: '' });
  });
});
