/**
 * A yearless month after a look back to a bare year ("In November, rebels killed ..." after "in 2017, the army retook
 * Kidal") takes its year from the page's date or from the date the story stands at, not from the bare year the look
 * back named. And a figure told "in the 1994 genocide" or "during the 2006 war" is of that event's year, not of the
 * report's day (a historic toll; the gold dates such figures to the span they name). Texts written for this file.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const expectPeriod = (_name: string, text: string, category: string, value: number, period: [string, string]) => {
  expect(periodOf(text, category, value)).toEqual(period);
};

describe('a yearless month after a background year', () => {
  it.each<Case>([
    ['outlet, Mali, the page\'s date gives the year',
      on('2018-12-10', 'Rebels tighten grip on the north\n\nThe rebellion began in 2012. By 2017, the army had retaken Kidal, and in 2017 the two sides signed a truce.\n\nIn November, rebels killed 14 soldiers near Menaka, the army said.'),
      'killed', 14, ['2018-11-01', '2018-11-30']],
    ['wire, Mali, no page date: the closing day of the saying gives it',
      'Mali: rebels tighten grip on the north\n\nRebels have tightened their grip on the north this year. In 2017, the army retook Kidal after heavy fighting.\n\nIn November, rebels killed 14 soldiers near Menaka, the army said on 10 December 2018.',
      'killed', 14, ['2018-11-01', '2018-11-30']],
    ['encyclopedic, Mali, the story\'s day before the look back gives it',
      'Siege of Menaka (2018)\n\nThe siege of Menaka was a blockade in Mali.\n\nOn 20 September 2018, rebels surrounded Menaka. The town had been fought over before: in 2017, the army retook it after heavy fighting.\n\nIn November, rebels killed 14 soldiers near Menaka.',
      'killed', 14, ['2018-11-01', '2018-11-30']],
  ])('%s', expectPeriod);
});

describe('a toll told in a dated event is of that event', () => {
  it.each<Case>([
    ['wire, Rwanda, the event after the toll',
      on('2019-04-07', 'Rwanda began a week of mourning on Sunday for the 800,000 people killed in the 1994 genocide.'),
      'killed', 800000, ['1994-01-01', '1994-12-31']],
    ['outlet, Lebanon, "during" the war of a year',
      on('2016-07-12', 'About 1,200 Lebanese were killed during the 2006 war, most of them civilians.'),
      'killed', 1200, ['2006-01-01', '2006-12-31']],
    ['outlet, Israel, an attack named by its day',
      on('2024-01-10', 'Some 1,200 people were killed in the October 7 attack, Israeli officials said.'),
      'killed', 1200, ['2023-10-07', '2023-10-07']],
    ['wire, Sudan, a perfect keeps a war still going on at the report\'s day',
      on('2025-03-10', 'More than 12,000 people have been killed in the 2023 war between the army and the RSF, the UN said.'),
      'killed', 12000, ['2025-03-10', '2025-03-10']],
    ['outlet, Sudan, the perfect before its object',
      on('2025-03-10', 'The fighting has displaced 150,000 people during the 2023 conflict, the envoy said.'),
      'displaced', 150000, ['2025-03-10', '2025-03-10']],
    ['monitor, Syria, a running total since a year is unchanged',
      on('2018-03-12', 'The war has killed more than 350,000 people since 2011, the Syrian Observatory for Human Rights said.'),
      'killed', 350000, ['2011-01-01', '2018-03-12']],
  ])('%s', expectPeriod);
});

describe('a dated event the campaign came after dates no figure of it', () => {
  it.each<Case>([
    ['outlet, Gaza, an offensive launched after the attack',
      on('2024-03-01', 'Israel\'s offensive, launched after the October 7 attack, has killed more than 30,000 people in Gaza, the health ministry said.'),
      'killed', 30000, ['2024-03-01', '2024-03-01']],
    ['wire, Ukraine, a war triggered by the invasion',
      on('2022-06-20', 'More than 4,000 civilians have been killed in the war triggered by the 24 February invasion, the UN said on Monday.'),
      'killed', 4000, ['2022-06-20', '2022-06-20']],
  ])('%s', expectPeriod);
});
