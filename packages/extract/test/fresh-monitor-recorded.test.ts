/**
 * Constructions of published monitors' tolls the rules missed (issue 9, a round of fresh texts nobody tuned for: a UN
 * civilian-casualty update for Ukraine, two monthly reports of a Syrian rights group, a UN mission's quarterly brief):
 * a counting period bounded by clock times ("from 4am on X until midnight on Y"), a participle of recording between
 * "were" and the casualty verb ("were documented killed"), and a monitor referring back to itself by a word of its
 * own name ("the Network", "the Mission"). Every sentence is written for its rule, in several wars; none comes from
 * the fresh texts, the seeds or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief);

describe('a counting period bounded by clock times', () => {
  it.each([
    ['UN update, Ukraine', 'From 6am on 10 October 2022 until midnight on 16 October 2022, the Office recorded 312 civilian casualties: 98 killed and 214 injured.', 'From 6am on 10 October 2022 until midnight on 16 October 2022'],
    ['monitor, Sudan', 'Between 8 a.m. on 15 April and 6 p.m. on 17 April, doctors counted 97 civilians killed in Khartoum.', 'Between 8 a.m. on 15 April and 6 p.m. on 17 April'],
    ['monitor, Gaza', 'From 07:00 on 5 August to 23:30 (local time) on 7 August, 44 people were killed in strikes on Gaza.', 'From 07:00 on 5 August to 23:30 (local time) on 7 August'],
  ])('%s: %s', (_genre, s, time) => {
    const found = facts(s).filter((f) => f.category === 'killed');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.time).toBe(time);
  });

  it('a clock time with no date after it is no range', () => {
    const found = facts('From 6am until noon, shelling killed 14 civilians in Bakhmut on Tuesday.');
    expect(found[0]?.time).toBe('on Tuesday');
  });
});

describe('a participle of recording between "were" and the casualty verb', () => {
  it.each([
    ['monitor, Yemen', 'The project said 61 civilians were documented killed in Hodeidah in March 2019.', 'killed', 61, 'in March 2019'],
    ['UN report, Afghanistan', 'In Kunduz, 130 civilians were verified injured during the first half of 2016.', 'injured', 130, 'during the first half of 2016'],
    ['monitor, Myanmar', 'At least 27 villagers were recorded killed in Sagaing in May.', 'killed', 27, 'in May'],
    ['rights group, DR Congo', 'Some 48 civilians were documented injured in Beni territory in January.', 'injured', 48, 'in January'],
  ])('%s: %s', (_genre, s, category, value, time) => {
    const found = facts(s).find((f) => f.value === value);
    expect(found?.category).toBe(category);
    expect(found?.time).toBe(time);
  });

  it('the groups after it belong to that figure and its month, not an earlier total of the sentence', () => {
    const found = facts('The monitor said 412 civilians were killed in Yemen in 2018, noting that 37 civilians were documented killed in December 2018, including 11 children and four women.');
    const children = found.find((f) => f.group === 'children');
    expect(found.find((f) => f.value === 37)?.time).toBe('in December 2018');
    expect(children?.value).toBe(11);
    expect(children?.time).toBe('in December 2018');
  });

  it('a recorded count with no casualty verb after it is no casualty', () => {
    const found = facts('In May, 3,900 arrivals were recorded in Renk.');
    expect(found.filter((f) => f.category === 'killed' || f.category === 'injured')).toEqual([]);
  });
});

describe('a monitor referring back to itself by a word of its name', () => {
  it.each([
    ['monitor, Syria', 'The Syrian Network for Human Rights said 84 civilians were killed in Syria in March. The Network said regime forces killed 31 civilians in Idlib.', 'Syrian Network for Human Rights'],
    ['UN mission, Ukraine', 'HRMMU recorded 190 civilian deaths in Kharkiv region in May. The Mission said 22 children were killed.', 'HRMMU'],
    ['UN mission, Afghanistan', 'UNAMA said 74 civilians were killed in Helmand in April. The Mission said 19 children were injured in Lashkar Gah.', 'UNAMA'],
  ])('%s: %s', (_genre, s, reporter) => {
    const last = facts(s).pop()!;
    expect(last.reporters).toEqual([reporter]);
  });

  it('a word that is not in the named source\'s name does not point to it', () => {
    const last = facts('UNAMA said 74 civilians were killed in Helmand in April. The Network said 19 children were injured in Lashkar Gah.').pop()!;
    expect(last.reporters).not.toEqual(['UNAMA']);
  });
});

describe('a quarter or a run of months of a year dates a quarterly toll', () => {
  it.each([
    ['UN report, Afghanistan', 'During the first three months of 2017, the Mission documented 715 civilian deaths in Kabul.', 'During the first three months of 2017'],
    ['monitor, Iraq', 'In the second quarter of 2015, 1,870 civilians were killed in Anbar.', 'In the second quarter of 2015'],
    ['headline, Yemen', '640 civilians killed in first six months of 2018, says monitor', 'in first six months of 2018'],
    ['rights group, Mali', 'Attacks by armed groups killed 212 civilians in Mopti over the last four months of 2019.', 'over the last four months of 2019'],
  ])('%s: %s', (_genre, s, time) => {
    const found = facts(s).filter((f) => f.category === 'killed');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.time).toBe(time);
  });
});

describe('the date of a comparison\'s baseline is not the figure\'s', () => {
  it.each([
    ['UN report, Afghanistan', 'During the first half of 2016, according to the mission, pro-government forces caused 300 civilian casualties (86 deaths and 214 injured) a 40 per cent rise from the same period last year.', 'During the first half of 2016'],
    ['monitor, Somalia', 'In March, by the monitor\'s count, militants caused 140 civilian casualties (58 deaths and 82 injured), up from 90 in the same period in 2021.', 'In March'],
  ])('%s: %s', (_genre, s, time) => {
    const found = facts(s);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.time).toBe(time);
  });
});

describe('"reports X on <date>" dates the relaying, not the figure', () => {
  it.each([
    ['relayed report, Afghanistan', 'According to the mission, from 1 April to 30 June 2019, it documented 900 civilian casualties in Nangarhar (390 deaths and 510 injured), reports Pajhwok on July 30.', 'from 1 April to 30 June 2019'],
    ['relayed report, Nigeria', 'By the monitor\'s count, between 1 and 31 May, bandits caused 260 casualties in Zamfara (140 killed and 120 injured), reports the daily on June 4.', 'between 1 and 31 May'],
  ])('%s: %s', (_genre, s, time) => {
    const found = facts(s);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.time).toBe(time);
  });
});

describe('a title\'s count restated in the body, dated in the same year in other words, is one fact', () => {
  it.each([
    ['monitor, Yemen', '412 civilians killed in the first half of 2019, says monitor\n\nFrom 1 January to 30 June 2019, the monitor documented 412 civilian deaths in Yemen.'],
    ['UN report, Afghanistan', '1,150 civilians injured in the third quarter of 2020\n\nBetween 1 July and 30 September 2020, UNAMA recorded 1,150 civilians injured across Afghanistan.'],
  ])('%s', (_genre, text) => {
    const found = facts(text);
    expect(found).toHaveLength(1);
    // The body's sentence tells it, with its own dates of the same period (see headline-restated.test.ts).
    expect(found[0]!.time).toMatch(/^(?:From|Between) 1 \w+ (?:to|and) 30 \w+ 20\d\d$/);
  });

  it('the same count in another year is another fact', () => {
    expect(facts('Air strikes killed 30 civilians in 2018\n\nIn March 2017, air strikes killed 30 civilians in Idlib.')).toHaveLength(2);
  });
});
