/**
 * A month without its year after a date of the same sentence that names one ("4,289 deaths in March 2022, 840 in
 * April") carries that date in its context, so it is read in the same year, not after a year the text named earlier
 * (discourse.ts, earlierStoryTimes). Sentences written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const contexts = (text: string) => extract(text).map(brief).map((f) => [f.value, f.time, f.context.at(-1) ?? '']);

describe('a yearless month after a dated month of its sentence', () => {
  it.each([
    ['Ukraine mission', 'Deaths fell in 2023. The mission counted 1,120 deaths in March 2022, 840 deaths in April, and 586 in May.', [[1120, 'in March 2022', 'in 2023'], [840, 'in April', 'in March 2022'], [586, 'in May', 'in March 2022']]],
    ['Sudan tracker', 'Fighting eased in 2024. The tracker recorded 312 deaths in Darfur in June 2023 and 208 deaths in July.', [[312, 'in June 2023', 'in 2024'], [208, 'in July', 'in June 2023']]],
  ])('%s', (_genre, text, want) => {
    expect(contexts(text)).toEqual(want);
  });

  it('a month that names its year takes no earlier date', () => {
    expect(contexts('The group counted 64 deaths in Sagaing in May 2021 and 81 deaths in June 2021.')).toEqual([[64, 'in May 2021', ''], [81, 'in June 2021', '']]);
  });
});
