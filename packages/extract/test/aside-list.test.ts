/**
 * A bracketed aside inside a toll's breakdown ("including 61 children (five a day) and 33 women") does not end the
 * list: the group after it is still a part of the toll (issue 9, fresh monitors' tolls). Sentences written for this
 * file, in several wars; none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.group, f.value]);

describe('a breakdown goes on after a bracketed aside', () => {
  it.each([
    ['monitor, Syria: an aside with a figure', 'Regime forces killed 214 civilians, including 61 children (five children a day) and 33 women.', ['killed', 'women', 33]],
    ['monitor, Yemen: an aside without one', 'Air strikes killed 58 civilians including 19 children (the youngest was two) and 11 women in Saada.', ['killed', 'women', 11]],
    ['monitor, Myanmar', 'Junta air strikes killed 96 people, including 27 children (a record for one month) and 14 women.', ['killed', 'women', 14]],
  ])('%s', (_case, s, want) => {
    expect(counts(s)).toContainEqual(want);
  });

  it('a bracket that is itself the breakdown still closes it (Ukraine): the figure after "and" keeps its own verb', () => {
    const found = counts('Shelling killed 40 people (including 9 children) and injured 70 in Kharkiv.');
    expect(found).toContainEqual(['injured', 'people', 70]);
    expect(found).not.toContainEqual(['killed', 'people', 70]);
  });
});
