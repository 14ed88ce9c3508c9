/**
 * A withdrawal only begun, met twice in fresh encyclopedic pages (Ukraine, Libya): "claimed that Ukrainian forces in X
 * had begun withdrawing from the city", "some fighters started retreating from X". The side is leaving; the place
 * has not changed hands, so there is no capture yet. A finished withdrawal still is one. Sentences written for this
 * file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (text: string) => extract(text).map((f) => brief(f)).filter((b) => b.category === 'captured').map((b) => b.places);

const begun = {
  'an encyclopedic page (Ukraine)': 'On 28 June, a separatist envoy claimed that Ukrainian units in Siversk had begun withdrawing from the town.',
  'an encyclopedic page (Libya)': 'Meanwhile, some militants started retreating from Derna, while the army advanced on the old city.',
  'wire copy (Mali)': 'Soldiers began pulling out of Tessalit on Sunday, a military source told AFP.',
  'an assessment (DR Congo)': 'M23 fighters have started to withdraw from Rubaya, local sources reported.',
};

describe('a withdrawal only begun is no capture', () => {
  it('in four genres and wars, while a finished withdrawal still changes hands (Sudan)', () => {
    const found = Object.entries(begun).map(([genre, text]) => [genre, captures(text)]);
    expect(found).toEqual(Object.keys(begun).map((genre) => [genre, []]));
    expect(captures('On 5 March, the army withdrew from Jebel Moya after heavy fighting.')).toEqual([['Jebel Moya']]);
  });
});
