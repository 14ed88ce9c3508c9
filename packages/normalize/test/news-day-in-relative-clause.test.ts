/**
 * News dating (issue 9, dev outlets and probes of outside news pages): a lead whose only date is a news day inside a
 * relative clause ("Families crowded into the school at Djibo, where many had fled after Thursday's raid ...") dates
 * the story by it. A relative clause's date is background when it is a month or a year ("which rebels captured in
 * May"); a day counted from the report ("on Monday", "yesterday", "last Sunday's") can only be the incident the story
 * is about, so the undated figures of the paragraphs after it are of that day, not of the report's.
 * Every text is written for this file (several genres and wars; none from the corpus or the probe pages).
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const DATED: Case[] = [
  // Saturday 2023-02-25: "Thursday's raid" is 2023-02-23.
  ['regional outlet (Burkina Faso): a "where" clause\'s Thursday dates the next paragraph',
    on('2023-02-25', [
      'Displaced families crowded into the school at Djibo, where many had fled after Thursday\'s raid in which jihadists killed 31 villagers.',
      'A nurse at the health centre said 12 people were wounded.',
    ].join('\n\n')),
    'injured', 12, ['2023-02-23', '2023-02-23']],
  // Wednesday 2024-03-06: "on Monday" is 2024-03-04.
  ['wire (DR Congo): "where shells hit a market on Monday", the toll in the next paragraph',
    on('2024-03-06', [
      'GOMA (Reuters) - Aid workers searched the rubble in Mweso, where shells hit a crowded market on Monday.',
      'At least 17 people were killed, the provincial health ministry said.',
    ].join('\n\n')),
    'killed', 17, ['2024-03-04', '2024-03-04']],
  // Friday 2023-07-07: "yesterday" is 2023-07-06.
  ['wire (Ukraine): "yesterday" in a "where" clause dates the mayor\'s figure',
    on('2023-07-07', [
      'LVIV, Ukraine (AP) - Mourners gathered in Lviv, where a Russian missile struck an apartment block yesterday.',
      'Ten people were killed in the building, the mayor said.',
    ].join('\n\n')),
    'killed', 10, ['2023-07-06', '2023-07-06']],
  // Tuesday 2024-01-16: "last Sunday's" is 2024-01-14.
  ['regional outlet (Yemen): "last Sunday\'s" in a "where" clause',
    on('2024-01-16', [
      'Fear gripped Taiz, where residents are still counting the dead of last Sunday\'s shelling of the Bir Basha market.',
      'Hospital staff said 23 people were wounded.',
    ].join('\n\n')),
    'injured', 23, ['2024-01-14', '2024-01-14']],
];

const KEPT: Case[] = [
  // A month in a relative clause is background: the next paragraph's undated figure is the report's day.
  ['outlet (Ukraine): "which Russian forces captured in May" does not date the shelling',
    on('2023-08-10', [
      'Ukrainian troops probed the outskirts of Bakhmut, which Russian forces captured in May.',
      'Shelling killed 4 civilians in nearby Kostiantynivka, officials said.',
    ].join('\n\n')),
    'killed', 4, ['2023-08-10', '2023-08-10']],
];

describe('a news day inside a relative clause dates the story', () => {
  it.each(DATED)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
  it.each(KEPT)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});
