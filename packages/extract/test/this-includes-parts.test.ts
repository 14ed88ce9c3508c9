/**
 * "This includes" after a toll (issue 9): a monitor or a report gives a toll, then opens the next sentence with "This
 * includes" or "These include" and the toll's children, women or soldiers. "This" is the toll just stated, as "they"
 * or "the dead" are: each group's figure is a part of it, of its category. Every line is written for this file, in
 * several wars and genres; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.group, f.value]);

describe('"This includes" breaks down the toll before it', () => {
  it('children and women of a monitor\'s killed civilians (monitor, Syria)', () => {
    const text = 'Idlib: weekly toll\n\nAt least 40 civilians were killed in the strikes on Idlib on Monday, the monitor said. This includes at least 12 children and 7 women.\n';
    expect(facts(text)).toEqual([
      ['killed', 'civilians', 40],
      ['killed', 'children', 12],
      ['killed', 'women', 7],
    ]);
  });

  it('"These include" after a mission\'s count (situation report, Mali)', () => {
    const text = 'Mali: monthly civilian harm update\n\nThe mission documented 64 civilians killed in Mopti region in March. These include 21 children.\n';
    expect(facts(text)).toEqual([
      ['killed', 'civilians', 64],
      ['killed', 'children', 21],
    ]);
  });

  it('the part takes the category of an injured toll (outlet, Ukraine)', () => {
    const text = 'Shelling in Kharkiv\n\nRussian shelling wounded 35 civilians in Kharkiv on Friday, the governor said. This includes nine children, he added.\n';
    expect(facts(text)).toEqual([
      ['injured', 'civilians', 35],
      ['injured', 'children', 9],
    ]);
  });

  it('with no toll before it, "This includes" makes no part (wire, Sudan)', () => {
    const text = 'KHARTOUM, May 3 (AFP) - The camp hosts 12,000 people, aid groups said. This includes 4,000 children.\n';
    expect(facts(text).filter((f) => f[0] === 'killed' || f[0] === 'injured')).toEqual([]);
  });
});
