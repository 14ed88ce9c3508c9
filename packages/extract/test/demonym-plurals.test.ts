/**
 * People counted by where they are from, in plurals no ending tells ("23 Chechens", "9 Uzbeks", "14 Kurds"), as
 * narratives count foreign fighters and wire copy counts victims by nation (nouns.ts, data/demonym-plurals.csv).
 * Sentences written for the rule, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const counts = (text: string) => extract(text).map((f) => `${f.category}:${f.count_phrase}`);

describe('an irregular demonym plural is a count of people', () => {
  it.each([
    ['encyclopedic, Iraq', 'An Iraqi official stated that 23 Chechens from ISIL were killed near Suleiman Bek.', 'killed:23'],
    ['wire, Syria', 'Nine Uzbeks of an Idlib battalion were killed in Russian air strikes on Tuesday, the monitor said.', 'killed:Nine'],
    ['outlet, Afghanistan', 'Three Tajiks were killed in an air strike in Kunar, officials said.', 'killed:Three'],
    ['monitor, Syria', 'At least 14 Kurds died in Turkish shelling of Tal Tamr, SOHR said.', 'killed:At least 14'],
    ['situation report, Iraq', 'Some 400 Turkmens fled Tal Afar after the clashes, IOM said.', 'displaced:Some 400'],
  ])('%s', (_genre, text, fact) => {
    expect(counts(text)).toContain(fact);
  });
});
