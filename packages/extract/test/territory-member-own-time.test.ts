/**
 * "Rebels captured A on Monday and B on Tuesday": a capture whose listed places each carry their own time gives one
 * fact per place, each dated by the time after its own name (the gapped lists' member time, index.ts).
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (text: string) => extract(text).map(brief).filter((f) => f.value === null).map((f) => [f.category, f.places.join('|'), f.time]);

describe('a capture list whose places carry their own times', () => {
  it.each([
    ['wire, Syria (weekdays)', 'Rebels captured Kafr Nabl on Monday and Hish on Tuesday, activists said.', [['captured', 'Kafr Nabl', 'on Monday'], ['captured', 'Hish', 'on Tuesday']]],
    ['sitrep, DRC (dates, a relative time)', 'The FARDC retook Sake on 3 May, Minova on 5 May and Kitchanga two days later.', [['captured', 'Sake', 'on 3 May'], ['captured', 'Minova', 'on 5 May'], ['captured', 'Kitchanga', 'two days later']]],
    ['assessment, Ukraine', 'Russian forces seized Avdiivka on 17 February and Lastochkyne on 26 February, the ISW assessed.', [['captured', 'Avdiivka', 'on 17 February'], ['captured', 'Lastochkyne', 'on 26 February']]],
    ['encyclopedic, Sudan (months)', 'The RSF overran Wad Madani in December 2023 and Sinja in June 2024.', [['captured', 'Wad Madani', 'in December 2023'], ['captured', 'Sinja', 'in June 2024']]],
  ])('%s: one fact per place, each with its own time', (_genre, text, expected) => {
    expect(captures(text)).toEqual(expected);
  });

  it('a time written once after the list still dates one fact of both places (Syria)', () => {
    expect(captures('Rebels captured Kafr Nabl and Hish on Tuesday.')).toEqual([['captured', 'Kafr Nabl|Hish', 'on Tuesday']]);
  });

  it('a name after the time that opens a clause of its own is no second place taken (Yemen)', () => {
    expect(captures('Houthi fighters seized Hazm on Monday and Marib tribal leaders vowed to resist.')).toEqual([['captured', 'Hazm', 'on Monday']]);
  });
});
