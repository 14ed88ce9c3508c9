/**
 * A night across two weekdays ("overnight Tuesday into Wednesday", "on Tuesday night and into Wednesday", "during the
 * night from Sunday to Monday", "from Friday night into Saturday") covers both days, as "the night of 21-22 January"
 * does: not the first evening alone. Translated stories write "on the night of Saturday to Sunday". A bare "on Tuesday night" stays one day. Every text is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf } from './dated-text.ts';

// 2024-05-15 and 2016-11-02 are Wednesdays; 2023-07-24 is a Monday.
const UKRAINE = on('2024-05-15', 'Russian drones killed four people in Sumy overnight Tuesday into Wednesday, the governor said.');
const IRAQ = on('2016-11-02', 'Militants killed 15 civilians in a village near Hawija on Tuesday night and into Wednesday, officials said.');
const ODESA = on('2023-07-24', 'A missile attack killed six people in Mykolaiv during the night from Sunday to Monday, officials said.');
const SUDAN = on('2023-07-24', 'Shelling killed nine civilians in Omdurman from Saturday night into Sunday, medics said.');
// Translated stories: "on the night of Saturday to Sunday", "on the night of Friday into Saturday".
const KHERSON = on('2025-01-27', 'KHERSON - Russian shelling killed three civilians in Kherson on the night of Saturday to Sunday, the regional administration said.');
const LEBANON = on('2024-02-27', 'Israeli strikes killed five people in the Nabatieh area on the night of Friday into Saturday, local media reported.');
const SOMALIA = on('2016-11-02', 'Al-Shabaab fighters killed seven soldiers near Afgoye on Tuesday night, a commander said.');

describe('a night across two weekdays', () => {
  it('wire (Ukraine): "overnight Tuesday into Wednesday"', () => expect(periodOf(UKRAINE, 'killed', 4)).toEqual(['2024-05-14', '2024-05-15']));
  it('wire (Iraq): "on Tuesday night and into Wednesday"', () => expect(periodOf(IRAQ, 'killed', 15)).toEqual(['2016-11-01', '2016-11-02']));
  it('news (Ukraine): "during the night from Sunday to Monday"', () => expect(periodOf(ODESA, 'killed', 6)).toEqual(['2023-07-23', '2023-07-24']));
  it('wire (Sudan): "from Saturday night into Sunday"', () => expect(periodOf(SUDAN, 'killed', 9)).toEqual(['2023-07-22', '2023-07-23']));
  it('outlet (Ukraine): "on the night of Saturday to Sunday"', () => expect(periodOf(KHERSON, 'killed', 3)).toEqual(['2025-01-25', '2025-01-26']));
  it('wire (Lebanon): "on the night of Friday into Saturday"', () => expect(periodOf(LEBANON, 'killed', 5)).toEqual(['2024-02-23', '2024-02-24']));
  it('wire (Somalia): "on Tuesday night" alone stays one day', () => expect(periodOf(SOMALIA, 'killed', 7)).toEqual(['2016-11-01', '2016-11-01']));
});
