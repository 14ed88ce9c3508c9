/**
 * A country after a comma qualifies the place before it (issue 9, fresh assessments): "lost al-Bab, Syria to ...",
 * "recaptured Mosul, Iraq" (US military and think-tank copy) name one place taken, not the country as well.
 * Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const places = (s: string) => extract(s).filter((f) => f.kind === 'territory').map((f) => brief(f).places);

describe('"X, Country" after a capture verb', () => {
  it.each([
    ['military update, Iraq', 'ISIS lost Mosul, Iraq to the coalition on 10 July 2017.', [['Mosul']]],
    ['assessment, Syria', 'The regime recaptured Palmyra, Syria on 2 March 2017.', [['Palmyra']]],
    ['assessment, Libya', 'The LNA took control of Sirte, Libya on 6 January 2020.', [['Sirte']]],
  ])('%s', (_genre, s, want) => {
    expect(places(s)).toEqual(want);
  });
});

it('the side after the qualifier is still the taker (Syria)', () => {
  const got = extract('ISIS lost Manbij, Syria to the Syrian Democratic Forces in August 2016.').filter((f) => f.kind === 'territory');
  expect(got.map((f) => [brief(f).places, brief(f).actor])).toEqual([[['Manbij'], 'the Syrian Democratic Forces']]);
});
