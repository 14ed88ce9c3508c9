/**
 * The author after "figures compiled by", "data collected by", "recorded by" goes on through "and" when the whole is a
 * registry name ("the Armed Conflict Location and Event Data Project"), and ends at the verb that presents the
 * figures ("figures cited by the WHO show ..."). "Figures from UNHCR and IOM" still names two. Every sentence is
 * written for this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reportersOf = (text: string, value: number) => extract(text).map(brief).find((f) => f.value === value)?.reporters;
const ACLED = 'the Armed Conflict Location and Event Data Project';

describe('an author named through "and"', () => {
  it.each([
    ['wire, Sahel', `At least 3,200 civilians have been killed in Burkina Faso since January, according to figures compiled by ${ACLED}.`, 3200],
    ['think tank, Sudan', `More than 900 people were killed in Darfur in May, data collected by ${ACLED} show.`, 900],
    ['regional, Myanmar', `According to data gathered by ${ACLED}, 640 civilians were killed in Sagaing in March.`, 640],
  ])('%s', (_genre, text, value) => expect(reportersOf(text, value)).toEqual(['Armed Conflict Location and Event Data Project']));

  it('two sources joined by "and" stay two', () => {
    expect(reportersOf('Figures from UNHCR and IOM show 40,000 people fled Kharkiv region.', 40000)).toContain('UNHCR');
  });
});

describe('the verb presenting the figures ends the agent', () => {
  it.each([
    ['outlet, Sudan', 'Health ministry figures cited by the World Health Organization show 412 people were killed in Khartoum.', 412, 'World Health Organization'],
    ['sitrep, Ukraine', 'Figures recorded by the UN refugee agency show 5,200 people crossed from Ukraine into Moldova last week.', 5200, 'UN refugee agency'],
    ['monitor, Gaza', 'Tolls documented by Airwars indicate 95 civilians were killed in Gaza City in March.', 95, 'Airwars'],
  ])('%s', (_genre, text, value, name) => expect(reportersOf(text, value)).toContain(name));
});
