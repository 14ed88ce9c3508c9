/**
 * A running total whose start is counted back from the report ("since the insurgency started a year ago", "since
 * fighting erupted ten months ago") runs from that day to the report's day, as "since the war began in May" does; it is
 * not the one day a year before. A bare "two weeks ago" stays that one day. Every text is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf } from './dated-text.ts';

const CAMEROON = on('2018-10-02', 'At least 170 members of the security forces have been killed since the separatist insurgency started a year ago, the government said.');
const ETHIOPIA = on('2024-05-15', 'At least 2,000 civilians have been killed in Amhara since fighting erupted ten months ago, a rights group said.');
const MYANMAR = on('2023-11-20', 'Some 45,000 people have been displaced in Lashio since the clashes began two weeks ago, the UN said.');
const SYRIA = on('2019-06-20', 'Nine civilians were killed in an air strike on Kafr Nabl two weeks ago, rescuers said.');

describe('a running total from a start counted back', () => {
  it('wire (Cameroon): "since the ... started a year ago"', () => expect(periodOf(CAMEROON, 'killed', 170)).toEqual(['2017-10-02', '2018-10-02']));
  it('news (Ethiopia): "since fighting erupted ten months ago"', () => expect(periodOf(ETHIOPIA, 'killed', 2000)).toEqual(['2023-07-15', '2024-05-15']));
  it('sitrep (Myanmar): displaced "since the clashes began two weeks ago"', () => expect(periodOf(MYANMAR, 'displaced', 45000)).toEqual(['2023-11-06', '2023-11-20']));
  it('wire (Syria): a bare "two weeks ago" is still one day', () => expect(periodOf(SYRIA, 'killed', 9)).toEqual(['2019-06-06', '2019-06-06']));
});
