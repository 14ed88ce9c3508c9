/**
 * "three boys aged between 9 and 15 years, were injured": the victims' ages may carry their unit ("years", "years
 * old") and a comma that closes them; the verb after is still the counted noun's predicate.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.group]);

describe('an age list with its unit or a closing comma between the victims and their verb', () => {
  it.each([
    // regional outlet, Ukraine
    ['Four girls aged between 8 and 14 years, were injured in the shelling of Kherson on Friday.', [['injured', 4, 'children']]],
    // wire, Yemen
    ['Three boys aged 10 and 12, were killed in the strike on Saada, the health ministry said.', [['killed', 3, 'children']]],
    // situation report, Gaza
    ['Five children aged between 6 and 12 years died in the air strike on a school in Deir al-Balah.', [['killed', 5, 'children']]],
    // monitor, DRC
    ['Two men aged 30 and 45 years old were killed at a checkpoint near Bunia, the monitor said.', [['killed', 2, 'people']]],
  ])('%s', (s, want) => expect(counts(s)).toEqual(want));

  it('a count after the ages is still its own member ("aged 60 and 3 children")', () => {
    expect(counts('A man aged 60 and 3 children were killed in Rafah.')).toEqual(expect.arrayContaining([['killed', 3, 'children']]));
  });
});
