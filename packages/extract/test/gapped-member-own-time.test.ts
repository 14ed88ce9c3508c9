/**
 * "killed five in A on Monday and three in B on Tuesday": a gapped list by place whose members each carry their own
 * time. Each member is dated by the time after its own place, not by the first member's.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const members = (text: string) => extract(text).map(brief).map((f) => [f.value, f.places.join('|'), f.time]);

describe('a gapped member with its own place and time', () => {
  it.each([
    ['wire, Syria (weekdays)', 'Shelling killed five people in Ariha on Monday and three in Saraqeb on Tuesday.', [[5, 'Ariha', 'on Monday'], [3, 'Saraqeb', 'on Tuesday']]],
    ['monitor, Syria (dated, "another")', 'Air strikes killed 12 civilians in Maarat al-Numan on 3 May and another 7 in Kafr Nabl on 5 May, the monitor said.', [[12, 'Maarat al-Numan', 'on 3 May'], [7, 'Kafr Nabl', 'on 5 May']]],
    ['official, Ukraine (injured)', 'The shelling wounded 14 people in Kharkiv on Tuesday and nine in Izium on Wednesday, the governor said.', [[14, 'Kharkiv', 'on Tuesday'], [9, 'Izium', 'on Wednesday']]],
    ['sitrep, DRC (displaced)', 'Fighting displaced 4,000 people in Rutshuru on 12 March and 2,500 in Masisi on 14 March.', [[4000, 'Rutshuru', 'on 12 March'], [2500, 'Masisi', 'on 14 March']]],
  ])('%s: each member keeps its own time', (_genre, text, expected) => {
    expect(members(text)).toEqual(expected);
  });

  it('a time written once at the end still dates both members (Syria)', () => {
    expect(members('Five people were killed in Ariha and three in Saraqeb on Tuesday.')).toEqual([[5, 'Ariha', 'on Tuesday'], [3, 'Saraqeb', 'on Tuesday']]);
  });
});
