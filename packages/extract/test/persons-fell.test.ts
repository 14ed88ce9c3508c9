/**
 * "N militants fell", "N soldiers have fallen": a count of people as the subject of "fall" died; a count of places
 * was taken (issue 9). The row is in data/frames.csv (fall, killed, licensed by persons). Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('people who fell died; places that fell were taken', () => {
  it.each([
    ['wire, Nigeria: militants fell', 'Twelve militants fell in the clashes near Maiduguri on Sunday, the army said.', [['killed', 12]]],
    ['encyclopedic, Ukraine: soldiers have fallen', 'By the end of the siege some 300 Ukrainian soldiers had fallen defending the plant in Mariupol.', [['killed', 300]]],
    ['monitor, Syria: fighters were martyred', 'Eight fighters were martyred in the raid on the village near Daraa.', [['killed', 8]]],
    ['outlet, Sudan: towns fell', 'Three more towns fell to the RSF in North Darfur this week.', [['captured', 3]]],
  ])('%s', (_case, text, want) => {
    expect(facts(text)).toEqual(want);
  });

  it('an idiom of "fall" is no death (Yemen, Ukraine)', () => {
    expect(facts('Forty children fell ill with cholera in Hodeidah last week.').filter(([c]) => c === 'killed')).toEqual([]);
    expect(facts('About 200 soldiers fell back to Kherson after the assault.').filter(([c]) => c === 'killed')).toEqual([]);
  });
});
