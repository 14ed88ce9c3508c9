/**
 * A date before a clause's subject, with no comma between them ("On 3 May the army took X", "In March the rebels
 * seized Y"): the month or weekday is no part of the actor's name, and the date's preposition does not govern the
 * actor, so the subject is read as written and kept.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const actorOf = (text: string) => extract(text).map(brief).map((f) => [f.category, f.actor]);

describe('a subject right after a date', () => {
  it('keeps the actor without the month before it (narrative, Syria)', () => {
    expect(actorOf('On 14 April the army seized the village of Kafr Nabl.')).toEqual([['captured', 'the army']]);
  });

  it('finds the subject after "In <month>" (narrative, Sudan)', () => {
    expect(actorOf('In June the RSF captured Singa after a week of fighting.')).toEqual([['captured', 'RSF']]);
  });

  it('finds the subject after a month and year (encyclopedic, Iraq)', () => {
    expect(actorOf('In October 2016 Iraqi forces recaptured Bartella from the Islamic State.')).toEqual([['captured', 'Iraqi forces']]);
  });

  it('finds the subject after a weekday (wire, Yemen)', () => {
    expect(actorOf('On Thursday the Houthis seized the district of Nihm, local officials said.')).toEqual([['captured', 'Houthis']]);
  });

  it('still reads a preposition that governs the actor after a date (Ukraine)', () => {
    const facts = extract('Shelling in March by Russian forces killed 9 civilians in Kharkiv.').map(brief);
    expect(facts.map((f) => [f.category, f.value, f.actor])).toEqual([['killed', 9, 'Russian forces']]);
  });

  it('keeps capitalized words that are part of the name (Syria)', () => {
    expect(actorOf("On 2 May President Assad's forces took Kafr Zita.")).toEqual([['captured', "President Assad's forces"]]);
  });
});
