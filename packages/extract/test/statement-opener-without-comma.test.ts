/**
 * "In a statement the ministry said ...": an opener naming the document, with no comma after it, is not part of the
 * reporter; the issuer is (reporter-phrase.ts tidy). With the comma, attribution reads it already. Sentences written
 * for the rule, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const CASES: [name: string, text: string, value: number, reporter: string][] = [
  ['outlet (Libya): "In statement the ministry said", the article dropped',
    'In statement the health ministry said the Tripoli Central Hospital received six dead after the clashes.', 6, 'health ministry'],
  ['wire (Sahel): "In a statement the army said"',
    'In a statement the army said 14 soldiers were killed in an ambush near Djibo.', 14, 'army'],
  ['agency (Myanmar): "In its weekly update the UN refugee agency said"',
    'In its weekly update the UN refugee agency said 3,500 people had fled fighting in Rakhine State.', 3500, 'UN refugee agency'],
  ['outlet (Syria): "In a statement the Syrian Civil Defence said"',
    'In a statement the Syrian Civil Defence said shelling killed four civilians in Ariha.', 4, 'Syrian Civil Defence'],
];

describe('a statement opener without its comma', () => {
  it.each(CASES)('%s', (_name, text, value, reporter) => {
    const f = extract(text).map(brief).find((x) => x.value === value);
    expect(f, JSON.stringify(extract(text).map(brief))).toBeDefined();
    expect(f!.reporters).toEqual([reporter]);
  });

  it('the comma\'s case is unchanged', () => {
    const f = extract('In a statement, the army said 14 soldiers were killed near Djibo.').map(brief).find((x) => x.value === 14)!;
    expect(f.reporters).toEqual(['army']);
  });
});
