/**
 * A span counted back from the report by an approximate length ("245 civilians have been killed in less than two
 * months", "in just over a week") runs from that far back to the report's day, as "over the past two months" does;
 * a toll "in more than two years of war" is a stretch of fighting, and "less than a week after" counts from another
 * date. Every text is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf } from './dated-text.ts';

const SYRIA = on('2018-03-16', 'The monitor said at least 245 civilians have been killed in Afrin in less than two months.');
const ETHIOPIA = on('2021-11-26', 'More than 20,000 people have fled Dessie in just over a week, aid workers said.');
const DRC = on('2024-02-09', 'The UN said 135,000 people had been displaced around Sake in under three weeks.');

describe('a span of approximate length counted back', () => {
  it('wire (Syria): "in less than two months"', () => expect(periodOf(SYRIA, 'killed', 245)).toEqual(['2018-01-16', '2018-03-16']));
  it('news (Ethiopia): "in just over a week"', () => expect(periodOf(ETHIOPIA, 'displaced', 20000)).toEqual(['2021-11-19', '2021-11-26']));
  it('sitrep (DRC): "in under three weeks"', () => expect(periodOf(DRC, 'displaced', 135000)).toEqual(['2024-01-19', '2024-02-09']));
});
