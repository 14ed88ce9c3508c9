/**
 * Wire copy, eighth round of fresh texts: "last Sunday" keeps its "last" (on a Sunday it is a week before); a number
 * after a month that can be no day of it is the figure ("In December 166 people were killed"); a day between the sayer
 * and its verb ("The army on Tuesday said ...") dates the saying, so the event's own phrase ("last week") dates the
 * figure; a figure inside a relative clause (", which hosts 50,000 people,") takes no date from outside the clause, a
 * number's thousands comma closing no clause; "claimed N lives and left M others homeless" counts both; troopers are
 * a government's forces; what a war "has cost" is a running total, of the day it is stated; "and another was hurt" is
 * one more person. Every sentence is written for this file (other wars, places and numbers than the fresh texts).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** The one fact with that count. */
function factOf(text: string, value: number) {
  const f = extract(text).filter((x) => x.quantity?.value === value);
  expect(f).toHaveLength(1);
  return f[0]!;
}

describe('"last" before a weekday stays in the phrase', () => {
  it.each([
    ['AFP, Nigeria', 'The raid came after 38 people were killed in twin blasts in Damaturu last Sunday.', 38, 'last Sunday'],
    ['Reuters, Ukraine', 'Officials said 14 civilians died when a missile hit a shopping centre in Kremenchuk last Friday.', 14, 'last Friday'],
    ['outlet, Yemen', 'Last Thursday night, Houthi shelling killed nine people in Taiz, medics said.', 9, 'Last Thursday night'],
  ] as const)('%s', (_name, text, value, phrase) => expect(factOf(text, value).time_phrase).toBe(phrase));
});

describe('a number that can be no day of the month before it is the figure', () => {
  it.each([
    ['Reuters, South Sudan', 'In October 212 people were killed in cattle raids in Jonglei, the United Nations said.', 212, 'killed', 'In October'],
    ['monitor, Syria', 'In March 45 civilians were killed in Idlib province, the monitor said.', 45, 'killed', 'In March'],
    ['sitrep, DRC', 'In July 1,200 families fled their villages in Rutshuru territory, aid agencies said.', 1200, 'displaced', 'In July'],
  ] as const)('%s', (_name, text, value, category, phrase) => {
    const f = factOf(text, value);
    expect(f.category).toBe(category);
    expect(f.time_phrase).toBe(phrase);
  });

  it('still reads a day or a year after a month as a date', () => {
    const facts = extract('Gunmen killed four villagers near Tillaberi on March 12, and in May 2019 they killed six more.');
    expect(facts.map((f) => f.quantity?.value).sort()).toEqual([4, 6]);
  });
});

describe('a day between the sayer and its verb dates the saying', () => {
  it.each([
    ['AFP, Mali', 'The army on Tuesday said it had lost 14 soldiers in an ambush last week near Douentza.', 14, 'last week'],
    ['Reuters, Ukraine', 'Kyiv on Monday said 23 of its troops were killed in a strike near Pokrovsk on Saturday.', 23, 'on Saturday'],
    ['Xinhua, Somalia', 'Police on Friday told reporters that 11 people died in a car bomb blast in Mogadishu on Wednesday.', 11, 'on Wednesday'],
  ] as const)('%s', (_name, text, value, phrase) => expect(factOf(text, value).time_phrase).toBe(phrase));

  it('dates the figure when the sentence gives no other day', () => {
    expect(factOf('Police on Sunday said nine people were killed in a raid on a village in Borno.', 9).time_phrase).toBe('on Sunday');
  });
});

describe('a figure inside a relative clause takes no date from outside it', () => {
  it.each([
    ['Reuters, South Sudan', 'Fighting broke out in Bentiu on Monday. The camp, which hosts about 120,000 people, opened in 2014.', 120000],
    ['AFP, Sudan', 'Shelling hit the town on Sunday. The Kalma camp, which hosts some 60,000 displaced people, opened in 2004.', 60000],
  ] as const)('%s', (_name, text, value) => {
    const f = factOf(text, value);
    expect(f.time_phrase).toBe('');
    expect(f.time_context.join(' ')).not.toMatch(/19|20\d\d/);
  });

  it('keeps a date inside the clause, past a thousands comma', () => {
    const f = factOf('The president in June visited Maiduguri, which has sheltered 1,400,000 displaced people since 2014.', 1_400_000);
    expect(f.time_phrase).toBe('since 2014');
  });
});

describe('"claimed N lives and left M others homeless" counts both', () => {
  it.each([
    ['AFP, Nigeria', 'The insurgency has claimed at least 35,000 lives and left more than two million others homeless.', 35000, 2_000_000],
    ['Reuters, Myanmar', 'The conflict has claimed 4,000 lives and displaced more than 1.5 million others.', 4000, 1_500_000],
    ['AP, Sudan', 'The war has cost some 12,000 lives and made over three million people homeless.', 12000, 3_000_000],
  ] as const)('%s', (_name, text, killed, displaced) => {
    expect(factOf(text, killed).category).toBe('killed');
    expect(factOf(text, displaced).category).toBe('displaced');
  });
});

describe('troopers are a government\'s forces', () => {
  it.each([
    ['Xinhua, Kashmir', 'Two troopers were wounded when militants fired on a patrol in Pulwama on Friday.', 'Two', 'injured'],
    ['AP, Ukraine', 'Five paratroopers were killed when their column was shelled near Izium.', 'Five', 'killed'],
  ] as const)('%s', (_name, text, phrase, category) => {
    const f = extract(text).find((x) => x.count_phrase === phrase)!;
    expect(f.category).toBe(category);
    expect(f.group).toBe('government_forces');
  });
});

describe('what a war has done, told in the perfect, is a running total', () => {
  it.each([
    ['AP, Cameroon', 'Gunmen killed six people in Bafut on Sunday. The U.N. says the conflict has cost more than 6,000 lives.', 6000],
    ['AFP, Nigeria', 'Jihadists raided Gajiram on Saturday. Troops were sent to end the insurgency, which has claimed 40,000 lives.', 40000],
    ['Reuters, Ethiopia', 'Drones struck Bahir Dar on Monday. The war has displaced 2.1 million people, aid agencies say.', 2_100_000],
  ] as const)('%s', (_name, text, value) => {
    const f = factOf(text, value);
    expect(f.cumulative).toBe(true);
    expect(f.time_phrase).toBe('');
  });

  it('leaves a day\'s toll of the same story as it was', () => {
    expect(factOf('Gunmen killed six people in Bafut on Sunday. The U.N. says the conflict has cost more than 6,000 lives.', 6).cumulative).toBe(false);
  });
});

describe('"another" alone after a figure of persons is one more of them', () => {
  it.each([
    ['PTI, Balochistan', 'Three soldiers were killed and another was seriously hurt when militants ambushed a patrol in Turbat.', 'government_forces'],
    ['Reuters, Iraq', 'Four civilians died in the blast in Tuz Khurmatu, and another was wounded.', 'civilians'],
  ] as const)('%s', (_name, text, group) => {
    const f = extract(text).filter((x) => x.count_phrase === 'another');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ category: 'injured', group });
    expect(f[0]!.quantity?.value).toBe(1);
  });

  it('counts no one for "another" that opens its own sentence or heads a noun', () => {
    expect(extract('Another was killed in the blast.')).toHaveLength(0);
    expect(extract('Two soldiers were killed and another soldier was wounded near Gao.').map((f) => f.count_phrase)).toEqual(['Two', 'another']);
  });
});
