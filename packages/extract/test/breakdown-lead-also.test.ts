/**
 * A wire's second breakdown of the toll just stated adds "also" between the words for the victims and the verb ("The
 * dead also included 71 soldiers and policemen, and 27 civilians"): its figures are parts of that toll, as after "The
 * dead included". Sentences written for this file, in several wars; none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.group, f.value]);

describe('a breakdown lead with "also"', () => {
  it.each([
    ['wire, Philippines', 'Nearly 300 people have been killed in the fighting in Jolo. The dead also included 45 soldiers and 19 civilians.', ['killed', 'civilians', 19]],
    ['wire, Iraq', 'At least 52 people were killed in the bombings in Baquba, police said. Those killed also included 11 policemen.', ['killed', 'government_forces', 11]],
    ['news, Ethiopia', 'Drone strikes killed 38 people in Bahir Dar this month. The victims also included 14 children.', ['killed', 'children', 14]],
  ])('%s', (_case, s, want) => {
    expect(counts(s)).toContainEqual(want);
  });
});
