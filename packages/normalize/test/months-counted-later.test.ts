/**
 * "Two months later", "a few months later": a narrative counts months from the date it has reached, as it counts days
 * and weeks. A count of months is that day so many months on; "a few" or "several" months name no count, so they are
 * the few (three) months after that date, to the month ("earlier": the months before it). After a year alone ("In 2019,
 * ...") the step says too little and the year dates the figure. Before this rule the step was read as no step at all
 * and the figure took the earlier event's day. Every text is written for this file; none is from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const page = (title: string, story: string) => `${title}\n\n${story}`;

const CASES: Case[] = [
  ['encyclopedic (DRC): a count of months is that day so many months on',
    page('Battle of Rutshuru', 'On 3 May 2012, mutineers attacked army posts near Rutshuru. Two months later, 40 civilians were killed in Rutshuru.'),
    'killed', 40, ['2012-07-03', '2012-07-03']],
  ['encyclopedic (Iraq): "three months later" after a day',
    page('Siege of Amirli', 'On 11 June 2014, militants surrounded Amirli. Three months later, 12,000 residents had fled Amirli.'),
    'displaced', 12000, ['2014-09-11', '2014-09-11']],
  ['encyclopedic (Myanmar): "a few months later" after a season is the three months after it',
    page('Kayah offensive', 'The fighting reignited in late 2022 when resistance forces attacked Loikaw. A few months later, 300 residents were killed in Loikaw.'),
    'killed', 300, ['2023-01-01', '2023-03-31']],
  ['encyclopedic (Ethiopia): "several months later" after a day',
    page('Tigray war', 'On 4 November 2020, fighting broke out in Mekelle. Several months later, 2,000 civilians were killed in Axum.'),
    'killed', 2000, ['2020-11-05', '2021-02-04']],
  ['outlet (Sudan, published): "two months earlier" steps back from the story\'s day',
    on('2023-08-20', 'Fighters shelled El Obeid on 15 August 2023, witnesses said. Two months earlier, 25 people were killed in El Obeid.'),
    'killed', 25, ['2023-06-15', '2023-06-15']],
];

describe('months counted from the date the text has reached', () => {
  it.each(CASES)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('a step of months after a year alone leaves the year to date the figure (Yemen)', () => {
    const text = page('Battle of Hajour', 'In 2019, Houthi forces besieged Hajour. Two months later, 60 fighters were killed in Kushar.');
    expect(periodOf(text, 'killed', 60)).toEqual(['2019-01-01', '2019-12-31']);
  });
});
