/**
 * Three constructions of monitors' own toll pages (issue 9, probe of published monitor pages outside the corpus):
 * - "the injuries rose to N": injuries are a toll's noun as deaths are (frames.csv, a rise_to row for "injury");
 * - "the number of civilian casualties, which fell from X to N": the verb of change in a relative clause after the
 *   toll's noun (frame-tolls.ts relativeAntecedent); "reduced" is a verb of a fall;
 * - "X recorded the highest number of deaths, with N victims": a ranked figure whose own noun is a plain noun of
 *   persons counts the ranking's harm (frame-finder.ts barePersons);
 * - "civilian fatalities were up 28% to N": a change by a share before "to" (frame-tolls.ts shareChange); "up" and
 *   "down" set a period beside the one before, so the figure is the period's own, as after a verb of a fall.
 * Every sentence is written for this file, in several genres and wars; none comes from the probe pages or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) =>
  extract(text).map(brief).map((f) => [f.category, f.group, f.value]).sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[2]) - Number(b[2]));

describe('"injuries" as a toll that rises', () => {
  it.each([
    ['health authority, Gaza', 'The ministry said the number of dead had passed 18,000, while the injuries rose to 41,200.', [['injured', 'people', 41200], ['killed', 'people', 18000]]],
    ['UN mission, Ukraine', 'Injuries among civilians in Kherson oblast climbed to 312 in May, the mission said.', [['injured', 'civilians', 312]]],
    ['wire, Sudan', 'Injuries among children in El Fasher have reached 96, the medical charity said.', [['injured', 'children', 96]]],
  ])('%s', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});

describe('a toll whose change is stated in a relative clause', () => {
  it.each([
    ['protection cluster, Yemen', 'The number of civilian casualties, which fell from 640 to 385 in the quarter, was the lowest in two years.', [['injured', 'civilians', 385], ['killed', 'civilians', 385]]],
    ['monitor, Syria', 'The number of civilian deaths, which rose to 212 in June, was the highest this year, the network said.', [['killed', 'civilians', 212]]],
    ['think-tank, Myanmar', 'Civilian fatalities, which had climbed to 1,150 by the end of 2022, doubled the next year.', [['killed', 'civilians', 1150]]],
    // A passive fall: the count of the period set beside the one before.
    ['monitor, DRC', 'The count of civilian fatalities in Ituri was reduced from 96 to 71 after the review.', [['killed', 'civilians', 71]]],
  ])('%s', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('a relative clause after a noun that is no toll gives nothing (regional outlet, Sahel)', () => {
    expect(facts('The convoy, which grew to 40 trucks near Gao, reached the camp on Monday.')).toEqual([]);
  });
});

describe('a ranked figure with a plain noun of persons', () => {
  it.each([
    ['monitor, Sudan', 'Among the 310 victims, Khartoum state recorded the highest number of deaths, with 96 victims.', [['killed', 'people', 96]]],
    ['UN report, DRC', 'North Kivu recorded the highest number of civilian deaths, with 143 people.', [['killed', 'civilians', 143]]],
    ['monitor, Myanmar', 'Magway Region saw the most fatalities, with 58 victims, the association said.', [['killed', 'people', 58]]],
  ])('%s', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('a ranking of the displaced with a noun of persons is no casualty (situation report, Syria)', () => {
    expect(facts('Aleppo had the highest number of displaced people, with 30,000 people.').filter((f) => f[0] === 'killed' || f[0] === 'injured')).toEqual([]);
  });
});

describe('a toll changed by a share', () => {
  const withTotal = (text: string) => extract(text).map(brief).map((f) => [f.category, f.group, f.value, f.cumulative]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  it.each([
    ['protection cluster, Yemen', 'Civilian fatalities were up 40% to 118 in the quarter, from 84 in the previous one.', [['killed', 'civilians', 118, false]]],
    ['UN report, Sahel', 'Civilian casualties in Mopti were down 12 percent to 64 in March, the mission said.', [['injured', 'civilians', 64, false], ['killed', 'civilians', 64, false]]],
    ['monitor, Sudan', 'Deaths among children rose by 30 per cent to 41 in Darfur, the network said.', [['killed', 'children', 41, true]]],
    ['think-tank, Ukraine', 'Civilian deaths in Donetsk oblast were up by 15% to 230 in the second quarter.', [['killed', 'civilians', 230, false]]],
  ])('%s', (_genre, text, expected) => {
    expect(withTotal(text)).toEqual(expected);
  });

  it('a change by a share of a thing that is no toll gives nothing (regional outlet, Ethiopia)', () => {
    expect(facts('Fuel prices in Mekelle were up 40% to 118 birr a litre.')).toEqual([]);
  });
});
