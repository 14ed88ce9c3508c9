/**
 * "5 Syrian and 3 Turkish soldiers", "200 Rohingya and 150 Rakhine families": a figure whose noun is gapped shares
 * the next figure's noun, qualified by its own words, whether or not those words name a side. Sentences written for
 * the rule, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

type Expected = [category: string, value: number, unit: string, group: string];

const CASES: [name: string, text: string, expected: Expected[]][] = [
  ['nationalities joined before one fighter noun (wire, Syria)', 'The strike killed 5 Syrian and 3 Turkish soldiers near Afrin, the ministry said.',
    [['killed', 5, 'persons', 'government_forces'], ['killed', 3, 'persons', 'people']]],
  ['communities joined before one noun of civilians (monitor, Mali)', 'Clashes killed 14 Fulani and 9 Dogon villagers in Mopti region last week.',
    [['killed', 14, 'persons', 'civilians'], ['killed', 9, 'persons', 'civilians']]],
  ['two figures before a noun of households (situation report, Myanmar)', 'Some 200 Rohingya and 150 Rakhine families fled to Sittwe last week.',
    [['displaced', 200, 'families', ''], ['displaced', 150, 'families', '']]],
  ['a qualifier that is no nation (outlet, Ukraine)', 'Shelling killed 7 Ukrainian and 2 foreign civilians in Kherson on Tuesday.',
    [['killed', 7, 'persons', 'civilians'], ['killed', 2, 'persons', 'civilians']]],
  // The figure's own word says what befell it: it is a member of its own, not "15 wounded bodies".
  ['a figure whose own word names its harm stays apart (situation report, Syria)', 'A further 15 wounded and 17 bodies were evacuated to Qamishli on Sunday.',
    [['injured', 15, 'persons', 'people'], ['killed', 17, 'persons', 'people']]],
];

describe('a gapped figure shares the next figure noun', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    const facts = extract(text).map(brief).map((f): Expected => [f.category, f.value ?? NaN, f.unit, f.group]);
    expect(facts).toEqual(expected);
  });
});
