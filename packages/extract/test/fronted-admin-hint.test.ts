/**
 * A sentence that opens by naming an admin1 ("In Rakhine State, ...", "In Kharkiv Oblast, ...", "In northern Hama,
 * ...") sets what it tells there: a later place with no nearer area takes it as its admin hint (places.ts
 * frontedAdmin). Invented sentences of three wars: an outlet, a situation report and a monitor.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/index.ts';

const hintOf = (s: string, name: string) => findPlaces(s).find((p) => p.text === name)?.admin_hint;

describe('an admin1 opening the sentence is the area of its later places', () => {
  it('an outlet (Myanmar): "In Rakhine State, ... in Kyauktaw Township"', () => {
    expect(hintOf('In Rakhine State, Arakan Army fighters overran a police outpost in Kyauktaw Township on Monday.', 'Kyauktaw Township')).toBe('Rakhine');
  });

  it('a situation report (Ukraine): "In Kharkiv Oblast, shelling killed two civilians in the village of Kozacha Lopan"', () => {
    expect(hintOf('In Kharkiv Oblast, shelling killed two civilians in the village of Kozacha Lopan on 3 May.', 'Kozacha Lopan')).toBe('Kharkiv');
  });

  it('a monitor (Syria): a compass word before the area, "In northern Hama, ..."', () => {
    expect(hintOf('In northern Hama, regime shelling killed five civilians in Kafr Nabudah, the Observatory said.', 'Kafr Nabudah')).toBe('Hama');
  });

  it('another admin1 named between gives no fronted area (Myanmar)', () => {
    expect(hintOf('In Rakhine State, the rebels seized Buthidaung, while in Chin State, the CNF took Falam on Friday.', 'Falam')).not.toBe('Rakhine');
  });

  it('an admin1 named mid-sentence is no fronted area (Ukraine)', () => {
    expect(hintOf('Officials from Kharkiv Oblast, the governor said, counted two dead in Kozacha Lopan.', 'Kozacha Lopan')).toBe('');
  });
});
