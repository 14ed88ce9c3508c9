/**
 * "Nine weeks later", "three days after the assault": a step of days or weeks counts from a day. Counted from a span
 * the text has only named whole ("Siege of X (2014–2017)", "In 2016, ..."), it gives no day (the span's last day plus
 * the step would fall after the campaign): the fact is dated by that span. From a day it still steps.
 */
import { describe, expect, it } from 'vitest';
import { datePeriod } from '../src/index.ts';
import { article, fact } from './factory.ts';

const narrative = article({ published: '', published_precision: '', published_earliest: '', published_latest: '' });
const dated = (time_phrase: string, time_context: string[]) => {
  const p = datePeriod(fact({ time_phrase, time_context }), narrative, true);
  return [p.period_start, p.period_end, p.date_basis];
};

describe('a step of days or weeks from a span is dated by the span', () => {
  it.each([
    ['Syria, a title span', 'nine weeks later', ['2014–2017'], ['2014-01-01', '2017-12-31', 'context']],
    ['Yemen, a year', 'three days after the assault', ['In 2016'], ['2016-01-01', '2016-12-31', 'context']],
    ['Sudan, a span of months', 'two weeks later', ['from April to August 2023'], ['2023-04-01', '2023-08-31', 'context']],
  ])('%s', (_case, phrase, chain, period) => {
    expect(dated(phrase, chain)).toEqual(period);
  });

  it('a step from a day still steps (Ukraine, Myanmar)', () => {
    expect(dated('two days later', ['On 3 May 2022'])).toEqual(['2022-05-05', '2022-05-05', 'phrase']);
    expect(dated('a week later', ['on 27 October 2023'])).toEqual(['2023-11-03', '2023-11-03', 'phrase']);
  });
});
