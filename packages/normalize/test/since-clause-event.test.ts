/**
 * The event of a "since" clause with no date of its own ("Displacement has risen since the army entered the old
 * city", "Thousands have fled since rebels captured the town") started the state its main clause tells up to the
 * report's present: it came after the day the story had reached and no later than the report's day, so its period
 * runs from the one to the other (context.ts, `sinceClauseEvent`). Texts written for this file.
 */
import { describe, expect, it } from 'vitest';
import { facts, on } from './dated-text.ts';

const periodOf = (text: string, category: string, place: string): [string, string] => {
  const got = facts(text).filter((f) => f.category === category && f.quote.includes(place));
  expect(got, JSON.stringify(facts(text).map((f) => [f.category, f.quote, f.period_start, f.period_end]))).toHaveLength(1);
  return [got[0]!.period_start, got[0]!.period_end];
};

// A situation report, Iraq: the paragraph's date is 25 June; the report is of 5 July.
const IRAQ = on('2017-07-05', [
  'Tal Afar Flash Update No. 4',
  'On 25 June, security forces resumed operations to retake Tal Afar. Displacement has risen sharply since security forces entered the northern districts of Tal Afar.',
].join('\n\n'));

// A wire, Ukraine: the lead's day is Monday 16 May 2022; the story is of Friday 20 May.
const UKRAINE = on('2022-05-20', [
  'KYIV (Reuters) - Russian forces shelled Lysychansk on Monday, the regional governor said.',
  'Thousands of residents have fled since Russian troops captured Rubizhne, he said.',
].join('\n\n'));

describe('an event told in a "since" clause', () => {
  it('situation report (Iraq): from the paragraph\'s date to the report\'s day', () => {
    expect(periodOf(IRAQ, 'entered', 'northern districts')).toEqual(['2017-06-25', '2017-07-05']);
  });

  it('wire (Ukraine): from the story\'s news day to the report\'s day', () => {
    expect(periodOf(UKRAINE, 'captured', 'Rubizhne')).toEqual(['2022-05-16', '2022-05-20']);
  });

  it('a main-clause event of the same paragraph keeps the paragraph\'s day', () => {
    const text = on('2017-07-05', 'On 25 June, security forces entered the northern districts of Tal Afar, officials said.');
    expect(periodOf(text, 'entered', 'northern districts')).toEqual(['2017-06-25', '2017-06-25']);
  });
});
