/**
 * Source notes of encyclopedic infoboxes and speech verbs met in fresh published pages: "(per the army)", "(as of
 * 4 May; per Reuters)", "X mentioned that ...". Sentences written for each rule, in several genres and wars; none
 * comes from the seeds, the corpus or the fresh texts read for it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const reportersOf = (text: string) => extract(text).map((f) => f.reporter_texts);

describe('a source note closing an infobox line', () => {
  it.each([
    ['infobox, Myanmar', '410 killed (as of 4 Dec.; per the military)', [['military']]],
    ['infobox, Ethiopia', '75 soldiers killed (per the army)', [['army']]],
    ['infobox, Yemen', '90 fighters killed (as of 2 May; per Reuters)', [['Reuters']]],
    ['infobox, Libya', '33 civilians killed (per the rebels)', [['rebels']]],
  ])('%s: %s', (_genre, text, expected) => expect(reportersOf(text)).toEqual(expected));

  it.each([
    ['a rate, not a source (Ukraine)', 'Shelling killed 12 people in Kharkiv, per day of fighting.'],
    ['a common noun outside a parenthesis (Sudan)', 'Shelling killed 14 people in El Fasher per the day.'],
  ])('%s: %s', (_what, text) => expect(reportersOf(text)).toEqual([[]]));
});

describe('"mentioned that" reports what follows', () => {
  it.each([
    ['encyclopedic, Ethiopia', 'Health minister Lia Tadesse mentioned that about 40 people had died in the raid on Mekelle.', [['Lia Tadesse']]],
    ['outlet, Yemen', 'The Yemeni defence ministry mentioned that 52 soldiers had been killed near Marib.', [['Yemeni defence ministry']]],
  ])('%s: %s', (_genre, text, expected) => expect(reportersOf(text)).toEqual(expected));
});

describe('a speaker too long to be a reporter "told" a medium: the medium reports what follows', () => {
  it.each([
    ['wire, Yemen', 'A nurse who treated the wounded in Aden told Reuters that 23 civilians were killed.', [['Reuters']]],
    ['encyclopedic, DR Congo', 'A source close to the investigation told AFP that 14 people died in the raid on Bunia.', [['AFP']]],
    // The figure after "while" is the medium's, not the minister's named before it.
    [
      'encyclopedic, Mali',
      'Aid minister Pierre Lunel said that there had been about 60 deaths, while an officer involved in burying the dead told the AFP that 97 soldiers had been killed.',
      [['Pierre Lunel'], ['AFP']],
    ],
  ])('%s: %s', (_genre, text, expected) => expect(reportersOf(text)).toEqual(expected));
});
