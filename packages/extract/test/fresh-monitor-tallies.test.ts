/**
 * A monitor's total stated as what the toll included (issue 9, fresh monitors' tolls: a Syrian monitor's toll since
 * 2011): "the death tally included N civilians, including X children and Y women" gives the civilians and each group,
 * running totals all; "tally" is a toll's noun that takes its category from its compound ("death tally", "injury
 * tally") or its complement ("the tally of wounded"). Every sentence is written for this file, in several wars; none
 * comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief);

describe('a toll that "included" its victims', () => {
  it.each([
    ['monitor, Syria', 'In its statement the monitor said the death tally included 4,210 civilians, including 612 children and 398 women.', 4210, [['children', 612], ['women', 398]]],
    ['UN mission, Afghanistan', 'The toll included 1,150 civilians, among them 310 children, the mission said.', 1150, [['children', 310]]],
    ['rights group, Yemen', 'The death toll of the coalition raids included 87 civilians, including 19 children, the group said.', 87, [['children', 19]]],
  ])('%s', (_name, s, civilians, groups) => {
    const found = facts(s).filter((f) => f.category === 'killed');
    const whole = found.find((f) => f.value === civilians);
    expect(whole?.group).toBe('civilians');
    expect(whole?.cumulative).toBe(true);
    for (const [group, value] of groups) expect(found.find((f) => f.value === value)?.group).toBe(group);
  });

  it('a toll of the wounded that included a group is of the wounded', () => {
    const found = facts('Medics said the injury toll included 64 civilians in Marib.');
    expect(found.map((f) => [f.category, f.group, f.value])).toEqual([['injured', 'civilians', 64]]);
  });

  it('a number of the displaced that "included" families is no casualty', () => {
    const found = facts('The number of displaced in Kassala included 300 families.');
    expect(found.filter((f) => f.category === 'killed' || f.category === 'injured')).toEqual([]);
  });

  it('"included" after a noun that is no toll gives nothing', () => {
    expect(facts('The convoy included 40 trucks of food for Mekelle.')).toEqual([]);
  });
});

describe('"tally", a noun of a toll', () => {
  it.each([
    ['wire, DR Congo', 'The death tally in North Kivu has climbed to 212, officials said.', 'killed', 212],
    ['news, Gaza', 'The tally of wounded rose to 40 by the evening.', 'injured', 40],
    ['monitor, Myanmar', 'The injury tally reached 75 on Monday, according to the group.', 'injured', 75],
  ])('%s', (_name, s, category, value) => {
    const found = facts(s).find((f) => f.value === value);
    expect(found?.category).toBe(category);
    expect(found?.cumulative).toBe(true);
  });

  it('a tally that names no category is no toll', () => {
    expect(facts('The tally rose to 40 by the evening.')).toEqual([]);
  });
});

describe('the time phrase of a counting period', () => {
  it.each([
    ['UN update, Ukraine', 'From 4 a.m. on 1 June 2023, when the dam was breached, to 24:00 midnight on 30 June 2023, the mission recorded 201 civilian casualties: 58 killed and 143 injured.', 'From 4 a.m. on 1 June 2023, when the dam was breached, to 24:00 midnight on 30 June 2023'],
    ['UN mission, Libya', 'From 1 January 2019, as the offensive resumed, until 31 March 2019, the mission documented 305 civilian deaths in Tripoli.', 'From 1 January 2019, as the offensive resumed, until 31 March 2019'],
    ['monitor, Syria', 'The Observatory has documented the death of 96,000 people since the uprising began in March 2011 till 1 June 2013.', 'since the uprising began in March 2011 till 1 June 2013'],
  ])('%s', (_name, s, time) => {
    const found = extract(s).map(brief).filter((f) => f.category === 'killed' || f.category === 'injured');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.time).toBe(time);
  });
});
