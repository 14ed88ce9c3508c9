/**
 * `sentenceActors` searches the actor registry once per sentence for what extractArticle asked twice (the sentence's
 * subject, every actor it names): its answers must be those of `sentenceActor` and `actorsNamed`, with and without
 * an aside that masks a name out of the subject search.
 */
import { describe, expect, it } from 'vitest';
import { actorsNamed, sentenceActor, sentenceActors } from '../src/actors.ts';

const SENTENCES = [
  // No aside: one search serves both.
  'The Syrian army recaptured the town of Saraqib from rebels on Monday.',
  'Backed by Russian jets, government forces pushed into southern Idlib.',
  'M23 rebels seized Bunagana after clashes with the Congolese army.',
  'The Houthis said they had shot down a drone over Marib.',
  'Residents fled as shelling hit the outskirts of Kharkiv.',
  'Fighting between the RSF and the Sudanese army spread to Wad Madani.',
  // An aside: the subject search does not see the bracket's or the dashes' words.
  'The Arakan Army (AA) took a border post near Maungdaw, a spokesman said.',
  'Tigrayan forces — backed, witnesses said, by local militias — entered Kobo on Tuesday.',
  '(Reuters) Israeli troops advanced into the northern Gaza Strip.',
  'Armenian forces (and volunteers from abroad) withdrew from Shusha.',
];

describe('sentenceActors', () => {
  it.each(SENTENCES)('gives the subject and the actors the two separate searches give: %s', (s) => {
    expect(sentenceActors(s)).toEqual({ subject: sentenceActor(s), named: actorsNamed(s) });
  });

  it('names a subject and the other actors of a sentence without an aside', () => {
    const { subject, named } = sentenceActors('M23 rebels seized Bunagana after clashes with the Congolese army.');
    expect(subject).toMatch(/M23 rebels/);
    expect(named.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a name inside brackets out of the subject but among the actors named', () => {
    const s = '(Government troops) Witnesses said shelling hit Ariha.';
    const { subject, named } = sentenceActors(s);
    expect(subject).toBe('');
    expect(named.some((n) => /Government troops/i.test(n))).toBe(true);
  });
});
