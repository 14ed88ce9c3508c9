/**
 * Constructions of national and regional outlets' own reports the rules missed (fresh outlet texts nobody tuned for):
 * a place phrase with its feature word between a count and its verb ("a man in the village of X was killed"), one
 * worker named as the victim, wounds sustained or suffered, a side dislodged from a place, and a headline's speaker
 * named by a reporter noun before its colon ("Governor: Five people injured ..."). Every sentence is
 * written for its rule, in several genres and wars; none comes from the fresh texts, the seeds or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief);
const figures = (s: string) => facts(s).map((f) => [f.category, f.value]);

describe('"in the village of X" between a count and its verb leaves the count the subject', () => {
  it.each([
    ['outlet, Ukraine', 'Police reported that a 52-year-old man in the village of Bilozerka, Kherson region, was killed late on Friday in shelling.', [['killed', 1]], ['Bilozerka', 'Kherson']],
    ['monitor, Syria', 'Three civilians in the town of Maarat al-Numan were killed in an air strike on Tuesday, rescuers said.', [['killed', 3]], ['Maarat al-Numan']],
    ['outlet, Yemen', 'Two children in the city of Taiz were wounded by sniper fire, the health office said.', [['injured', 2]], ['Taiz']],
    ['sitrep, Sudan', 'About 1,200 families in the town of Tawila have fled since Monday.', [['displaced', 1200]], ['Tawila']],
  ])('%s: %s', (_genre, s, expected, places) => {
    expect(figures(s)).toEqual(expected);
    expect(facts(s)[0]?.places).toEqual(places);
  });

  it('a feature word before a phrase that is no place still ends the look (outlet, Myanmar)', () => {
    expect(figures('Five people in the area of need were moved to a monastery.')).toEqual([]);
  });
});

describe('one worker is a victim', () => {
  it.each([
    ['outlet, Ukraine', 'A 47-year-old agricultural worker was killed in shelling on Monday, the governor said.', 'killed'],
    ['wire, Sudan', 'An aid worker was wounded when gunmen fired on the convoy near Kosti.', 'injured'],
    ['monitor, Gaza', 'A health worker was killed in a strike on the clinic in Jabalia.', 'killed'],
  ])('%s: %s', (_genre, s, category) => expect(figures(s)).toEqual([[category, 1]]));
});

describe('wounds sustained or suffered are injuries', () => {
  it.each([
    ['outlet, Mali', 'Two soldiers sustained gunshot wounds in the ambush near Kidal, the army said.', [['injured', 2]]],
    ['outlet, Ukraine', 'Another 57-year-old man sustained fragmentation wounds in Nikopol.', [['injured', 1]]],
    ['wire, Yemen', 'Three fishermen suffered shrapnel wounds when a shell hit their boat off Hodeidah.', [['injured', 3]]],
  ])('%s: %s', (_genre, s, expected) => expect(figures(s)).toEqual(expected));
});

describe('a side dislodged from a place lost it', () => {
  it.each([
    ['outlet, Somalia', 'Government troops dislodged the militants from the town of Bardale on Monday, the army said.', ['Bardale']],
    ['outlet, Ukraine', 'Ukrainian forces dislodged Russian troops from Klishchiivka after weeks of fighting.', ['Klishchiivka']],
    ['wire, Iraq', 'Iraqi forces were dislodging Islamic State fighters from Hammam al-Alil on Sunday.', ['Hammam al-Alil']],
  ])('%s: %s', (_genre, s, places) => {
    const taken = facts(s).filter((f) => f.category === 'captured');
    expect(taken.map((f) => f.places)).toEqual([places]);
  });

  it('dislodged by a direction is no capture (outlet, DR Congo)', () => {
    expect(facts('The rebels were dislodged back from Sake by the army.').filter((f) => f.category === 'captured')).toEqual([]);
  });
});

describe("a reporter noun before a headline's colon is the headline's speaker", () => {
  it.each([
    ['outlet, Ukraine', 'Governor: Five people injured by Russian attack on Kherson Oblast\n\nThe governor said a rescue operation was under way.', 'Governor'],
    ['outlet, Mali', 'Army: 30 militants killed in clashes near Kidal\n\nThe army said its troops repelled an attack.', 'Army'],
    ['outlet, Sudan', 'Health ministry: 12 dead in shelling of Omdurman market', 'Health ministry'],
  ])('%s: %s', (_genre, s, reporter) => expect(facts(s)[0]?.reporters).toEqual([reporter]));

  it.each([
    ['a topic before the colon', 'Sudan war: RSF enters Wad Madani as 300,000 flee'],
    ['a page label before the colon', 'Live updates: Five people injured in Kharkiv strike'],
  ])('%s names no one', (_case, s) => expect(facts(s).flatMap((f) => f.reporters)).toEqual([]));
});
