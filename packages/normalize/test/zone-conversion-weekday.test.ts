/**
 * A local clock time converted to GMT in brackets ("at 1 a.m. (2200 GMT Thursday)", "since midnight (2100 GMT on
 * Sunday)") names the same moment's day in another zone, often the day before: that weekday never dates the figure,
 * which keeps the day the story gives it. A weekday in brackets with no clock ("(Thursday)") is still a date. Every text
 * is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf } from './dated-text.ts';

// 2018-03-16, 2024-02-09 and 2017-08-25 are Fridays.
const SYRIA = on('2018-03-16', 'Shelling killed civilians in Idlib on Friday, a monitor said. "Since midnight (2200 GMT Thursday), 11 civilians were killed by shelling on Saraqeb," the monitor said.');
const GAZA = on('2024-02-09', 'An air strike at 1 a.m. (2300 GMT on Thursday) killed 13 people in a house in Rafah, medics said.');
const IRAQ = on('2017-08-25', 'A car bomb exploded at 1 a.m. (2200 GMT Thursday) at a checkpoint in Tal Afar, killing seven policemen, officers said.');

describe('a weekday in a GMT conversion', () => {
  it('wire (Syria): "Since midnight (2200 GMT Thursday)" keeps the story\'s Friday', () => expect(periodOf(SYRIA, 'killed', 11)).toEqual(['2018-03-16', '2018-03-16']));
  it('wire (Gaza): "(2300 GMT on Thursday)" leaves the report\'s Friday', () => expect(periodOf(GAZA, 'killed', 13)).toEqual(['2024-02-09', '2024-02-09']));
  it('wire (Iraq): "(2200 GMT Thursday)" after a local hour', () => expect(periodOf(IRAQ, 'killed', 7)).toEqual(['2017-08-25', '2017-08-25']));
});
