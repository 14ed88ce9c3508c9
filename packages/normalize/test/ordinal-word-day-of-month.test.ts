/**
 * A day of a month spelled as an ordinal word ("On the first of August", "by the twenty-first of June 2014") dates a
 * figure or a capture to that day, as "the 1st of August" does; before, the phrase went unread and the figure took the
 * report's day. Found on a published situation report outside the corpus (a capture "On the first of August"); the
 * texts are written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { facts, on, periodOf, type Case } from './dated-text.ts';

describe('a day of a month as an ordinal word', () => {
  it.each<Case>([
    ['OCHA situation report (DR Congo)',
      on('2012-08-10', 'DRC: North Kivu Situation Report No. 6 (10 August 2012)\n\n' +
        'On the third of August, an armed group attacked the village of Kibirizi, killing 11 civilians.'),
      'killed', 11, ['2012-08-03', '2012-08-03']],
    ['encyclopedic narrative (Yemen)',
      on('2016-01-05', 'Battle of Aden (2015)\n\nThe battle of Aden was fought between Houthi forces and the Southern Movement.\n\n' +
        'On the twenty-first of July 2015, Houthi shelling of the Dar Saad district killed 57 civilians.'),
      'killed', 57, ['2015-07-21', '2015-07-21']],
    ['monitor toll (Syria)',
      on('2018-03-12', 'The Syrian Observatory for Human Rights said 64 civilians were killed in Douma on the eighth of March.'),
      'killed', 64, ['2018-03-08', '2018-03-08']],
    ['wire copy (Sudan)',
      on('2023-06-16', 'KHARTOUM (Reuters) - Fighting in El Geneina displaced 18,000 people by the twelfth of June, aid agencies said.'),
      'displaced', 18000, ['2023-06-12', '2023-06-12']],
  ])('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('a capture on such a day (Myanmar)', () => {
    const text = on('2023-11-20', 'MYANMAR NOW - On the sixteenth of November, the Arakan Army captured the town of Pauktaw.');
    const taken = facts(text).filter((f) => f.kind === 'territory');
    expect(taken.map((f) => f.period_end)).toEqual(['2023-11-16']);
  });

  it('"the last of May" is no day', () => {
    const text = on('2024-06-03', 'Ukraine: Kharkiv Flash Update (3 June 2024)\n\nShelling killed 9 civilians in Vovchansk as the last of May ended.');
    expect(periodOf(text, 'killed', 9)).not.toEqual(['2024-05-31', '2024-05-31']);
  });
});
