/**
 * "Within days" after a span the text named ("The offensive (April–June 2015) ... Within days, the rebels captured X")
 * counts from the span's first days, not from its last day: the lead's span is the campaign's, and "within days" of
 * it is its opening. A span known to the day counts from that day; one known to the month only, from its first month;
 * after a day the rule is unchanged (anaphoric-days-that-followed.test.ts). Every text is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { periodOf, type Case } from './dated-text.ts';

const page = (title: string, story: string) => `${title}\n\n${story}`;

const CASES: Case[] = [
  ['encyclopedic (Yemen): a span of months opens with its first month',
    page('Hajjah offensive (April–June 2016)', 'The Hajjah offensive (April–June 2016) took place in northern Yemen. Within days, 30 soldiers were killed near Haradh.'),
    'killed', 30, ['2016-04-01', '2016-04-30']],
  ['encyclopedic (Ukraine): a span known to the day counts from its first day',
    page('Battle of Vovchansk', 'The Battle of Vovchansk (10 May – 30 June 2024) was fought in Kharkiv Oblast. Within a week, 4,000 residents had fled Vovchansk.'),
    'displaced', 4000, ['2024-05-10', '2024-05-17']],
  ['encyclopedic (Sahel): "within weeks" after a span of months',
    page('Menaka offensive', 'The Menaka offensive (March–September 2022) was fought in eastern Mali. Within weeks, 250 civilians were killed in the Menaka region.'),
    'killed', 250, ['2022-03-01', '2022-03-31']],
];

describe('"within days" after a span counts from its start', () => {
  it.each(CASES)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});
