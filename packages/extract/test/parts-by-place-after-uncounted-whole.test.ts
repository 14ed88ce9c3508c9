/**
 * A breakdown by place after a whole the text does not count (issue 9, round nl1): "The shelling killed civilians in
 * several towns, including 12 in Kherson and 5 in Beryslav" gives one fact per place, its category from the clause's
 * predicate and its group from the clause's noun; so does a whole counted by a vague word ("dozens of people").
 * Sentences written for the rule (wire, monitor, situation report; Ukraine, Syria, Yemen, Sudan); none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).filter((f) => f.value !== null).map((f) => [f.category, f.group, f.value, f.places]);

describe('parts by place after an uncounted whole', () => {
  it('killed civilians in several towns, including N in A and M in B (wire, Ukraine)', () => {
    expect(facts('Russian shelling killed civilians in several towns overnight, including 7 in Nikopol and 3 in Marhanets.')).toEqual([
      ['killed', 'civilians', 7, ['Nikopol']], ['killed', 'civilians', 3, ['Marhanets']],
    ]);
  });

  it('the subject of a passive, three parts (monitor, Syria)', () => {
    expect(facts('Civilians were killed across the countryside on Friday, including 11 in Kafranbel, 6 in Saraqib and 2 in Ariha.')).toEqual([
      ['killed', 'civilians', 11, ['Kafranbel']], ['killed', 'civilians', 6, ['Saraqib']], ['killed', 'civilians', 2, ['Ariha']],
    ]);
  });

  it('a whole counted by a vague word gives each place its own part (monitor, Syria)', () => {
    expect(facts('Air strikes killed dozens of people in the province, including 16 in Khan Shaykhun and 4 in Kafr Nabl.')).toEqual([
      ['killed', 'people', 16, ['Khan Shaykhun']], ['killed', 'people', 4, ['Kafr Nabl']],
    ]);
  });

  it('families displaced, the unit from the noun (situation report, Yemen)', () => {
    expect(extract('Clashes displaced families across the district last week, including 420 in Sirwah and 130 in Raghwan.').map(brief).map((f) => [f.category, f.unit, f.value, f.places])).toEqual([
      ['displaced', 'families', 420, ['Sirwah']], ['displaced', 'families', 130, ['Raghwan']],
    ]);
  });

  it('places counted after a clause of no people give nothing (situation report, Sudan)', () => {
    expect(facts('The RSF shelled villages in the south, including 3 in Um Rawaba and 2 in Er Rahad.')).toEqual([]);
  });
});
