/**
 * A figure followed by a noun of time measures a span, not a number of people: "killed over two days" has one toll,
 * not a second of "more than two" (the hedge "over" had made the span's figure an object of "killed").
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('a span of time after a verb of harm or flight counts no one', () => {
  it.each([
    // wire, Sahel
    ['Nine people were killed over two days of raids in Mopti region, a local official said.', [['killed', 9]]],
    // monitor, Syria
    ['Eleven civilians were killed over 3 days of shelling on Ariha, the Observatory said.', [['killed', 11]]],
    // regional outlet, Ukraine
    ['Four residents were wounded over two nights of drone attacks on Kharkiv, the governor said.', [['injured', 4]]],
    // situation report, DRC
    ['Some 4,000 people were displaced over three weeks of fighting in Masisi territory, OCHA said.', [['displaced', 4000]]],
    // encyclopedic, Yemen
    ['Twenty-six fighters were killed over 48 hours of clashes near Marib.', [['killed', 26]]],
  ])('%s', (s, want) => expect(counts(s)).toEqual(want));

  it('a count before the span is still read', () => {
    expect(counts('Shelling killed 14 people over two days in Idlib province.')).toEqual([['killed', 14]]);
  });
});
