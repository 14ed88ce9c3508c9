/**
 * "It rose to 14 at least, the number of civilians killed in ...": a monitor's translated toll may set a hedge, the
 * figure's own noun of persons, or a part ("including 7 children") between the figure and the appositive noun of the
 * toll; the apposition still says what the figure counts.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.group]);

describe('words between the figure of an appositive toll and its apposition', () => {
  it.each([
    // monitor, Syria
    ['It has risen to 14 at least, the number of civilians killed in Idlib countryside since Friday, the Observatory said.', [['killed', 14, 'civilians']]],
    // regional outlet, Yemen
    ['It rose to 23 at least, the number of people who died in the shelling of Taiz since Sunday.', [['killed', 23, 'people']]],
    // monitor, Sudan
    ['The network said it rose to 31 at least, the number of civilians injured in the drone strikes on Omdurman.', [['injured', 31, 'civilians']]],
    // monitor, Syria: the figure's own noun and a part
    ['It has increased to 150 persons including 20 children, the number of people killed in the shelling of Douma since February.', [['killed', 150, 'people'], ['killed', 20, 'children']]],
    // regional outlet, Gaza
    ['It rose to 64 people, the number of those killed in the raids on Rafah since Saturday, medics said.', [['killed', 64, 'people']]],
    // monitor, Yemen: the part set off by commas
    ['It rose to 40, including 7 children, the number of people wounded in the strikes on Saada.', [['injured', 40, 'people'], ['injured', 7, 'children']]],
  ])('%s', (s, want) => expect(counts(s)).toEqual(want));

  it('without the hedge the apposition reads as before', () => {
    expect(counts('It rose to 9, the number of persons who were killed today in Damascus.')).toEqual([['killed', 9, 'people']]);
  });
});
