/**
 * A place a fact was only near stays "near" (issue 9): an analyst records the surroundings of X ("near X"), never X
 * itself, whether the sentence names it ("killed near the town of Sake") or the toll takes it from the sentence before
 * ("attacked positions near Bakhmut on Monday. Five soldiers were killed"). A place the text puts the fact in stays
 * the place itself. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const mentions = (s: string) => extract(s).map((f) => f.place_mentions.map((p) => [p.text, p.near]));

describe('"near" before a feature noun and "of"', () => {
  it.each([
    ['news wire, DRC', 'Ten fighters were killed near the town of Sake on Monday, according to the army.', [[['Sake', true]]]],
    ['monitor, Syria', 'The Observatory said 14 fighters were killed around the village of Kabani on 2 May.', [[['Kabani', true]]]],
    ['situation report, Sudan', 'Some 5,000 people were displaced from areas near the town of Tawila in March, OCHA said.', [[['Tawila', true]]]],
  ])('%s', (_genre, s, want) => {
    expect(mentions(s)).toEqual(want);
  });
  it('"in the town of X" is the town itself (Ukraine, wire)', () => {
    expect(mentions('Shelling killed four civilians in the town of Vovchansk on Monday, the governor said.')).toEqual([[['Vovchansk', false]]]);
  });
});

describe('a toll carried from the sentence before keeps "near"', () => {
  it.each([
    ['news wire, Ukraine', 'Russian forces attacked positions near Bakhmut on Monday. Five soldiers were killed, the army said.', [[['Bakhmut', true]]]],
    ['encyclopedic, DRC', 'In May 2024 M23 rebels clashed with the army near the town of Sake. Ten fighters were killed.', [[['Sake', true]]]],
    ['news, Sudan', 'RSF fighters attacked villages in El Fasher on Friday. Twenty civilians were killed, local monitors said.', [[['El Fasher', false]]]],
  ])('%s', (_genre, s, want) => {
    expect(mentions(s)).toEqual(want);
  });
});
