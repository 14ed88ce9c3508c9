/**
 * A wire lead dated only by the day of the saying ("..., the ministry said Wednesday") summarises; when the next
 * sentence's figures of the same category add up to the lead's count, they are its parts and their day is its
 * event's (extract discourse.ts `partsOf`). Figures that do not add up are other incidents: the lead keeps the day of
 * the saying. Each text opens with its title line, as a user's copy does. Texts written for the rule, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const CASES: Case[] = [
  ['wire (Libya): two parts of Tuesday add up to the lead\'s 12',
    on('2019-04-10', 'Twelve killed in Tripoli clashes\n\nFighting in Tripoli killed 12 people, the health ministry said Wednesday.\n\nSeven people died on Tuesday in clashes near the airport and five others died in Ain Zara on Tuesday evening.'),
    'killed', 12, ['2019-04-09', '2019-04-09']],
  ['wire (Sudan): wounded in two towns on Sunday',
    on('2023-06-12', 'Shelling wounds 30 in North Kordofan\n\nRSF shelling wounded 30 civilians in North Kordofan, doctors said on Monday.\n\nTwenty were wounded in El Obeid on Sunday and ten were wounded in Bara on Sunday.'),
    'injured', 30, ['2023-06-11', '2023-06-11']],
];

describe('a lead dated by its saying takes the day of its parts', () => {
  it.each(CASES)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('figures that do not add up to the lead are other incidents: the lead keeps the day of the saying', () => {
    const text = on('2022-09-07', 'Shelling in Kharkiv region\n\nShelling killed 9 civilians in Kharkiv region, the governor said Wednesday.\n\nThree people died in Kupiansk on Tuesday and two were killed in Izium on Tuesday.');
    expect(periodOf(text, 'killed', 9)).toEqual(['2022-09-07', '2022-09-07']);
  });
});
