/**
 * Dates in wire copy (sixth round of fresh wire texts): a dateline's day is the day the story was filed, a report's
 * date as "said on Sunday" is, so the event's own weekday dates the figure; "overnight on Monday" is one phrase; a
 * possessive day in a running toll ("the toll from Saturday's bombing rose to 31") names the incident, not the total's
 * day; a lead's figure dated only by the saying takes the event's day a next sentence gives. Every sentence is written
 * for this file (other wars, places and numbers than the fresh texts).
 */
import { describe, expect, it } from 'vitest';
import { datelineEnd } from '@frontline/ingest';
import { datelineDays, findTimes } from '../src/time.ts';
import { extract } from './helpers.ts';

/** The time phrase of the one fact with that count. */
function phraseOf(text: string, value: number): string {
  const f = extract(text).filter((x) => x.quantity?.value === value);
  expect(f).toHaveLength(1);
  return f[0]!.time_phrase;
}

/** The time phrase and the last phrase of the date context of the one fact with that count. */
function datedBy(text: string, value: number): [string, string] {
  const f = extract(text).filter((x) => x.quantity?.value === value);
  expect(f).toHaveLength(1);
  return [f[0]!.time_phrase, f[0]!.time_context.filter((t) => /\w/.test(t)).at(-1) ?? ''];
}

describe('a dateline\'s day is the report\'s, not the event\'s', () => {
  it.each([
    ['Reuters, Iraq', 'BAGHDAD, May 5 (Reuters) - Iraqi security forces killed 11 Islamic State militants in an air strike in Kirkuk province on Thursday, the military said.', 11, 'on Thursday'],
    ['Xinhua, Kenya', 'NAIROBI, March 12 (Xinhua) -- Kenyan police said Sunday that suspected al-Shabab militants killed four people in Lamu county Saturday.', 4, 'Saturday'],
    ['AFP, Sudan', 'KHARTOUM, June 4 (AFP) - Paramilitary shelling killed seven civilians in El Fasher overnight Monday, activists said.', 7, 'overnight Monday'],
    ['outlet, Mali', 'BAMAKO, 9 March 2022 - Suspected jihadists killed 12 soldiers near Mopti on Monday night, the army said.', 12, 'on Monday night'],
  ] as const)('%s', (_name, text, value, expected) => expect(phraseOf(text, value)).toBe(expected));

  it('marks the dateline\'s day as a report date, and only at a dateline', () => {
    const wire = 'ADEN, Jan 3 (Reuters) - Houthi shelling killed five people in Taiz.';
    const [day] = datelineDays(findTimes(wire), 0, datelineEnd(wire));
    expect(day).toMatchObject({ text: 'Jan 3', reportDate: true, dateline: true });
    const story = 'In Kharkiv, May 12 - the day the offensive began - brought shelling that killed nine people.';
    const [opening] = datelineDays(findTimes(story), 0, datelineEnd(story));
    expect(opening).toMatchObject({ text: 'May 12', dateline: false });
  });

  it('wire, South Sudan: with no event day, the dateline\'s day dates the story', () => {
    const text = 'JUBA, Oct 2 (Reuters) - Gunmen killed nine people in Jonglei state, officials said. Another 14 were wounded, they said.';
    expect(phraseOf(text, 9)).toBe('Oct 2');
    expect(datedBy(text, 14)).toEqual(['', 'Oct 2']);
  });
});

describe('"overnight on Monday" is one phrase', () => {
  it.each([
    ['wire, Ukraine', 'Russian drones struck Odesa overnight on Tuesday, killing two people, the governor said.', 2, 'overnight on Tuesday'],
    ['outlet, Myanmar', 'Junta aircraft bombed a monastery in Magway overnight Friday, killing 17 villagers.', 17, 'overnight Friday'],
  ] as const)('%s', (_name, text, value, expected) => expect(phraseOf(text, value)).toBe(expected));
});

describe('a possessive day in a running toll names the incident, not the toll\'s day', () => {
  it.each([
    ['wire, Somalia', 'The death toll from Saturday\'s car bombing in Mogadishu has risen to 31, a police spokesman said on Monday.', 31, 'on Monday'],
    ['wire, Ethiopia', 'The toll from Friday’s air strike on a market in Tigray rose to 64, health officials said.', 64, ''],
  ] as const)('%s', (_name, text, value, expected) => expect(phraseOf(text, value)).toBe(expected));

  it('wire, Somalia: the day still dates the incident\'s own toll', () => {
    expect(phraseOf('Saturday\'s car bombing in Mogadishu killed 31 people, police said on Monday.', 31)).toBe('Saturday');
  });
});

describe('a lead\'s figure dated only by the saying takes the day the next sentence gives the event', () => {
  it.each([
    ['wire, Gaza', 'Strikes kill 12 in Khan Younis\n\nIsraeli strikes killed 12 people in Khan Younis, the civil defence said on Wednesday. The strikes hit two houses on Tuesday night, it said.', 12, 'on Tuesday night'],
    ['wire, Yemen (no title)', 'Yemen\n\nNine soldiers were killed in a Houthi attack near Hodeidah, a military source told Xinhua on Friday. “They attacked our positions on Thursday evening,” the source said.', 9, 'on Thursday evening'],
  ] as const)('%s', (_name, text, value, expected) => expect(datedBy(text, value)).toEqual(['', expected]));

  it.each([
    ['wire, Ukraine: the next sentence\'s day is its own figure\'s', 'Report\n\nShelling killed five people in Kherson, the governor said on Sunday. On Saturday, a drone killed two people in Beryslav, he said.', 5, 'on Sunday'],
    ['wire, Sudan: a total is counted on the day it is stated', 'Report\n\nAt least 40 people have been killed in El Obeid so far, medics said on Thursday. The shelling began on Monday, they said.', 40, 'on Thursday'],
  ] as const)('%s', (_name, text, value, expected) => expect(phraseOf(text, value)).toBe(expected));
});
