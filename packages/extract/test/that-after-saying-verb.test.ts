/**
 * "the ISPR said, adding that weapons were seized": "that" after a verb of saying (or its participle) opens what was
 * said, not a relative clause on the place named before it, so a seizure of arms is no capture of that place. A
 * relative "that" after a place still is. Sentences written for the rule, in several genres and wars; none comes from
 * the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (s: string) => extract(s).filter((f) => f.kind === 'territory').map((f) => brief(f).places);

describe('"that" opening what was said', () => {
  it.each([
    { genre: 'outlet, Pakistan', s: 'One militant was killed in an operation in Miranshah, the military said, adding that arms were seized from the hideout.' },
    { genre: 'wire, Somalia', s: 'Two fighters died in the raid on Bulo Burte, the army said, noting that explosives were seized from the house.' },
    { genre: 'outlet, Mali', s: 'Soldiers clashed with militants near Menaka, the army stated, explaining that motorcycles were seized.' },
  ])('$genre: $s', ({ s }) => expect(captures(s)).toEqual([]));

  it('a relative "that" still hangs on the place', () => {
    expect(captures('Rebels shelled Kafr Nabl, a town that was captured by the army on Monday.')).toEqual([['Kafr Nabl']]);
  });
});
