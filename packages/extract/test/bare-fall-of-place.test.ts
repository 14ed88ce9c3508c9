/**
 * A fall with no side named: "Kreminna fell on 18 April", "Mosul fell in June 2014", "Mosul had fallen by then"
 * (territory.ts, `BARE_FALL_TIME`, `bareFall`): a change of hands when the place alone is the subject opening its
 * clause and a time or the clause's end follows. Met in a fresh encyclopedic page (the Svatove–Kreminna line 2022),
 * whose background gave the falls of Svatove and Kreminna so. "Shells fell on X", "prices in X fell in May" and a
 * ruler's fall are no captures, nor an inflected common noun that opens a sentence ("Deaths fell in 2023"). Sentences written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const taken = (text: string) =>
  extract(text).filter((f) => f.kind === 'territory' && f.category === 'captured').map((f) => f.place_mentions.map((p) => p.text));

describe('a bare fall of a named place', () => {
  it.each([
    ['encyclopedic, Ukraine', 'Kreminna fell on 18 April, the first city of the Donbas to be captured.', 'Kreminna'],
    ['encyclopedic, Iraq', 'Mosul fell in June 2014, and the army regrouped in Samarra.', 'Mosul'],
    ['wire, Afghanistan', 'Officials said Kunduz fell on 28 September after a surprise assault.', 'Kunduz'],
    ['outlet, Sudan', 'After the army withdrew, Wad Madani fell on 18 December.', 'Wad Madani'],
    ['assessment, Myanmar', 'Lashio had fallen by then, and resistance forces pressed on.', 'Lashio'],
    // A weekday or a relative day is its time as a date is: "fell on Monday", "fell yesterday".
    ['wire, Ukraine', 'Avdiivka fell on Saturday, the defence ministry said.', 'Avdiivka'],
    ['outlet, Myanmar', 'Residents said Lashio fell yesterday after weeks of fighting.', 'Lashio'],
  ])('%s', (_case, text, place) => {
    expect(taken(text)).toContainEqual([place]);
  });

  it.each([
    ['shells on a place', 'Shells fell on Kreminna on 18 April.'],
    ['prices in a place', 'Prices in Kherson fell in May.'],
    ['rain', 'Rain fell in Kharkiv on Monday.'],
    ['a ruler', 'Assad fell on 8 December.'],
    ['a toll opening a monitor\'s sentence', 'Deaths fell in 2023, the mission said.'],
    ['a count opening a sitrep line', 'Casualties fell in March as fighting eased.'],
    ['returns in a wire story', 'Returns fell on Monday after the clashes.'],
    ['shells on a weekday', 'Shells fell on Monday on Kharkiv.'],
  ])('no capture: %s', (_case, text) => {
    expect(taken(text)).toEqual([]);
  });

  // A list of places as the subject, each with its own day: "A and B fell on Monday and Wednesday respectively".
  it('a subject list falls, and "respectively" gives each its day (sitrep, Syria)', () => {
    const got = extract('Saraqib and Khan Shaykhun fell on Monday and Wednesday respectively.').filter((f) => f.category === 'captured');
    expect(got.map((f) => [f.place_mentions.map((p) => p.text), f.time_phrase])).toEqual([[['Saraqib'], 'on Monday'], [['Khan Shaykhun'], 'on Wednesday']]);
  });
});
