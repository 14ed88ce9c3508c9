/**
 * "On 1 November 28 soldiers and 5 rebels were killed": a number right after a date written day-first is a count, not
 * the month's day. Encyclopedic timelines and monitors often leave out the comma after the date; the month already has
 * its day, so "November 28" is no date and the 28 is the figure. Without a day before the month ("On November 28
 * soldiers ..." stays ambiguous) nothing changes. Sentences written for this file, several wars.
 */
import { describe, expect, it } from 'vitest';
import { facts } from './dated-text.ts';

const NARRATIVE = (title: string, body: string) => `${title}\n\nThe ${title} was a campaign of the war.\n\n## Timeline\n${body}`;

describe('a count right after a day-first date is a figure of that day', () => {
  it.each([
    ['Syria', NARRATIVE('Idlib clashes (2012)', 'On 1 November 28 soldiers and 5 rebels were killed near Saraqib.'), 'government_forces', 28, '2012-11-01'],
    ['Iraq', NARRATIVE('Anbar campaign (2014)', 'On 16 July 12 policemen were killed when their patrol was ambushed near Haditha.'), 'government_forces', 12, '2014-07-16'],
    ['Yemen', NARRATIVE('Taiz offensive (2016)', 'On 3 March 14 civilians were killed by shelling in Taiz.'), 'civilians', 14, '2016-03-03'],
    ['Somalia', NARRATIVE('Lower Shabelle offensive (2019)', 'On 21 June 2 soldiers were killed by a roadside bomb near Afgooye.'), 'government_forces', 2, '2019-06-21'],
  ])('%s', (_war, text, group, value, day) => {
    const got = facts(text).filter((f) => f.group === group && f.count_best === value);
    expect(got.map((f) => [f.period_start, f.period_end])).toEqual([[day, day]]);
  });

  it('a month-first date keeps its day: "On November 28, 2012, five soldiers were killed"', () => {
    const got = facts(NARRATIVE('Idlib clashes (2012)', 'On November 28, 2012, five soldiers were killed near Saraqib.'));
    expect(got.filter((f) => f.count_best === 5).map((f) => f.period_start)).toEqual(['2012-11-28']);
  });
});
