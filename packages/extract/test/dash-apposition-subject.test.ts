/**
 * An apposition set between dashes after a figure's noun ("eight fighters of the SDF — the de facto army of the
 * region — were killed") stands between the subject and its verb as one between commas does: the verb after the
 * second dash is the figure's. Sentences written for this file, in several wars; none comes from the fresh texts or
 * the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('a subject past an apposition between dashes', () => {
  it.each([
    ['wire, Syria: em dashes, a noun phrase', 'The monitor said eight fighters of the Kurdish-led forces — the main ground partner of the coalition — were killed in the strikes.', ['killed', 8]],
    ['sitrep, DRC: a partitive aside', 'Some 3,000 families — most of them from Kalehe — have fled to Goma, OCHA said.', ['displaced', 3000]],
    ['wire, Mali: a breakdown aside', 'Twelve soldiers — among them two officers — died in the ambush near Menaka, the army said.', ['killed', 12]],
    ['news, Ukraine: en dashes', 'Nine rescuers – members of the state emergency service – were wounded by a second strike in Kharkiv.', ['injured', 9]],
  ])('%s', (_case, s, want) => {
    expect(counts(s)).toContainEqual(want);
  });

  it('a dash that opens a clause of its own is no apposition (Yemen)', () => {
    expect(counts('Forty families arrived in Marib — the camps were already full — and others moved on to Sirwah.')).toContainEqual(['displaced', 40]);
  });
});
