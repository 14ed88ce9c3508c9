/**
 * A figure in digits with "thousand" written out ("24 thousand citizens"), as translated outlet copy writes round
 * figures, is that many thousands; "thousands" after a number is no scale. Sentences written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/numbers.ts';
import { extract } from './helpers.ts';

describe('digits with "thousand" written out', () => {
  it.each([
    ['Libya', 'The fighting has displaced 18 thousand residents of Ain Zara.', 18_000],
    ['Ukraine', 'About 3.5 thousand people were evacuated from Vovchansk.', 3_500],
    ['Sudan', 'Nearly 40 thousand people fled Sinja to Gedaref.', 40_000],
  ])('%s', (_war, text, value) => {
    expect(findQuantities(text).map((q) => q.value)).toContain(value);
    expect(extract(text).map((f) => f.quantity?.value)).toContain(value);
  });

  it('"thousands" after a number is not a scale', () => {
    expect(findQuantities('In 2 districts thousands of families fled.').map((q) => q.value)).toContain(2);
  });
});
