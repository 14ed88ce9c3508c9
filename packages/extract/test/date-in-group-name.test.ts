/**
 * A date inside a group's name ("the 6 April Youth Movement", "the 17 February Brigade", "the 14 February
 * Coalition") names the group after a day of its history: it dates nothing the sentence tells. Read as a name when
 * the date is followed by capitalised words ending in a noun that heads such names (date-words.csv `name_noun`).
 * A date followed by a capitalised subject that is no such name ("by 23 March Islamic State fighters had ...") keeps
 * its day. Sentences written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const timesOf = (text: string) => extract(text).map(brief).map((f) => f.time);

describe('a date in a group\'s name is no time phrase', () => {
  it.each([
    ['outlet, Egypt, the sentence\'s own day is kept',
      'Members of the 6 April Youth Movement said police killed 12 protesters in Cairo on Friday.', ['on Friday']],
    ['wire, Libya, a brigade named after a day leaves the sentence undated',
      'Fighters of the 17 February Brigade killed 20 loyalist soldiers near Brega, a spokesman said.', ['']],
    ['monitor, Bahrain, month first',
      'The February 14 Coalition said security forces wounded 30 protesters in Sitra.', ['']],
  ])('%s', (_name, text, times) => {
    expect(timesOf(text)).toEqual(times);
  });

  it('a date before a capitalised subject that names no group keeps its day (Iraq, encyclopedic)', () => {
    expect(timesOf('By 23 March Islamic State fighters had killed 40 soldiers in Baiji.')).toEqual(['By 23 March']);
  });
});
