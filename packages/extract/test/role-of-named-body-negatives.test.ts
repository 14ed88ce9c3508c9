/**
 * A role of a body written by its long name ("a member of the X Force", "the head of the Y Union", "a commander of
 * the Z Brigades") is a speaker only where it says or tells (reporter-phrase.ts roleOfNamedBody). Where the phrase is
 * the victim of the figure, the place it happened, the object of an attack or a third party the speaker quotes, the
 * reporter is the one who speaks, never that body. Every sentence is written for this file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';
import { reporterPhrase } from '../src/reporter-phrase.ts';

const reporters = (text: string) => extract(text).flatMap((f) => f.reporter_texts);

describe('a role of a named body that is not the speaker', () => {
  it.each([
    // The body's member is the victim.
    ['victim, wire, Syria', 'A drone strike killed a commander of the Deir Ezzor Military Council tribal force and 3 guards near Hajin, the Syrian Observatory for Human Rights said.', 'Military Council', 'Syrian Observatory'],
    ['victim, sitrep, Sudan', 'Gunmen shot dead 4 nurses and the head of the Sudan Doctors Union Darfur branch in Nyala on Tuesday, OCHA said.', 'Doctors Union', 'OCHA'],
    ['victim, outlet, Myanmar', "Junta troops killed 6 villagers and a member of the Mandalay People's Defence Force urban guerrilla unit in Madaya township, Myanmar Now reported.", 'Defence Force', 'Myanmar Now'],
    // The body's member locates the event.
    ['place, monitor, Ukraine', 'Three civilians were killed near the home of a member of the Kharkiv Regional Council Defence Committee in Kupiansk, police said.', 'Regional Council', 'police'],
    ['place, encyclopedic, Ethiopia', 'In March 2022, 14 villagers were killed outside the compound of the head of the Tigray Interim Administration Security Bureau in Adigrat, according to Human Rights Watch.', 'Interim Administration', 'Human Rights Watch'],
    // The body's member is what the attack was aimed at.
    ['object, wire, Yemen', 'Houthi fighters ambushed the convoy of a commander of the Giants Brigades Southern Resistance Forces near Mukayras, killing 5 guards, a government source said.', 'Giants Brigades', 'government source'],
    ['object, wire, Gaza', 'An Israeli strike on the house of a commander of the Al-Quds Brigades armed wing in Khan Younis killed 7 people, the civil defence said.', 'Quds Brigades', 'civil defence'],
    ['object, think tank, Sahel', 'The raid on the camp of a commander of the Macina Liberation Front jihadist group near Djenné left 11 fighters dead, the Crisis Group assessment said.', 'Liberation Front', 'Crisis Group'],
    // The body's member is a third party the speaker quotes.
    ['quoted, wire, DRC', 'A local chief told Reuters that 9 displaced people were killed near Djugu after a commander of the Cooperative for the Development of Congo militia threatened the camp.', 'Development of Congo', 'chief'],
    ['quoted, outlet, Yemen', 'Five fishermen were killed off Hodeidah, the coast guard said, denying a claim by a spokesman for the Ansar Allah Supreme Political Council media office that the boat carried arms.', 'Supreme Political', 'coast guard'],
    ['quoted, sitrep, Sudan', 'Some 2,300 people fled Tawila this week, OCHA said, while the head of the Sudan Liberation Movement Minni Minawi faction told fighters to hold the town.', 'Liberation Movement', 'OCHA'],
  ])('%s', (_case, text, body, speaker) => {
    const found = reporters(text);
    expect(found.join(' | ')).toContain(speaker);
    expect(found.join(' | ')).not.toContain(body);
  });
});

describe('a long phrase whose role of a named body is not its head is no reporter', () => {
  // What a construction may put in the reporter's place when the sentence is built otherwise: the head is an event,
  // a thing or a place ("the killing of", "the convoy of", "the home of"), or the body is followed by a verb of its
  // own; the role and its body are inside it, and none of it speaks.
  it.each([
    ['victim, Gaza', 'the killing of a commander of the Al-Quds Brigades armed wing'],
    ['victim, Myanmar', "the funeral of a member of the Kale Township People's Defence Force"],
    ['object, Yemen', 'the convoy of a commander of the Giants Brigades Southern Resistance Forces'],
    ['place, Ukraine', 'the home of a member of the Kharkiv Regional Council Defence Committee'],
    ['a verb after the body, Sudan', 'the head of the Sudan Doctors Union Darfur branch killed in Nyala'],
    ['a verb after the body, Sahel', 'a commander of the Macina Liberation Front shot dead near Djenne'],
  ])('%s', (_case, phrase) => {
    expect(reporterPhrase(phrase)).toBeNull();
  });
});
