/**
 * "took over X": the particle belongs to the capture verb, so the name after it is the place taken, as after "took
 * back X". A lone "over" is no place cue ("flew over X"). Sentences written for the rule, in several wars and genres;
 * none comes from the corpus or the fresh texts read for it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const captures = (text: string) =>
  extract(`Battle of Testville\n\n${text}`).filter((f) => f.category === 'captured').map((f) => f.place_mentions.map((p) => p.text));

describe('the place after "took over" is the place taken', () => {
  it.each([
    ['encyclopedic, Central African Republic', 'Séléka rebels took over Bambari on 10 December 2012.', [['Bambari']]],
    ['wire, Sudan', 'In July 2023, the RSF took over Nyala after weeks of fighting.', [['Nyala']]],
    ['encyclopedic, DR Congo', 'The next day, M23 fighters took over Bunagana on the Ugandan border.', [['Bunagana']]],
    ['outlet, Somalia', 'Al-Shabaab militants had taken over Mahaday by the end of the month.', [['Mahaday']]],
    ['encyclopedic, Syria', 'On 4 May 2016, the army, having taken over Dabiq and Akhtarin, pushed on towards al-Bab.', [['Dabiq', 'Akhtarin']]],
  ])('%s: %s', (_genre, text, expected) => expect(captures(text)).toEqual(expected));

  it.each([
    ['a flight, Mali', 'Aircraft flew over Tessalit on 3 May 2020.'],
    ['an office, Mali', 'A new governor took over in Kidal on 3 May 2020.'],
  ])('%s: %s', (_what, text) => expect(captures(text)).toEqual([]));
});
