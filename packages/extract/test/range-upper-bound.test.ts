/**
 * A range as written is one figure that keeps both bounds: its value is the lower, `upper` the upper, and the hedge in
 * front of it stays its own. Sentences written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('a range keeps its upper bound', () => {
  it.each([
    ['sitrep, Sudan', 'Between 154,000 and 203,000 people have fled their homes in North Darfur since April.', 'displaced', 154000, 203000, 'exact'],
    ['wire, Ukraine', 'Some 10,000 to 15,000 residents were evacuated from Kupiansk, the regional governor said.', 'displaced', 10000, 15000, 'about'],
    ['monitor, Syria', 'The Observatory said 20-25 civilians were killed in the shelling of Maarat al-Numan.', 'killed', 20, 25, 'exact'],
    ['encyclopedic, Iraq', 'Between 40 and 60 soldiers were killed during the assault on the airport.', 'killed', 40, 60, 'exact'],
    ['outlet, Myanmar', 'Nearly 300–400 villagers fled to the border after the air strike, local media said.', 'displaced', 300, 400, 'nearly'],
  ])('%s', (_genre, text, category, value, upper, modifier) => {
    const f = extract(text).find((x) => x.category === category);
    expect(f?.quantity).toEqual({ value, upper, vague_word: '', modifier });
  });
  it('one figure carries no upper bound', () => {
    expect(extract('At least 14 people were killed in Kherson, officials said.')[0]?.quantity).not.toHaveProperty('upper');
  });
  it('parts of one group added sum their tops ("8-10 girls and 11 boys")', () => {
    const text = 'Since January the mission has verified a total of 70 killed (20 men, 15 women, 8-10 girls and 11 boys, as well as 6 children whose sex is unknown).';
    const f = extract(text).find((x) => x.group === 'children');
    expect(f?.quantity).toMatchObject({ value: 25, upper: 27 });
  });
});
