/**
 * A monitor's list of places, each with its figures in brackets: "documented casualties in A (four deaths, two
 * injuries), B (three deaths) and C (one death)". Each name after a bracket is the list's next place (places.ts), so
 * each figure takes the place that leads it (place-ranking.ts, leadingPlaces). Sentences written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const byPlace = (text: string) => extract(text).map(brief).map((f) => `${f.category} ${f.value} ${f.places.join('+')}`);

describe('places listed with their figures in brackets', () => {
  it('Yemen, a mission\'s monthly report', () => {
    expect(byPlace('The mission documented civilian casualties in Aden (four deaths, two injuries), Taiz (three deaths) and Hodeidah (one death).'))
      .toEqual(['killed 4 Aden', 'injured 2 Aden', 'killed 3 Taiz', 'killed 1 Hodeidah']);
  });

  it('Iraq, a monitor\'s toll by governorate', () => {
    expect(byPlace('The monitor recorded civilian casualties in Kirkuk (six killed, nine injured), Mosul (two killed) and Tikrit (five injured).'))
      .toEqual(['killed 6 Kirkuk', 'injured 9 Kirkuk', 'killed 2 Mosul', 'injured 5 Tikrit']);
  });

  it('Sudan, a rights group\'s list of towns', () => {
    expect(byPlace('The group documented civilian deaths in Nyala (12 deaths), El Fasher (eight deaths), and Zalingei (three deaths).'))
      .toEqual(['killed 12 Nyala', 'killed 8 El Fasher', 'killed 3 Zalingei']);
  });

  it('a bracket that is no figure still links the list, and the shared toll keeps both places', () => {
    const got = extract('Shelling killed 14 civilians in Bakhmut (a frontline town) and Kupiansk.').map(brief);
    expect(got.map((f) => f.places)).toEqual([['Bakhmut', 'Kupiansk']]);
  });

  it('a source named after the bracket is no place of the list', () => {
    const got = extract('Five civilians were killed in Idlib (northwest Syria), Reuters said.').map(brief);
    expect(got.map((f) => f.places)).toEqual([['Idlib']]);
  });
});
