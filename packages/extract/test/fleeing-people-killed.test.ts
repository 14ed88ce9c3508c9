/**
 * People described by their flight and then killed or hurt ("12 people fleeing the town were killed", "200 people
 * displaced by the floods died") are casualties: the participle of flight, with no auxiliary, modifies the noun, and
 * the clause's own verb says what the figure counts. With no such verb they are still displaced; a figure between
 * (", while 14 were killed") has its own verb. Sentences written for this file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('people fleeing who were killed or hurt are casualties', () => {
  it.each([
    ['wire, Sudan: "fleeing X were killed"', 'At least 12 people fleeing Wad Madani were killed when their bus was hit by a drone on Sunday.', 'killed', 12],
    ['news, Ukraine: civilians fleeing', 'Eight civilians fleeing the fighting in Bakhmut were killed by shelling, officials said.', 'killed', 8],
    ['sitrep, DR Congo: "displaced by" ... "have died"', 'Around 200 people displaced by the fighting in Ituri have died of cholera in the camps, MSF said.', 'killed', 200],
    ['monitor, Libya: "trying to flee" ... "drowned"', 'Nine migrants trying to flee Libya drowned off the coast on Tuesday.', 'killed', 9],
    ['outlet, Yemen: "fleeing X were wounded"', 'Five residents fleeing Marib were wounded when their car struck a landmine.', 'injured', 5],
  ])('%s', (_case, s, category, value) => {
    const found = counts(s);
    expect(found).toContainEqual([category, value]);
    expect(found.filter(([c]) => c === 'displaced')).toEqual([]);
  });

  it.each([
    ['news, DR Congo: crossed a border', 'More than 3,000 people fleeing Goma have crossed into Rwanda since Monday.', 3000],
    ['sitrep, Syria: stranded', 'Some 40 families fleeing the clashes were stranded at the checkpoint near Saraqib.', 40],
  ])('with no death or injury they are displaced: %s', (_case, s, value) => {
    expect(counts(s)).toContainEqual(['displaced', value]);
  });

  it('a figure between has its own verb (Ukraine, sitrep)', () => {
    const found = counts('Some 5,000 people displaced by the offensive were sheltering in schools in Kherson, while 14 were killed in the town.');
    expect(found).toContainEqual(['displaced', 5000]);
    expect(found).toContainEqual(['killed', 14]);
  });
});
