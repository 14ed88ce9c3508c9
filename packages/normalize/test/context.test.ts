/** The document layer's dates: a fact dated by its own phrase, by the date the text has reached, or by the report day. */
import { describe, expect, it } from 'vitest';
import { PARAGRAPH_MARK as P } from '@frontline/schema';
import { currentDate, datePeriod, endSpansAtLastDay } from '../src/index.ts';
import { article, fact } from './factory.ts';

const narrative = article({ published: '', published_precision: '', published_earliest: '', published_latest: '' });
const report = article({ published: '2019-03-08', published_precision: 'day' });
const end = (time_phrase: string, time_context: string[], art = narrative, extra = {}) => {
  const p = datePeriod(fact({ time_phrase, time_context, ...extra }), art, false);
  return [p.period_end, p.date_basis];
};

describe('"N days after/before": a step from the date the text has reached', () => {
  /** A fact of `quote` whose figure is `figure`, dated by the phrase `phrase` of that quote. */
  const stepped = (quote: string, phrase: string, figure: string, context: string[], art = narrative) => {
    const p = datePeriod(fact({ quote, time_phrase: phrase, time_context: context, figure_start: quote.indexOf(figure) }), art, true);
    return p.period_end;
  };

  it('a figure inside the "after" clause is of the earlier event (Syria narrative, Ukraine report)', () => {
    const syria = 'The air raids began three days after rebel attacks on army posts left 22 soldiers dead.';
    expect(stepped(syria, 'three days after rebel attacks on army posts left 22 soldiers dead', '22', ['On 30 April 2019'])).toBe('2019-04-27');
    const ukraine = 'Evacuations resumed two days after shelling killed 9 people in Kupiansk.';
    expect(stepped(ukraine, 'two days after shelling killed 9 people in Kupiansk', '9', ['on 6 March'], report)).toBe('2019-03-04');
  });

  it('a figure outside it came N days after the current date; "a week earlier" steps back (Sudan, DR Congo)', () => {
    const sudan = 'The RSF took 12 villages two days after the fall of Wad Madani.';
    expect(stepped(sudan, 'two days after the fall of Wad Madani', '12', ['On 19 December 2023'])).toBe('2023-12-21');
    const drc = 'A week earlier, 40 civilians had been killed in Rubaya.';
    expect(stepped(drc, 'A week earlier', '40', ['On 30 April 2024'])).toBe('2024-04-23');
  });
});

describe('the date a text has reached', () => {
  it('folds a narrative chain: a year, then yearless dates and anaphoric steps', () => {
    expect(currentDate(['On 28 December 2017', 'On 3 January'], '').day).toBe('2018-01-03');
    expect(currentDate(['On 4 August 2016', 'The next day', 'two days later'], '').day).toBe('2016-08-07');
    // A month is all the text said: a fact of that paragraph is dated to the month.
    expect(currentDate(['In December 2017'], '').period).toEqual({ period_start: '2017-12-01', period_end: '2017-12-31', date_precision: 'month' });
    expect(currentDate(['on 12 March 2021', 'later that day'], '').day).toBe('2021-03-12');
  });

  it('takes the nearest year: a lead that summarised the end does not push the body a year forward', () => {
    expect(currentDate(['by 30 August 2019', P, 'On 7 May'], '').day).toBe('2019-05-07');
  });

  it('inside a year named as a whole (a "2018" heading), yearless dates are of that year', () => {
    expect(currentDate(['On 2 November 2017', P, '2018', P, 'On 5 July'], '').day).toBe('2018-07-05');
    expect(currentDate(['In 2016', 'On 28 December'], '').day).toBe('2016-12-28');
    expect(currentDate(['2019', 'On 3 January', 'On 20 January'], '').day).toBe('2019-01-20');
  });

  it('after a summarising lead, the sections read from the campaign\'s start (extract restarts the chain there)', () => {
    expect(currentDate(['2016–2017', P, 'On 1 November', 'In late December', 'On 8 January'], '').day).toBe('2017-01-08');
    expect(currentDate(['on 27 October 2023', P, 'On 3 November'], '').day).toBe('2023-11-03');
  });

  it('inside a span a title gave, yearless dates are read from its start', () => {
    expect(currentDate(['October 2017–February 2018', 'On 9 October'], '').day).toBe('2017-10-09');
    expect(currentDate(['October 2017–February 2018', 'On 9 October', 'On 3 January'], '').day).toBe('2018-01-03');
    expect(currentDate(['2016–2017', 'On 26 December'], '').day).toBe('2016-12-26');
    expect(currentDate(['On 4 May 2019', 'The following week'], '').day).toBe('2019-05-11');
  });

  it('anaphoric spans: the end of the month or week, the following days or weeks', () => {
    // A narrative of Ukraine, across a year boundary.
    expect(currentDate(['In mid-November 2022', 'By the end of the month'], '').period).toEqual({ period_start: '2022-11-20', period_end: '2022-11-30', date_precision: 'month' });
    expect(currentDate(['On 28 December 2022', 'Over the following days'], '').period).toEqual({ period_start: '2022-12-29', period_end: '2022-12-31', date_precision: 'week' });
    expect(currentDate(['On 28 December 2022', 'In the following weeks'], '').period?.period_end).toBe('2023-01-11');
    // A narrative of DR Congo: Friday 24 January 2025, the end of that week is Sunday the 26th.
    expect(currentDate(['On 24 January 2025', 'by the end of the week'], '').period?.period_end).toBe('2025-01-26');
    // A narrative of Sudan: "within a week" runs from the date reached to a week after it.
    expect(currentDate(['On 29 June 2024', 'Within a week'], '').period).toEqual({ period_start: '2024-06-29', period_end: '2024-07-06', date_precision: 'week' });
    expect(currentDate(['On 6 September 2022', 'In the early hours of 11 September'], '').day).toBe('2022-09-11');
    expect(currentDate(['On 1 June 2017', 'in the dawn of 6 June'], '').day).toBe('2017-06-06');
    expect(currentDate(['in the dawn of 14 April 2023'], '').day).toBe('2023-04-14');
    // Two days a narrative's events ran over, as "On 21–22 January" is: Ukraine, Syria; a report of DR Congo.
    expect(currentDate(['On 1 November 2022', 'through 28–29 November'], '').period).toEqual({ period_start: '2022-11-28', period_end: '2022-11-29', date_precision: 'day' });
    expect(currentDate(['On 30 June 2017', 'During 1–2 July'], '').period?.period_end).toBe('2017-07-02');
    expect(currentDate(['Over 14 and 15 February'], '2025-02-20').period).toEqual({ period_start: '2025-02-14', period_end: '2025-02-15', date_precision: 'day' });
    // A report: the same phrases count from the paragraph's date, not from the publication day.
    expect(currentDate(['On 3 March', 'over the next two days'], '2024-03-20').period).toEqual({ period_start: '2024-03-04', period_end: '2024-03-05', date_precision: 'week' });
  });

  it('a night across two days, and a span written with a dash, cross the year when they must', () => {
    expect(currentDate(['On 20 December 2016', 'On the night of 31 December–1 January'], '').period).toEqual({ period_start: '2016-12-31', period_end: '2017-01-01', date_precision: 'day' });
    expect(currentDate(['On 12 January 2018', 'On the night of 21–22 January'], '').day).toBe('2018-01-22');
    expect(currentDate(['15–19 December 2023'], '').period).toEqual({ period_start: '2023-12-15', period_end: '2023-12-19', date_precision: 'day' });
    expect(currentDate(['30 April – 31 August 2019', P, 'On 6 May'], '').day).toBe('2019-05-06');
  });

  it('a counted week or a half of a month takes the year the narrative has reached', () => {
    // A narrative of Yemen, then one of Myanmar: the week or half is a span, its last day the date reached.
    expect(currentDate(['On 19 January 2022', 'In the first week of March'], '').period).toEqual({ period_start: '2022-03-01', period_end: '2022-03-07', date_precision: 'week' });
    expect(currentDate(['On 27 October 2023', 'During the second half of November'], '').period).toEqual({ period_start: '2023-11-16', period_end: '2023-11-30', date_precision: 'month' });
  });

  it('in a report, yearless dates and weekdays count from the publication date', () => {
    expect(currentDate(['on Tuesday'], '2019-03-08').day).toBe('2019-03-05');
    expect(currentDate(['On 28 February', 'the following day'], '2019-03-08').day).toBe('2019-03-01');
  });
});

describe('a fact\'s period', () => {
  it('narrative: a phrase of its own, resolved near the current date', () => {
    expect(end('On 3 January', ['On 20 December 2017'])).toEqual(['2018-01-03', 'phrase']);
    expect(end('the next day', ['On 20 December 2017'])).toEqual(['2017-12-21', 'phrase']);
    expect(end('in the past two days', ['On 20 December 2017'])).toEqual(['2017-12-20', 'phrase']);
  });

  it('narrative: a running total "since" a yearless date ends at the current date', () => {
    const p = datePeriod(fact({ time_phrase: 'since 21 May', time_context: ['On 30 April 2019', 'On 23 May'], cumulative: true }), narrative, false);
    expect([p.period_start, p.period_end]).toEqual(['2019-05-21', '2019-05-23']);
  });

  it('narrative: no phrase takes the current date; nothing dated means undated, not the run date', () => {
    expect(end('', ['On 9 November 2017', P, 'On 12 November'])).toEqual(['2017-11-12', 'context']);
    expect(end('', [])).toEqual(['', '']);
  });

  it('report: no phrase takes the paragraph\'s date, else the report day', () => {
    expect(end('', ['On 5 March'], report)).toEqual(['2019-03-05', 'context']);
    expect(end('', ['On 5 March', P], report)).toEqual(['2019-03-08', 'publication']);
    expect(end('', [], report)).toEqual(['2019-03-08', 'publication']);
  });

  it('report: a news day counted from the report\'s day ("on Tuesday") dates the paragraphs after it too', () => {
    expect(end('', ['on Tuesday'], report)).toEqual(['2019-03-05', 'context']);
    expect(end('', ['on Tuesday', P], report)).toEqual(['2019-03-05', 'context']);
    expect(end('', ['on Tuesday', P, 'the next day', P], report)).toEqual(['2019-03-06', 'context']);
    // A calendar date after it is one event's: the paragraphs after that one are the report day's again.
    expect(end('', ['on Tuesday', P, 'On 2 March', P], report)).toEqual(['2019-03-08', 'publication']);
    // The paragraph's first date is its main event's: "stepped up strikes on Wednesday after a jet was downed on Sunday".
    expect(end('', ['on Wednesday', 'on Sunday', P], report)).toEqual(['2019-03-06', 'context']);
    // A later paragraph's own news day takes over.
    expect(end('', ['on Tuesday', P, 'on Wednesday', P], report)).toEqual(['2019-03-06', 'context']);
  });

  it('report: a running total without a phrase runs to the report day, not to the paragraph\'s event', () => {
    expect(end('', ['on Tuesday'], report, { cumulative: true })).toEqual(['2019-03-08', 'publication']);
  });

  it('report: weekdays count from the publication date even after older dates in the text', () => {
    expect(end('on Monday', ['On 12 February'], report)).toEqual(['2019-03-04', 'phrase']);
  });
});

describe('a narrative\'s month span ends on its latest event day', () => {
  const f = (period_start: string, period_end: string, date_precision: '' | 'day' | 'week' | 'month' | 'year', date_basis: string) =>
    ({ period_start, period_end, date_precision, date_basis });
  // "Aleppo offensive (November–December 2016)": a lead figure dated by the span, events dated up to 22 December.
  const facts = [
    f('2016-11-01', '2016-12-31', 'month', 'context'),
    f('2016-11-15', '2016-11-15', 'day', 'phrase'),
    f('2016-12-22', '2016-12-22', 'day', 'context'),
    f('2016-12-01', '2016-12-31', 'month', 'phrase'),
    f('2017-01-01', '2017-12-31', 'year', 'context'),
  ];

  it('cuts a context-dated span that holds the latest day, and nothing else', () => {
    const out = endSpansAtLastDay(facts, '');
    expect(out.map((x) => x.period_end)).toEqual(['2016-12-22', '2016-11-15', '2016-12-22', '2016-12-31', '2017-12-31']);
  });

  it('leaves a report alone: its publication date caps its periods', () => {
    expect(endSpansAtLastDay(facts, '2017-01-05')).toEqual(facts);
  });

  it('leaves a narrative with no day-dated figure alone', () => {
    const months = [f('2019-04-01', '2019-08-31', 'month', 'context'), f('2019-05-01', '2019-05-31', 'month', 'phrase')];
    expect(endSpansAtLastDay(months, '')).toEqual(months);
  });
});
