/**
 * Persons named by a work the law of war protects ("health workers", "aid workers", "media workers") are civilians;
 * "workers" alone, or of another work, stays people (data/protected-work-modifiers.csv). Sentences written for the
 * rule, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.group, f.value]);

describe('a protected work makes workers civilians', () => {
  it.each([
    ['wire, Sudan', 'At least 12 health workers were killed in the shelling of El Fasher last week, the WHO said.', 'killed', 12],
    ['situation report, Yemen', 'Since January, 15 aid workers have been killed in Taiz governorate.', 'killed', 15],
    ['monitor, Ukraine', 'Three medical workers were injured when a drone hit an ambulance in Kherson on Monday.', 'injured', 3],
    ['outlet, Lebanon', 'Six media workers were wounded in the Israeli strike on the press office in Tyre.', 'injured', 6],
    ['assessment, South Sudan (hyphenated)', 'Two health-care workers were killed in an ambush near Bentiu on 3 May.', 'killed', 2],
  ])('%s: counted as civilians', (_genre, text, category, count) => {
    expect(facts(text)).toEqual([[category, 'civilians', count]]);
  });

  it.each([
    ['wire, Afghanistan (no work named)', 'Four workers were killed when gunmen attacked the mine in Baghlan.', 'killed', 4],
    ['outlet, DRC (another work)', 'Seven mine workers were killed in an attack near Rubaya, officials said.', 'killed', 7],
  ])('%s: stays people', (_genre, text, category, count) => {
    expect(facts(text)).toEqual([[category, 'people', count]]);
  });
});
