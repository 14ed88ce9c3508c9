/**
 * "ISIL fighters were driven out of the X and Y neighbourhoods": a side made to leave places named with their feature
 * noun after them ("the X neighbourhood") lost them; "the" after "out of" no longer hides the names (places.ts).
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const taken = (text: string) => extract(text).map(brief).filter((f) => f.category === 'captured').map((f) => [f.places.join('|'), f.actor, f.time]);

describe('a side driven out of the named neighbourhoods', () => {
  it.each([
    ['encyclopedic, Iraq', 'By 3 July, the remaining Daesh fighters had been driven out of the Rafidain and Saha neighbourhoods by Iraqi forces.', [['Rafidain|Saha', 'Iraqi forces', 'By 3 July']]],
    ['wire, DR Congo', 'M23 fighters were pushed out of the Ndosho and Mugunga quarters by the FARDC on Monday, the army said.', [['Ndosho|Mugunga', 'FARDC', 'on Monday']]],
    ['monitor, Syria (one name)', 'Regime militiamen were forced out of the Jobar neighbourhood by opposition factions on 14 April.', [['Jobar', 'opposition factions', 'on 14 April']]],
  ])('%s', (_genre, text, expected) => {
    expect(taken(text)).toEqual(expected);
  });
});
