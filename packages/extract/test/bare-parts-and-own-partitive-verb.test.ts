/**
 * Two constructions of narrative tolls, found on published pages outside the corpus and tested on sentences written
 * for the rules:
 * - a breakdown by a bare group between the subject figure and its verb, with or without commas ("15 civilians
 *   including children were killed"): the verb after the aside is the subject's (cues.ts BARE_PARTS);
 * - a pronoun partitive with a casualty verb of its own after a figure taken by an earlier verb ("wounding 12 civilians,
 *   five of whom died of their wounds"): the part is counted by its own verb (figures.ts cueFor).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function tolls(text: string) {
  return extract(text).filter((f) => f.kind !== 'territory').map((f) => [f.category, f.group, f.quantity?.value ?? null]);
}

describe('a bare group after "including" between a figure and its verb', () => {
  it.each([
    ['wire, DRC', 'At least 11 civilians including children were killed when shells hit Sake on Tuesday, residents said.', [['killed', 'civilians', 11]]],
    ['situation report, Sudan', 'On 4 May, 23 people including women and children died in an attack on a market in Kadugli.', [['killed', 'people', 23]]],
    ['monitor, Syria', 'Nine civilians among them elderly were wounded in artillery shelling on Ariha.', [['injured', 'civilians', 9]]],
    ['outlet, Myanmar', 'About 4,000 residents including monks fled Kyaukme after the airstrikes, local media said.', [['displaced', '', 4000]]],
    ['assessment, Ukraine', 'Some 30 servicemen including officers were killed in the strike on the training ground near Dnipro.', [['killed', 'government_forces', 30]]],
  ])('%s: %s', (_genre, text, expected) => {
    expect(tolls(text)).toEqual(expected);
  });

  it('does not read a participle after the aside\'s noun as the figure\'s verb', () => {
    expect(tolls('The camp town was home to about 90,000 people, including families displaced from Shan State.')).not.toContainEqual(['displaced', '', 90000]);
  });

  it('leaves a verb of the aside to the aside: the verb after it is not the figure\'s', () => {
    expect(tolls('Twelve people including children fled and others were killed near Goma.')).not.toContainEqual(['killed', 'people', 12]);
  });
});

describe('a pronoun partitive with its own casualty verb', () => {
  it.each([
    ['wire, Gaza', 'The strike wounded 18 people, four of whom later died in hospital, medics said.', [['injured', 'people', 18], ['killed', 'people', 4]]],
    ['monitor, Yemen', 'Houthi shelling on Taiz injured 9 civilians, two of whom died on the way to hospital.', [['injured', 'civilians', 9], ['killed', 'civilians', 2]]],
    ['encyclopedic, Sahel', 'The ambush near Gao wounded 25 soldiers, three of them died the next day, the army said.', [['injured', 'government_forces', 25], ['killed', 'government_forces', 3]]],
  ])('%s: %s', (_genre, text, expected) => {
    expect(tolls(text)).toEqual(expected);
  });

  it('keeps the list verb for a part with no casualty verb of its own', () => {
    expect(tolls('Shelling wounded 14 soldiers, two of them seriously.')).toEqual([['injured', 'government_forces', 14], ['injured', 'government_forces', 2]]);
  });
});
