/**
 * A breakdown belongs to its whole: "including 20 children" after a whole its sentence states anew is a new fact even
 * when an earlier sentence gave 20 children of another whole (a monitor's tally by perpetrator or by weapon). A whole
 * restated with its breakdown stays one fact, and so does a bare restatement of a part. Sentences written for the
 * rule, in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const children = (text: string) => extract(text).filter((f) => f.group === 'children').map((f) => [f.sentence_index, f.quantity?.value]);
const childFacts = (text: string) => extract(text).filter((f) => f.group === 'children').length;

describe('a breakdown of a new whole is a new fact', () => {
  it.each([
    ['monitor, Syria', 'Government shelling killed 90 civilians in March, among them 20 children. Landmines killed 45 civilians, including 20 children.', [[0, 20], [1, 20]]],
    ['monitor, Yemen', 'Of the 58 civilians killed by air strikes, 12 were children. Shelling killed 40 civilians, including 12 children.', [[0, 12], [1, 12]]],
    ['sitrep, Sudan', 'Attacks on Tawila killed 31 people, including 7 children. A drone strike on Nyala killed 19 people, among them 7 children.', [[0, 7], [1, 7]]],
  ])('%s', (_genre, text, expected) => expect(children(text)).toEqual(expected));
});

describe('a restatement stays one fact', () => {
  it.each([
    ['wire, Ukraine', 'At least 25 people, including 9 children, were killed in Kharkiv, the ministry said. The ministry said 25 people, among them 9 children, died.'],
    ['outlet, Gaza', 'The strike killed 25 people, including 9 children. The 9 children were pupils of a nearby school.'],
  ])('%s', (_genre, text) => expect(childFacts(text)).toBe(1));
});
