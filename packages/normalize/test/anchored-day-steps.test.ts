/**
 * "Three weeks after hostilities erupted on 7 October": a count of days or weeks from a date the phrase names itself
 * is counted from that date, and never past the report's day. Phrases written for the rule (Gaza, Ukraine, Sudan,
 * Myanmar); none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { datePeriod } from '../src/index.ts';
import { article, fact } from './factory.ts';

const dated = (time_phrase: string, published: string, time_context: string[] = []) => {
  const art = article({ published, published_precision: 'day' });
  const p = datePeriod(fact({ time_phrase, time_context }), art, false);
  return [p.period_start, p.period_end];
};

describe('a step of days or weeks from the phrase\'s own date', () => {
  it('counts from the named date, not from the report day (OCHA, Gaza)', () => {
    expect(dated('Three weeks after hostilities erupted on 7 October 2023', '2023-11-20')).toEqual(['2023-10-28', '2023-10-28']);
  });

  it('counts from a yearless date read against the report (UNHCR, Ukraine)', () => {
    expect(dated('ten days after the dam was breached on 6 June', '2023-06-30')).toEqual(['2023-06-16', '2023-06-16']);
  });

  it('steps back with "before" (Sudan)', () => {
    expect(dated('two days before the RSF entered the town on 18 December', '2023-12-28')).toEqual(['2023-12-16', '2023-12-16']);
  });

  it('never dates a figure after the report that gives it (Myanmar)', () => {
    expect(dated('Six weeks after the coup on 1 February', '2021-03-01')).toEqual(['2021-03-01', '2021-03-01']);
  });

  it('a step with no date of its own still counts from the date the text has reached', () => {
    expect(dated('two days after the fall of the town', '2023-12-28', ['On 19 December 2023'])).toEqual(['2023-12-21', '2023-12-21']);
  });
});
