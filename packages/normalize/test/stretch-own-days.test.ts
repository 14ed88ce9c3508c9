/**
 * A stretch of fighting followed by its own days (issue 9, probe of outlet and wire pages outside the corpus): "during
 * two days of operations on Wednesday and Thursday" covers those two days, not the two days before the report, which
 * the stretch alone counts back ("over three days of shelling"). Extract time.ts STRETCH_NOT_DATED leaves the days to
 * date the figure. Every sentence is written for this file, in several wars and genres; none comes from the probe pages
 * or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const DATED: Case[] = [
  ['regional outlet, Myanmar: two weekdays after the stretch (published the Saturday after)',
    on('2024-03-09', 'At least 11 villagers were injured during two days of junta raids on Wednesday and Thursday in Kani Township, residents said.'),
    'injured', 11, ['2024-03-06', '2024-03-07']],
  ['wire, Sahel: a range of days after the stretch',
    on('2024-05-10', 'Fourteen civilians were killed in three days of clashes between 4 and 6 May near Djibo, the army said.'),
    'killed', 14, ['2024-05-04', '2024-05-06']],
  ['UN situation report, DR Congo: a weekday range after the stretch',
    on('2024-02-13', 'Some 3,000 people fled during three days of fighting from Friday to Sunday around Sake, OCHA said.'),
    'displaced', 3000, ['2024-02-09', '2024-02-11']],
];

const COUNTED_BACK: Case[] = [
  ['monitor, Ukraine: a stretch with no days of its own counts back from the report',
    on('2024-06-10', 'Nine people were killed in Kherson during three days of shelling, the regional administration said.'),
    'killed', 9, ['2024-06-07', '2024-06-10']],
];

describe('a stretch of fighting dated by the days after it', () => {
  it.each(DATED)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});

describe('a stretch alone still counts back from the report', () => {
  it.each(COUNTED_BACK)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});
