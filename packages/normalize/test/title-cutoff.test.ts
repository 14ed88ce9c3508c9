/**
 * A report whose title closes on a cutoff ("Emergency Update (as of 18 October 2021)", "Flash Update No. 4 (as at 9
 * May)") and is issued days after it counts its figures to that cutoff, as a section heading closing on one does
 * (numbered-heading-cutoff.test.ts): a running total "since" a day ends on the cutoff, and a rolling span ("in the
 * past week", "over the last two weeks", "in the past 24 hours") runs back from the cutoff, not from the issue day.
 * Found on published UNHCR displacement updates outside the corpus; the texts are written for this file, several
 * wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

describe('a title closing on a cutoff ends the report\'s running totals and rolling spans on it', () => {
  it.each<Case>([
    ['UNHCR displacement update, a total since a day (Myanmar)',
      on('2022-03-09', 'Myanmar: Sagaing Displacement Update (as of 7 March 2022)\n\n' +
        'Clashes between the army and local defence forces went on in several townships.\n\n' +
        'Some 4,800 people have been displaced in Kani Township since 1 February 2022, UNHCR said.\n'),
      'displaced', 4800, ['2022-02-01', '2022-03-07']],
    ['OCHA flash update, a total since a day (Sudan)',
      on('2023-06-14', 'Sudan: El Geneina Flash Update No. 2 (as of 12 June 2023)\n\n' +
        'Fighting between the SAF and the RSF spread across West Darfur.\n\n' +
        'According to IOM DTM, about 28,000 people have been displaced from El Geneina since 24 April.\n'),
      'displaced', 28000, ['2023-04-24', '2023-06-12']],
    ['IOM update, a rolling week before the cutoff (Ukraine)',
      on('2022-05-20', 'Ukraine: Kharkiv Oblast Mobility Update (as at 17 May 2022)\n\n' +
        'Shelling continued in the north of the oblast.\n\n' +
        'Local authorities registered 3,150 people newly displaced from Derhachi in the past week.\n'),
      'displaced', 3150, ['2022-05-10', '2022-05-17']],
    ['monitor toll, the past 24 hours before the cutoff (Gaza)',
      on('2023-11-03', 'Gaza: Hostilities Update No. 26 (as of 1 November 2023)\n\n' +
        'Bombardment continued across the Strip overnight.\n\n' +
        'The Ministry of Health reported 214 Palestinians killed in the past 24 hours.\n'),
      'killed', 214, ['2023-10-31', '2023-11-01']],
  ])('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('a total said to be "to date" is of the issue day, not the cutoff (Yemen)', () => {
    const text = on('2021-03-05', 'Yemen: Marib Displacement Update (as of 28 February 2021)\n\n' +
      'Hostilities intensified in Sirwah District.\n\n' +
      'To date, some 13,600 people have been displaced in Marib since 8 February, IOM said.\n');
    expect(periodOf(text, 'displaced', 13600)).toEqual(['2021-02-08', '2021-03-05']);
  });

  it('a title dated by its issue day is no cutoff (DR Congo)', () => {
    const text = on('2024-02-09', 'DRC: North Kivu Flash Update No. 5 (9 February 2024)\n\n' +
      'M23 attacks continued around Sake.\n\n' +
      'OCHA: some 135,000 people have been displaced in Masisi Territory since 2 February.\n');
    expect(periodOf(text, 'displaced', 135000)).toEqual(['2024-02-02', '2024-02-09']);
  });
});
