/**
 * Captures listed after a place the sentence calls by its noun ("has taken control of the town, as well as A, B and
 * C"), each its own change of hands (territory.ts `alsoAfterBack`, places.ts `phraseCue`); a hedged report that a place
 * is under a side's control ("is reported to be under rebel control"); a member after "and" with a verb of its own
 * ("and 20 others were kidnapped") that takes no harm of the verb before (figures.ts `ownClause`, clause-backoff.ts
 * `ownVerb`); "totalled" as a toll's verb (toll-verbs.csv). Sentences written for the rules, in several genres.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const captures = (text: string) => extract(text).filter((f) => f.category === 'captured').map((f) => `${f.place_mentions.map((p) => p.text).join('|')}:${f.actor_text}:${f.hedge ?? ''}`);
const tolls = (text: string) => extract(text).map((f) => `${f.category}:${f.quantity?.value}`);

describe('places listed after a place called by its noun are taken, each', () => {
  it.each([
    ['situation report', 'Heavy fighting was reported near Kindia. Residents said the rebels have taken control of the town, as well as Mamou, Dabola and Faranah.', ['Kindia:rebels:', 'Mamou:rebels:', 'Dabola:rebels:', 'Faranah:rebels:']],
    ['wire', 'Army units shelled Tessit on Monday. On Wednesday the militants seized the town, along with Intillit and Inekar, residents said.', ['Tessit:militants:', 'Intillit:militants:', 'Inekar:militants:']],
  ])('%s', (_genre, text, facts) => {
    expect(captures(text)).toEqual(expect.arrayContaining(facts));
  });

  it('the names are taken even when no earlier place answers the noun', () => {
    const text = 'Mutineers said on Sunday they had taken control of the city, as well as Mamou, Dabola, Faranah, a spokesman told reporters.';
    expect(captures(text).map((c) => c.split(':')[0])).toEqual(expect.arrayContaining(['Mamou', 'Dabola', 'Faranah']));
  });

  it('a denied fall is no capture', () => {
    expect(captures('Coyah had not yet fallen by Monday, officials said.')).toEqual([]);
  });

  it('a place called by its noun with nothing added stays one capture', () => {
    expect(captures('Heavy fighting was reported near Kindia. By noon the rebels had taken control of the town.').map((c) => c.split(':')[0])).toEqual(['Kindia']);
  });
});

describe('a hedged report that a place is under a side’s control', () => {
  it.each([
    ['situation report', 'Further south, the village of Kolda is reported to be under rebel control.', 'Kolda:rebel:reported to'],
    ['outlet', 'Two days later the town of Ngala was said to be under the control of the militia.', 'Ngala:the militia:said to'],
    ['wire, a bare name', 'Dubreka is reported to be under rebel control, residents said.', 'Dubreka:rebel:reported to'],
  ])('%s', (_genre, text, fact) => {
    expect(captures(text)).toContain(fact);
  });
});

describe('a member with a verb of its own after "and"', () => {
  it.each([
    ['outlet, abduction', 'Gunmen killed three villagers in Kaura, and 20 others were reportedly kidnapped, police said.', ['killed:3']],
    ['wire, abduction', 'Bandits killed 11 people and 20 others were abducted in the raid on Maru, residents said.', ['killed:11']],
    ['monitor, wounded', 'Gunmen killed three villagers, and 20 others were injured.', ['killed:3', 'injured:20']],
  ])('%s', (_genre, text, facts) => {
    expect(tolls(text)).toEqual(facts);
  });

  it('a list of subjects still shares its verb', () => {
    expect(tolls('At least 20 civilians and 31 soldiers were killed in the clashes near Djibo.')).toEqual(['killed:20', 'killed:31']);
  });
});

describe('"totalled" gives a toll', () => {
  it.each([
    ['monitor', 'Conflict deaths in the two Kivus totalled 212 in May, the monitor said.', ['killed:212']],
    ['assessment, with an earlier month', 'Civilian fatalities in Sagaing totaled 340 in June, down from 410 in May.', ['killed:340', 'killed:410']],
  ])('%s', (_genre, text, facts) => {
    expect(tolls(text)).toEqual(facts);
  });

  it('a sum of money is no toll', () => {
    expect(tolls('The damage totalled 4 million dollars, officials said.')).toEqual([]);
  });
});
