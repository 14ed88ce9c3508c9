/**
 * A participial apposition between a counted subject and its verb: "five volunteers, serving in the 57th Brigade, had
 * been killed". It says who they are, as ", mostly conscripts," does: the verb after it is still the count's. So does
 * an attribution opened by a participle (", according to officials,"). A finite verb or an auxiliary inside still ends
 * the look (frame-finder.ts pastInsert).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const counts = (text: string) => extract(text).map((f) => [f.category, f.quantity?.value ?? null]);

describe('a participial apposition after a counted subject', () => {
  it.each([
    ['encyclopedic, Ukraine', 'Six volunteers, serving in the 57th Brigade, had been killed near Bakhmut.', [['killed', 6]]],
    ['wire, Yemen', 'Twelve soldiers, belonging to the 3rd Brigade, were killed near Hodeidah on Sunday.', [['killed', 12]]],
    ['outlet, Sudan', 'At least 40 civilians, waiting at the market in El Fasher, were wounded by shelling.', [['injured', 40]]],
    ['wire, Yemen, an attribution between the commas', 'Twelve soldiers, according to officials, were killed near Hodeidah.', [['killed', 12]]],
    ['monitor, Syria', '17 fighters, fighting for the Turkish-backed factions, were killed in clashes near Manbij.', [['killed', 17]]],
  ])('%s', (_genre, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});
