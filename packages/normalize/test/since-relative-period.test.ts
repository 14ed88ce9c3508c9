/**
 * A running total whose start is a period named from the report's day ("since it began last week", "since the
 * fighting erupted earlier this month", "since last year") runs from that period's start to the report's day; it is
 * not last week alone. A bare "last week" with no "since" stays that week. Every text is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf } from './dated-text.ts';

// 2018-07-01 is a Sunday: last week ran from Monday 18 June to Sunday 24 June.
const SYRIA = on('2018-07-01', 'A total of 120 people have died in the assault on Quneitra since it began last week, a monitor said.');
const SUDAN = on('2023-05-19', 'More than 600 people have been killed in El Geneina since the fighting erupted earlier this month, doctors said.');
const SAHEL = on('2020-04-03', 'At least 300 soldiers have been killed in attacks in Tillaberi since last year, officials said.');
const ETHIOPIA = on('2018-07-01', 'Gunmen killed 14 farmers in West Guji last week, a local official said.');

describe('a running total from a period named from the report', () => {
  it('wire (Syria): "since it began last week"', () => expect(periodOf(SYRIA, 'killed', 120)).toEqual(['2018-06-18', '2018-07-01']));
  it('news (Sudan): "since the fighting erupted earlier this month"', () => expect(periodOf(SUDAN, 'killed', 600)).toEqual(['2023-05-01', '2023-05-19']));
  it('wire (Niger): "since last year"', () => expect(periodOf(SAHEL, 'killed', 300)).toEqual(['2019-01-01', '2020-04-03']));
  it('wire (Ethiopia): a bare "last week" stays that week', () => expect(periodOf(ETHIOPIA, 'killed', 14)).toEqual(['2018-06-18', '2018-06-24']));
});
