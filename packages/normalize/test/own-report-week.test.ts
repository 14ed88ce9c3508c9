/**
 * A weekly or monthly overview whose title names its period ("Regional Overview: Africa, 15-21 October 2022") calls
 * that period "last week" or "the past week" in its body: the figures dated so are of the title's period, whatever
 * day its week starts on (ACLED's weeks run Saturday to Friday), not the calendar week before the issue day. Texts
 * written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

describe('"last week" in an overview whose title names its week is that week', () => {
  it.each<Case>([
    ['weekly overview, the lead and the figure in one paragraph (Ethiopia)',
      on('2022-10-27', 'Regional Overview: Africa, 15-21 October 2022\n\n' +
        'Last week in Africa, fighting continued in Ethiopia. In Tigray, 45 civilians were killed in airstrikes on Adi Daero.\n'),
      'killed', 45, ['2022-10-15', '2022-10-21']],
    ['weekly overview, the figure\'s own phrase (Myanmar)',
      on('2023-11-09', 'Regional Overview: Asia-Pacific, 28 October - 3 November 2023\n\n' +
        'Resistance forces in northern Shan State launched a coordinated offensive.\n\n' +
        'Myanmar military airstrikes killed at least 30 civilians in Sagaing Region last week.\n'),
      'killed', 30, ['2023-10-28', '2023-11-03']],
    ['weekly situation update, "during the past week" (DR Congo)',
      on('2024-02-14', 'Eastern DRC Weekly Situation Update, 3-9 February 2024\n\n' +
        'During the past week, M23 attacks around Sake displaced some 42,000 people towards Goma.\n'),
      'displaced', 42000, ['2024-02-03', '2024-02-09']],
  ])('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('a title\'s month is no week: "last week" in a monthly report is the week before its issue (Yemen)', () => {
    const text = on('2021-03-10', 'Yemen: Marib Monthly Update, February 2021\n\n' +
      'Last week, shelling killed 14 civilians in Marib city.\n');
    expect(periodOf(text, 'killed', 14)).toEqual(['2021-03-01', '2021-03-07']);
  });
});
