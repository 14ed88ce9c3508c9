/**
 * A disease's dead are no casualties of the war: situation reports give cholera, measles or AWD deaths beside the
 * conflict's. A casualty count whose clause names an illness and no act of violence is no fact; one that names
 * violence ("Shelling killed 9 people near a cholera treatment centre") stays. Sentences written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief);

describe('deaths from an illness are no casualties', () => {
  it.each([
    ['Cholera remains a concern in Sanaa, with 34 deaths recorded in the past week.', 'Insecurity remains a concern in Sanaa, with 34 deaths recorded in the past week.'],
    ['Measles has killed 18 children in Ituri since January, health officials said.', 'Militias have killed 18 children in Ituri since January, health officials said.'],
    ['At least 27 suspected cholera deaths were reported in Al Jazirah state.', 'At least 27 civilian deaths were reported in Al Jazirah state.'],
    ['Some 12 people died of acute watery diarrhoea in the Kutupalong camps.', 'Some 12 people died in the Kutupalong camps.'],
  ])('%s', (illness, war) => {
    // The same shape with the illness taken out is a casualty fact: the rule, not the shape, drops it.
    expect(facts(war).filter((f) => f.category === 'killed')).toHaveLength(1);
    expect(facts(illness)).toEqual([]);
  });
});

describe('violence near an illness word stays a casualty', () => {
  it.each([
    ['Shelling killed 9 people near a cholera treatment centre in Omdurman.', 9],
    ['An airstrike on a measles vaccination site in Hodeidah killed 5 people.', 5],
    ['Gunmen killed four Ebola responders in Beni on Tuesday.', 4],
  ])('%s', (text, value) => {
    expect(facts(text)).toMatchObject([{ category: 'killed', value }]);
  });

  it('a clause of fighting keeps its dead beside a clause of cholera deaths', () => {
    const got = facts('Fighting in Kharkiv killed 12 people; the cholera outbreak in the camps caused 30 deaths.');
    expect(got.map((f) => f.value)).toEqual([12]);
  });
});
