/**
 * "X, the capital of Y State": the area a capital is named in is a place of the sentence, so a later figure of the
 * paragraph with no place of its own ("N have been killed there") takes that area. Sentences written for the rule,
 * in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/places.ts';

const names = (s: string) => findPlaces(s).map((p) => p.text);

describe('the area after "the capital of"', () => {
  it.each([
    ['outlet', 'Kadugli, the capital of South Kordofan state, has been under siege for months.', 'South Kordofan'],
    ['sitrep', 'Bunia, the capital of Ituri province, received 4,000 new arrivals.', 'Ituri'],
    ['wire', 'Shelling hit a market in the capital of Zaporizhzhia region on Monday.', 'Zaporizhzhia'],
  ])('%s: %s', (_genre, s, area) => {
    expect(names(s)).toContain(area);
  });

  it('"capital" with no "of" after it names no area this way', () => {
    expect(names('The capital city braced for more fighting as talks stalled.')).toEqual([]);
  });
});
