import { describe, expect, it } from 'vitest';
import { dateWords } from '@frontline/nlp/dates';
import { findTimes, LAUNCHES } from '../src/time.ts';

/** What the time layer reads in a sentence: its time phrases and whether the sentence launches what it counts days from. */
const reading = (s: string) => JSON.stringify({ times: findTimes(s).map((t) => [t.text, t.start]), launches: LAUNCHES.test(s) });
/** The sentence with the noun swapped for a word of no fighting. */
const withoutNoun = (s: string, word: string) => s.replace(new RegExp(`\\b${word}\\b`, 'i'), 'talks');

describe('nouns of fighting (combat_noun rows of date-words.csv)', () => {
  const rows = dateWords('combat_noun');

  it('has rows for every role the time layer reads', () => {
    expect(new Set(rows.map((r) => r.value))).toEqual(new Set(['fighting', 'cause', 'operation', 'launched']));
  });

  // Each row's example reads differently with its noun swapped out: the row is what the time layer reads there.
  it.each(rows.map((r) => [r.word, r.value, r.example]))('"%s" (%s) is read in its example', (word, _role, example) => {
    expect(example).toMatch(new RegExp(`\\b${word}\\b`, 'i'));
    expect(reading(example)).not.toBe(reading(withoutNoun(example, word)));
  });

  it('a noun only launched is no noun a time word qualifies', () => {
    expect(findTimes('Medics said nine were killed in three days of counter-offensive.').map((t) => t.text)).not.toContain('in three days of counter-offensive');
    expect(findTimes('Medics said nine were killed in three days of shelling.').map((t) => t.text)).toContain('in three days of shelling');
  });
});
