/**
 * A sentence that restates the figure of the sentence before in other terms ("This translates to a total of 2,100
 * deaths", "This means 40 people were displaced each day") gives it the source of that sentence, as "Of these ..." and
 * "This includes ..." do. Sentences written for the rule, in several wars; none comes from the corpus or the fresh texts.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('a restating sentence keeps the source before it', () => {
  it.each([
    ['outlet, Mali', 'Data from ACLED show that an average of 30 people were killed each day in Mali in 2023.\n\nThis translates to a total of 10,950 people killed during the year.', 'ACLED'],
    ['sitrep, Sudan', 'The International Organization for Migration said 1,200 people fled Nyala in May.\n\nThis means 40 people were displaced each day.', 'International Organization for Migration'],
  ])('%s', (_genre, text, source) => expect(extract(text).at(-1)!.reporter_texts).toContain(source));

  it('outlet, Ukraine: an unrelated next sentence does not take it', () => {
    const text = 'The UN Human Rights Monitoring Mission in Ukraine said 12 civilians were killed in Kherson.\n\nRescuers said 5 people were injured in Odesa.';
    expect(extract(text).at(-1)!.reporter_texts).toEqual(['Rescuers']);
  });
});
