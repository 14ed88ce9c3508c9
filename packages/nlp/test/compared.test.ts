/** A date a figure is compared with is the comparison's baseline (compared.ts). Sentences written for the rule. */
import { describe, expect, it } from 'vitest';
import { comparedBaseline } from '../src/dates/index.ts';

/** The text before the date phrase `phrase` in `sentence`. */
const before = (sentence: string, phrase: string) => sentence.slice(0, sentence.indexOf(phrase));

describe('comparedBaseline', () => {
  it.each([
    ['Yemen', 'Civilian casualties fell to 140, down from 188 in February.', 'in February'],
    ['Syria', 'The monitor documented 410 deaths, compared with 356 in October.', 'in October'],
    ['Ukraine', 'Compared to the previous day, three more children were killed.', 'the previous day'],
    ['Sudan', 'More people were displaced from El Fasher than in May.', 'in May'],
    ['Myanmar', 'Airstrike casualties rose to 96, up from 41 casualties in December.', 'in December'],
    ['Sahel', 'Fatalities in Mopti increased by 30 percent from 120 in the first quarter.', 'in the first quarter'],
  ])('%s: the compared date is a baseline', (_war, sentence, phrase) => {
    expect(comparedBaseline(before(sentence, phrase), phrase)).toBe(true);
  });

  it.each([
    ['a place after "from"', 'Some 5,000 people fled from Ardamata in November.', 'in November'],
    ['a count of villages after "from" with no change word', 'The army displaced 2,000 families from 12 villages in June.', 'in June'],
    ['the figure\'s own date', 'At least 35 civilians were killed in Idlib in March.', 'in March'],
    ['a range "from ... to"', 'Shelling killed 40 people from 3 to 9 May.', '3 to 9 May'],
    ['"more than" a span', 'Rebels retook gains made more than two years ago.', 'two years ago'],
    ['"more than" a figure', 'A gas attack killed more than 90 people last year in Khan Shaykhun.', 'last year'],
  ])('%s: not a baseline', (_what, sentence, phrase) => {
    expect(comparedBaseline(before(sentence, phrase), phrase)).toBe(false);
  });
});
