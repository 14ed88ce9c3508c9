/**
 * "876 deaths of government forces": a noun of harm followed by "of" and a noun of persons names the toll's victims,
 * as "deaths among civilians" does; a noun that is no person ("deaths of cholera") names none.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.group]);

describe('"deaths of" a group names the victims', () => {
  it.each([
    // monitor, Syria
    ['The Observatory counted 876 deaths of regime soldiers and 1,552 deaths of rebel fighters in October.', [['killed', 876, 'government_forces'], ['killed', 1552, 'opposition_fighters']]],
    // monitor toll, Iraq-Syria air war
    ['Airwars recorded 140 deaths of civilians in Raqqa in June.', [['killed', 140, 'civilians']]],
    // wire, Sahel
    ['The army reported 12 deaths of militants near Menaka on Tuesday.', [['killed', 12, 'opposition_fighters']]],
    // situation report, Myanmar
    ['The cluster noted 35 injuries of civilians in Sagaing Region during the week.', [['injured', 35, 'civilians']]],
  ])('%s', (s, want) => expect(counts(s)).toEqual(want));
});
