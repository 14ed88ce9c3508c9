/**
 * A month written in capitals as a heading ("AIR RAIDS SUMMARY OCTOBER 2021") is a monthly issue's month, and such an
 * issue reports the month before it: a yearless day of that month ("on 18 September") is in the same year, not the
 * next (timeline.ts, yearContext). A campaign title's month written in lower case keeps its own rule. Texts written
 * for the rule.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../src/timeline.ts';
import { splitSentences } from '../src/sentences.ts';

const dayOf = (text: string, phrase: string) =>
  buildTimeline(text, splitSentences(text), []).dates.find((d) => d.phrase === phrase && d.source === 'text')?.first;

describe('a yearless day of the month before a heading month', () => {
  it.each([
    ['Yemen digest', 'AIR STRIKES SUMMARY OCTOBER 2021\n\nThe deadliest raid hit a car in Shabwa on 18 September, killing six.', '18 September', '2021-09-18'],
    ['Sahel bulletin', 'SECURITY BULLETIN - MARCH 2020\n\nGunmen killed 12 villagers near Djibo on 27 February.', '27 February', '2020-02-27'],
    ['Ethiopia update', 'MONTHLY UPDATE JANUARY 2022\n\nA drone strike killed 17 people in Alamata on 24 December.', '24 December', '2021-12-24'],
  ])('%s', (_genre, text, phrase, day) => {
    expect(dayOf(text, phrase)).toBe(day);
  });

  it('a day of the heading month itself stays in it', () => {
    expect(dayOf('MONTHLY BULLETIN - OCTOBER 2023\n\nShelling killed four in Kherson on 9 October.', '9 October')).toBe('2023-10-09');
  });

  it('a day two months before the heading is still the next occurrence', () => {
    expect(dayOf('MONTHLY BULLETIN - OCTOBER 2023\n\nShelling killed four in Kherson on 9 August.', '9 August')).toBe('2024-08-09');
  });
});
