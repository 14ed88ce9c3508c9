/**
 * "since the 24 February invasion", "since the October 7 attacks": a date written as the modifier of the event that
 * started a running total is the total's start, as "since the invasion on 24 February" is; so is the date after the
 * event with "of" ("since the coup of 1 February 2021", "since the attacks of 7 October"). Sentences written for the
 * rule, in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const timed = (s: string) => extract(s).map(brief).map((f) => [f.value, f.time, f.cumulative]);

describe('since the <date> <event>', () => {
  it.each([
    { genre: 'monitor, Myanmar', s: 'Since the 1 February 2021 coup, at least 4,100 people have been killed by junta forces, AAPP said.', n: 4100, time: 'Since the 1 February 2021' },
    { genre: 'monitor, Ukraine', s: 'Since the 24 February 2022 invasion, the UN has verified 10,000 civilian deaths in Ukraine.', n: 10000, time: 'Since the 24 February 2022' },
    { genre: 'sitrep, Gaza', s: 'Some 1.7 million people have been displaced in Gaza since the October 7 attacks, UNRWA said.', n: 1700000, time: 'since the October 7' },
    { genre: 'outlet, Afghanistan', s: 'At least 240 former soldiers have been killed since the August 2021 takeover, the UN mission said.', n: 240, time: 'since the August 2021' },
    { genre: 'encyclopedic, Syria', s: 'By 2013, over 100,000 people had been killed since the March 2011 uprising.', n: 100000, time: 'since the March 2011' },
    { genre: 'outlet, Sudan', s: 'More than 8 million people have fled their homes since the April 2023 war began, the IOM said.', n: 8000000, time: 'since the April 2023' },
  ])('$genre: $s', ({ s, n, time }) => expect(timed(s)).toEqual([[n, time, true]]));

  it.each([
    'Since the 3 March talks in Jeddah, 40 civilians were killed in El Fasher.',
    'Since the coup, 2,000 people have been arrested and 300 killed in Mandalay.',
  ])('not a dated event: %s', (s) => {
    expect(extract(s).map((f) => brief(f).time).filter((t) => /^since the \d/i.test(t))).toEqual([]);
  });
});

describe('since the <event> of <date>', () => {
  it.each([
    { genre: 'monitor, Myanmar', s: 'Since the coup of 1 February 2021, the group has documented 5,800 civilian deaths.', n: 5800, time: 'Since the coup of 1 February 2021' },
    { genre: 'sitrep, Gaza', s: 'Some 1.9 million people have been displaced across Gaza since the attacks of 7 October, UNRWA said.', n: 1900000, time: 'since the attacks of 7 October' },
    { genre: 'encyclopedic, Ukraine', s: 'By 2024, more than 6 million people had fled abroad since the full-scale invasion of 24 February 2022.', n: 6000000, time: 'since the full-scale invasion of 24 February 2022' },
    { genre: 'outlet, Sudan', s: 'At least 15,000 people have been killed in Darfur since the war of April 2023, activists said.', n: 15000, time: 'since the war of April 2023' },
  ])('$genre: $s', ({ s, n, time }) => expect(timed(s)).toEqual([[n, time, true]]));

  it('not an event: "since the talks of 3 March" dates no running total', () => {
    expect(extract('Since the talks of 3 March, 40 civilians were killed in El Fasher.').map((f) => brief(f).time).filter((t) => /^since/i.test(t))).toEqual([]);
  });
});
