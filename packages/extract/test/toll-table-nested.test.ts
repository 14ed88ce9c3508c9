/**
 * A monitor's monthly toll set out as a table by victims whose first item opens a list of its own: "The deaths were
 * distributed as follows:", "Civilians: 41, including ..., as follows:", its bullets, then "Government forces: 22".
 * The table's lead holds across the nested list, an item may name its people at length, an item of no group of the
 * schema is skipped without ending the table, and two bullets with the same count are two entries (list-leads.ts,
 * index.ts). Texts written for the rule, several monitors and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief);
const has = (got: ReturnType<typeof facts>, category: string, group: string, value: number) =>
  got.some((f) => f.category === category && f.group === group && f.value === value);

describe('a toll table whose first item nests a list', () => {
  it('Syria: items after the nested bullets still count, each with its group', () => {
    const got = facts([
      'Monthly death toll',
      'The monitor documented the deaths of 214 people across Syria in March 2019. The fatalities were distributed as follows:',
      'Civilians: 61 persons, including nine children, and they are as follows:',
      '  • Two civilians were killed by Russian jets.',
      '  • A child was killed by unknown gunmen.',
      '  • Five civilians were killed in landmine explosions.',
      'Regime soldiers: 48',
      'Local militias of unclear allegiance: 6',
      'Loyal militiamen of non-Syrian nationalities fighting alongside regime forces: 17',
      'Jihadist fighters of foreign nationalities, among them members of the Turkestan Islamic Party: 33',
    ].join('\n\n'));
    expect(has(got, 'killed', 'government_forces', 48)).toBe(true);
    expect(has(got, 'killed', 'government_forces', 17)).toBe(true);
    expect(has(got, 'killed', 'opposition_fighters', 33)).toBe(true);
    // "Local militias of unclear allegiance" names no group of the schema: nothing, and the table goes on.
    expect(got.some((f) => f.value === 6)).toBe(false);
  });

  it('Yemen: a fighters\' table after a civilians\' bullet list', () => {
    const got = facts([
      'Casualty report, June 2021',
      'The deaths recorded in Marib during the month were as follows:',
      'Civilians: 27, including four women, and they are as follows:',
      '- Nine civilians were killed by Houthi missile fire.',
      '- Nine civilians were killed by coalition airstrikes.',
      'Government forces: 140',
      'Houthi fighters: 212',
    ].join('\n\n'));
    expect(has(got, 'killed', 'civilians', 27)).toBe(true);
    expect(has(got, 'killed', 'government_forces', 140)).toBe(true);
    expect(has(got, 'killed', 'opposition_fighters', 212)).toBe(true);
    // Two bullets with the same count are two entries of the list, not one restated.
    expect(got.filter((f) => f.category === 'killed' && f.group === 'civilians' && f.value === 9)).toHaveLength(2);
  });

  it('Sudan: a prose paragraph after the table ends it', () => {
    const got = facts([
      'Killed in El Fasher in May:',
      'Soldiers of the Sudanese army: 35',
      'The monitor could not verify the figures given by the paramilitary forces.',
      'RSF fighters: 80',
    ].join('\n\n'));
    expect(has(got, 'killed', 'government_forces', 35)).toBe(true);
    expect(got.some((f) => f.value === 80)).toBe(false);
  });

  it('Myanmar: two equal counts in one paragraph of prose are still one restated figure', () => {
    const got = facts('Airstrikes killed 12 civilians in Sagaing on Monday. The 12 civilians killed included four children.');
    expect(got.filter((f) => f.group === 'civilians' && f.value === 12)).toHaveLength(1);
  });
});
