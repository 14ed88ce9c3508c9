/**
 * "5 Syrian and 3 Turkish soldiers", "200 Rohingya and 150 Rakhine families": a figure whose noun is gapped shares
 * the next figure's noun, qualified by its own words, whether or not those words name a side. Sentences written for
 * the rule, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

function facts(text: string) {
  return extract(text).map(brief).map((f) => ({ category: f.category, value: f.value, unit: f.unit, group: f.group }));
}

describe('a gapped figure shares the next figure noun', () => {
  it('reads both figures of nationalities joined before one fighter noun (wire, Syria)', () => {
    expect(facts('The strike killed 5 Syrian and 3 Turkish soldiers near Afrin, the ministry said.')).toEqual([
      { category: 'killed', value: 5, unit: 'persons', group: 'government_forces' },
      { category: 'killed', value: 3, unit: 'persons', group: 'people' },
    ]);
  });

  it('reads both figures of communities joined before one noun of civilians (monitor, Mali)', () => {
    expect(facts('Clashes killed 14 Fulani and 9 Dogon villagers in Mopti region last week.')).toEqual([
      { category: 'killed', value: 14, unit: 'persons', group: 'civilians' },
      { category: 'killed', value: 9, unit: 'persons', group: 'civilians' },
    ]);
  });

  it('reads both figures joined before a noun of households (situation report, Myanmar)', () => {
    expect(facts('Some 200 Rohingya and 150 Rakhine families fled to Sittwe last week.')).toEqual([
      { category: 'displaced', value: 200, unit: 'families', group: '' },
      { category: 'displaced', value: 150, unit: 'families', group: '' },
    ]);
  });

  it('reads both figures when one qualifier is no nation (outlet, Ukraine)', () => {
    expect(facts('Shelling killed 7 Ukrainian and 2 foreign civilians in Kherson on Tuesday.')).toEqual([
      { category: 'killed', value: 7, unit: 'persons', group: 'civilians' },
      { category: 'killed', value: 2, unit: 'persons', group: 'civilians' },
    ]);
  });

  it('keeps a figure whose own word says what befell it apart from the next noun (situation report, Syria)', () => {
    expect(facts('A further 15 wounded and 17 bodies were evacuated to Qamishli on Sunday.')).toEqual([
      { category: 'injured', value: 15, unit: 'persons', group: 'people' },
      { category: 'killed', value: 17, unit: 'persons', group: 'people' },
    ]);
  });
});
