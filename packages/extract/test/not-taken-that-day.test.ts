/**
 * Captures that did not happen on the sentence's day, met in fresh encyclopedic pages. A withdrawal only begun
 * (Ukraine, Libya): "claimed that Ukrainian forces in X had begun withdrawing from the city", "some fighters started
 * retreating from X": the side is leaving; the place has not changed hands yet. A participle describing ground taken
 * earlier (Iraq): "reinforcements were sent to secure the recaptured parts of X" tells of reinforcements, not of a
 * capture that day. A finished withdrawal and a capture told by its verb still are captures. Sentences written for
 * this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (text: string) => extract(text).map((f) => brief(f)).filter((b) => b.category === 'captured').map((b) => b.places);
/** Each genre's sentence with the captures found in it. */
const capturesIn = (table: Record<string, string>) => Object.entries(table).map(([genre, text]) => [genre, captures(text)]);
const noneIn = (table: Record<string, string>) => Object.keys(table).map((genre) => [genre, []]);

const cases: [string, Record<string, string>, string, string][] = [
  ['a withdrawal only begun', {
    'an encyclopedic page (Ukraine)': 'On 28 June, a separatist envoy claimed that Ukrainian units in Siversk had begun withdrawing from the town.',
    'an encyclopedic page (Libya)': 'Meanwhile, some militants started retreating from Derna, while the army advanced on the old city.',
    'wire copy (Mali)': 'Soldiers began pulling out of Tessalit on Sunday, a military source told AFP.',
    'an assessment (DR Congo)': 'M23 fighters have started to withdraw from Rubaya, local sources reported.',
  }, 'On 5 March, the army withdrew from Jebel Moya after heavy fighting.', 'Jebel Moya'],
  ['an attributive participle of capture', {
    'an encyclopedic page (Syria)': 'The next day, militia units were sent to hold the recaptured parts of Deir ez-Zor.',
    'wire copy (Iraq)': 'Engineers began clearing mines in the newly captured districts of Tal Afar on 3 September, officials said.',
    'a situation report (Ukraine)': 'On 16 November, aid convoys reached the liberated villages of Izium district.',
  }, 'On 12 February, the army recaptured Boni after heavy fighting.', 'Boni'],
];

describe('no capture on the sentence\'s day', () => {
  it.each(cases)('%s, in several genres and wars; the finished act still is one', (_what, table, control, place) => {
    expect(capturesIn(table)).toEqual(noneIn(table));
    expect(captures(control)).toEqual([[place]]);
  });
});
