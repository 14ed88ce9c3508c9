/**
 * A capture told as a bare participle with its agent ("X recaptured by Y on DATE"), as infobox lines, timelines and
 * headlines write it, and the reduced relative clauses with the same words that are not a capture. Sentences written
 * for the rule, in several genres and wars; none comes from the seeds, the corpus or the fresh texts read for it.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (text: string) =>
  extract(text)
    .map(brief)
    .filter((f) => f.category === 'captured')
    .map((f) => ({ places: f.places, actor: f.actor, time: f.time }));

describe('a bare participle with its agent is a capture', () => {
  it.each([
    ['encyclopedic infobox, Iraq', 'Tikrit recaptured by Iraqi forces on 31 March 2015.', ['Tikrit'], 'Iraqi forces', 'on 31 March 2015'],
    ['timeline, Ethiopia', 'On 6 December 2021, Kobo retaken by the Ethiopian army.', ['Kobo'], 'the Ethiopian army', 'On 6 December 2021'],
    ['headline, Mali', 'Menaka and Anefis captured by the MNLA', ['Menaka', 'Anefis'], 'the MNLA', ''],
    ['encyclopedic, Yemen', 'Territorial changes: Harib liberated by the Giants Brigades on 25 January 2022', ['Harib'], 'the Giants Brigades', 'on 25 January 2022'],
  ])('%s: %s', (_genre, text, places, actor, time) => {
    expect(captures(text)).toEqual([{ places, actor, time }]);
  });
});

describe('a reduced relative clause is not a capture', () => {
  it.each([
    ['outlet, Myanmar', 'The villages seized by the TNLA were shelled by the air force on Sunday.'],
    ['wire, Syria', 'Raqqa, captured by the SDF in 2017, was quiet on Tuesday.'],
    ['monitor, Sudan', 'Residents of Bara taken by the RSF were released on Monday.'],
    ['outlet, Yemen', 'Fighters captured by government forces in Marib said they had been paid.'],
  ])('%s: %s', (_genre, text) => {
    expect(captures(text)).toEqual([]);
  });
});
