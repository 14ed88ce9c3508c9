/**
 * Dates of monitors' running totals the rules got wrong on fresh published tolls (issue 9: a UN civilian-casualty update
 * for Ukraine, a Syrian rights group's monthly toll, a Syrian monitor's toll since 2011): a total "since D1 till D2"
 * ends on D2, not on the publication day; "in the month of May" is May; a counting period bounded by clock times with a
 * "when" clause after its first date; and the items of a list whose lead ("This included:") points back to the dated
 * sentence before it are of that sentence's span, totals included. Every text is written for this file, in several
 * wars; none comes from the fresh texts or the corpus. Each runs through ingest, extract and normalize.
 */
import { describe, expect, it } from 'vitest';
import { facts, on, periodOf } from './dated-text.ts';

describe('a running total closed by "until" or "till" a date', () => {
  it.each([
    ['monitor, Syria', on('2016-03-20', 'The monitor has documented the death of 270,000 people since 15 March 2011 till 14 March 2016.'), 270000, ['2011-03-15', '2016-03-14']],
    ['doctors, Sudan', on('2023-07-02', 'The doctors\' committee said 959 civilians were killed in Khartoum since the fighting began on 15 April until 20 June.'), 959, ['2023-04-15', '2023-06-20']],
    ['UN mission, Libya', on('2019-07-10', 'The mission counted 106 civilian deaths in Tripoli since 4 April through 30 June 2019.'), 106, ['2019-04-04', '2019-06-30']],
  ])('%s', (_name, text, value, period) => {
    expect(periodOf(text, 'killed', value)).toEqual(period);
  });

  it('a "until" clause with no date of its own leaves the total running to the report day', () => {
    expect(periodOf(on('2024-02-10', 'Since January 2024, 64 civilians were killed in Ituri until the peacekeepers arrived.'), 'killed', 64)).toEqual(['2024-01-01', '2024-02-10']);
  });
});

describe('"in the month of" a month', () => {
  it.each([
    ['monitor, Syria', on('2019-06-02', 'At least 211 civilians were killed in Syria in the month of May, the network said.'), 211, ['2019-05-01', '2019-05-31']],
    ['rights group, Myanmar', on('2022-09-03', 'The group said 48 villagers were killed in Sagaing during the month of August.'), 48, ['2022-08-01', '2022-08-31']],
  ])('%s', (_name, text, value, period) => {
    expect(periodOf(text, 'killed', value)).toEqual(period);
  });
});

describe('a list whose lead points back to the dated sentence before it', () => {
  const update = (lead: string) => on('2023-06-02', [
    `From 6 a.m. on 1 May 2023, when the latest wave of strikes began, to 24:00 midnight on 31 May 2023, the mission recorded 412 civilian casualties in the country: 118 killed and 294 injured. ${lead}`,
    '',
    '• a total of 118 killed (41 men, 30 women, 9 boys and 6 girls)',
    '',
    '• In Donetsk region: 160 casualties (52 killed and 108 injured)',
  ].join('\n'));

  it('UN update, Ukraine: the lead sentence and every item take the clock-bounded span', () => {
    const got = facts(update('This included:'));
    const spans = got.map((f) => [f.category, f.group, f.count_best, f.period_start, f.period_end]);
    for (const [category, value] of [['killed', 118], ['injured', 294], ['killed', 52], ['injured', 108]] as const) {
      const f = got.filter((x) => x.category === category && x.count_best === value);
      expect(f.length, JSON.stringify(spans)).toBeGreaterThan(0);
      for (const x of f) expect([x.period_start, x.period_end]).toEqual(['2023-05-01', '2023-05-31']);
    }
    const women = got.find((x) => x.group === 'women');
    expect([women?.period_start, women?.period_end], JSON.stringify(spans)).toEqual(['2023-05-01', '2023-05-31']);
  });

  it('monitor, Yemen: a list after an undated paragraph keeps the report day', () => {
    const text = on('2018-04-03', 'The project publishes its figures each month. They included:\n\n• In Taizz: 31 civilians killed\n\n• In Hodeidah: 12 civilians killed');
    expect(periodOf(text, 'killed', 31)).toEqual(['2018-04-03', '2018-04-03']);
  });
});
