/**
 * Two weekdays joined by "and" ("air strikes on Wednesday and Thursday", "over Saturday and Sunday nights") are one
 * span of days, read as "between": the figure they date, or a later sentence's "in those two days", covers both, not
 * the first alone. A single weekday still dates its one day. Every text is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf } from './dated-text.ts';

// 2022-03-10 is a Thursday; 2023-05-19 and 2021-11-26 are Fridays; 2015-02-08 is a Sunday.
const UKRAINE = on('2022-03-10', 'Russian shelling on Tuesday and Wednesday killed 31 civilians in Kharkiv, regional officials said.');
const SUDAN = on('2023-05-19', 'Clashes on Wednesday and Thursday drove out the last residents. At least 8,000 people fled Nyala in those two days, the IOM said.');
const MYANMAR = on('2021-11-26', 'Troops burned homes in two villages of Sagaing over Monday and Tuesday nights, killing 12 people, residents said.');
const YEMEN = on('2015-02-08', 'Houthi fighters killed nine tribesmen near Marib on Saturday, a tribal leader said.');

describe('two weekdays joined', () => {
  it('wire (Ukraine): "on Tuesday and Wednesday" dates both days', () => expect(periodOf(UKRAINE, 'killed', 31)).toEqual(['2022-03-08', '2022-03-09']));
  it('sitrep (Sudan): the pair carries to "in those two days"', () => expect(periodOf(SUDAN, 'displaced', 8000)).toEqual(['2023-05-17', '2023-05-18']));
  it('news (Myanmar): "over Monday and Tuesday nights"', () => expect(periodOf(MYANMAR, 'killed', 12)).toEqual(['2021-11-22', '2021-11-23']));
  it('wire (Yemen): a single weekday stays one day', () => expect(periodOf(YEMEN, 'killed', 9)).toEqual(['2015-02-07', '2015-02-07']));
});
