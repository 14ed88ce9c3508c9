/**
 * A gapped list by place whose conjuncts repeat the opener's shape (issue 9, h-mon2): "In Kassala, 4,000 people were
 * displaced; in Gedaref, 2,500; and in Sennar, 900". Each later conjunct is set off by a semicolon and has a comma after
 * its place, as the first one does; the verb and noun carry over. Sentences written for the rule (situation report,
 * wire, monitor; Sudan, Ukraine, Mexico); none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.places]);

describe('a gapped list by place set off by semicolons', () => {
  it('displaced people by state, closed on "and" (situation report, Sudan)', () => {
    expect(facts('In Kassala, 4,000 people were displaced; in Gedaref, 2,500; and in Sennar, 900.')).toEqual([
      ['displaced', 4000, ['Kassala']], ['displaced', 2500, ['Gedaref']], ['displaced', 900, ['Sennar']],
    ]);
  });

  it('civilians killed by oblast, two conjuncts ending the sentence (wire, Ukraine)', () => {
    expect(facts('In Kharkiv, 12 civilians were killed; in Sumy, 5.')).toEqual([
      ['killed', 12, ['Kharkiv']], ['killed', 5, ['Sumy']],
    ]);
  });

  it('deaths by state in a weekly toll (monitor, Mexico)', () => {
    expect(facts('In Guerrero, 19 people were killed last week; in Zacatecas, 14; and in Jalisco, 22.')).toEqual([
      ['killed', 19, ['Guerrero']], ['killed', 14, ['Zacatecas']], ['killed', 22, ['Jalisco']],
    ]);
  });

  it('a clause after the semicolon that names a place and no figure is no conjunct (wire, Ukraine)', () => {
    expect(facts('In Kharkiv, 12 civilians were killed; Sumy, a city in the north, was shelled.')).toEqual([
      ['killed', 12, ['Kharkiv', 'Sumy']],
    ]);
  });
});
