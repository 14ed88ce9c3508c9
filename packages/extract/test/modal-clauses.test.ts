/**
 * Events that did not happen (issue 9): a clause whose verb is modal, intended, threatened, risked, feared or warded off
 * gives no fact, whether the event is a verb ("could capture", "risks displacing"), a noun ("the fall of X would ...",
 * "threatened the capture of X", "warned of the fall of X", "could lead to the deaths of N") or a subject with an
 * infinitive ("preparing for N people to be displaced"). Sentences written for this file in several genres and wars; the words are data/modality.csv.
 */
import { describe, expect, it } from 'vitest';
import { parseModality } from '../src/modality.ts';
import { readDataFile } from '../src/data.ts';
import { extract } from './helpers.ts';

const facts = (text: string) => extract(text).map((f) => `${f.category}:${f.quantity?.value ?? ''}:${f.place_mentions.map((p) => p.text).join(';')}`);
const about = (text: string, place: string) => facts(text).filter((f) => f.includes(place));

describe('a modal or intended event gives no fact', () => {
  it.each([
    ['analysis, Mali', 'The fall of Kidal would represent the capture of the last rebel stronghold in the north.', 'Kidal'],
    ['analysis, Myanmar', 'The capture of Sittwe could give the Arakan Army control of the whole state.', 'Sittwe'],
    ['news, Ethiopia', 'Federal commanders threatened the capture of Mekelle if the TPLF did not surrender.', 'Mekelle'],
    ['news, Libya', 'Aid groups warned of the fall of Tripoli as the LNA closed in.', 'Tripoli'],
    ['encyclopedic, Syria', 'Reinforcements were flown in to prevent the fall of Deir ez-Zor airbase.', 'Deir ez-Zor'],
    ['analysis, Ukraine', 'Heavy losses at Avdiivka could lead to the fall of Pokrovsk within weeks.', 'Pokrovsk'],
    ['news, DR Congo', 'The M23 vowed to seize Goma before the end of the month.', 'Goma'],
    ['news, Yemen', 'An assault on Hodeidah risks displacing 400,000 people, the UN said.', 'Hodeidah'],
    ['situation report, Yemen', 'Partners are preparing for up to 500,000 people to be displaced from Hodeidah.', 'Hodeidah'],
    ['situation report, Sudan', 'Agencies expect 20,000 more people to flee El Fasher in the coming weeks.', 'El Fasher'],
    ['news, Gaza', 'Israeli officials pledged to take Rafah, where 1.4 million people shelter.', 'Rafah'],
  ])('%s', (_genre, text, place) => {
    expect(about(text, place)).toEqual([]);
  });
});

describe('the same words where the event happened still give a fact', () => {
  it.each([
    ['encyclopedic, Mali', 'The fall of Kidal in November 2023 would prove a turning point for the junta.', 'Kidal'],
    ['news, Myanmar', 'The capture of Sittwe by the Arakan Army was confirmed on Monday.', 'Sittwe'],
    ['encyclopedic, Ethiopia', 'After the capture of Mekelle, which residents had feared for weeks, federal troops entered the city.', 'Mekelle'],
    ['news, Yemen', 'The assault on Hodeidah displaced 400,000 people, the UN said.', 'Hodeidah'],
    ['situation report, Sudan', 'The clashes forced 20,000 people to flee El Fasher.', 'El Fasher'],
    ['news, DR Congo', 'The truce allowed 3,000 families to return to Sake.', 'Sake'],
    ['monitor, Syria', 'At least 12 people are believed to have died in Idlib.', 'Idlib'],
    ['claim, DR Congo', 'Rebels claimed to have captured Kalehe, which the army denied.', 'Kalehe'],
  ])('%s', (_genre, text, place) => {
    expect(about(text, place).length).toBeGreaterThan(0);
  });
});

describe('nouns of victims ("the deaths of", "the displacement of") under a verb of fear, intent or a modal', () => {
  const victims = (text: string) => extract(text).filter((f) => f.kind !== 'territory').map((f) => `${f.category}:${f.quantity?.value ?? f.quantity?.vague_word ?? ''}`);
  it.each([
    ['news, Yemen', 'An assault on Hodeidah could lead to the deaths of thousands of civilians, the UN warned.'],
    ['situation report, Syria', 'Aid agencies warned of the displacement of 200,000 people from the Idlib countryside.'],
    ['wire, Sudan', 'Mediators sought to prevent the killing of more than 100 detainees held in the prison in Kober.'],
    ['news, Ukraine', 'Officials fear the deaths of 40 miners trapped under the shelled mine in Toretsk.'],
  ])('give no fact (%s)', (_genre, text) => {
    expect(victims(text)).toEqual([]);
  });

  it.each([
    ['news, Syria', 'The strikes caused the deaths of 14 civilians in Ariha, the Civil Defence said.', ['killed:14']],
    ['encyclopedic, Syria: the future of the past', 'The shelling would lead to the deaths of 12 civilians in the market of Douma.', ['killed:12']],
    ['encyclopedic, Libya: a noun subject of "would"', 'The killing of 30 protesters in Benghazi would spark the uprising.', ['killed:30']],
  ])('still give a fact where the event happened (%s)', (_genre, text, want) => {
    expect(victims(text)).toEqual(want);
  });
});

describe('the modality table', () => {
  it('reads modal verbs in lower case only: a capitalized "May" is the month', () => {
    const m = parseModality(readDataFile('modality.csv'));
    expect(m.modalBefore.test('the offensive may')).toBe(true);
    expect(m.modalBefore.test('on 3 May')).toBe(false);
    expect(m.nounGovernor.test('aid groups warned of ')).toBe(true);
  });

  it('a modal after a counted subject is read from the same table', () => {
    expect(about('Up to 60,000 civilians could flee Rafah if the assault goes ahead.', 'Rafah')).toEqual([]);
    expect(about('Up to 60,000 civilians fled Rafah as the assault went ahead.', 'Rafah').length).toBeGreaterThan(0);
    expect(parseModality(readDataFile('modality.csv')).modalLemmas.has('could')).toBe(true);
  });

  it('refuses a row of an unknown kind', () => {
    expect(() => parseModality('word,kind,forms,example,source\nhope,wish,hope,x,https://example.org\n')).toThrow(/kind/);
  });
});
