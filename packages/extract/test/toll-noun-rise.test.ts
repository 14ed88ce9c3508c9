/**
 * A noun of harm as the subject of a verb of change ("Casualties among government forces rose to 17", "Deaths among
 * civilians have climbed to 230"): a running total of that harm, its victims read after "among" or "of". Casualties
 * are the dead and the wounded together, as "N casualties" is (frames.csv, rise_to rows).
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const tolls = (text: string) => extract(text).map(brief).map((f) => [f.category, f.group, f.value, f.cumulative]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('a noun of harm that rises to a figure', () => {
  it.each([
    ['monitor, Syria (casualties, opening the sentence)', 'Casualties among government forces rose to 17, the monitor said.', [['injured', 'government_forces', 17, true], ['killed', 'government_forces', 17, true]]],
    ['sitrep, Iraq (casualties, mid-sentence)', 'By Friday casualties among civilians in the camps had climbed to 310, the UN mission said.', [['injured', 'civilians', 310, true], ['killed', 'civilians', 310, true]]],
    ['wire, Syria (deaths among)', 'Deaths among civilians in the province have climbed to 230.', [['killed', 'civilians', 230, true]]],
    // A noun of persons before the noun of harm names the victims as "among" does.
    ['official, Ukraine (deaths)', 'Civilian deaths in Kharkiv rose to 41 on Sunday, the governor said.', [['killed', 'civilians', 41, true]]],
    ['UN report, Sudan (fatalities reached)', 'Fatalities among children in Darfur reached 19 this year, OCHA said.', [['killed', 'children', 19, true]]],
  ])('%s', (_genre, text, expected) => {
    expect(tolls(text)).toEqual(expected);
  });

  it('a fall of deaths is the count of its own period, not a running total (monitor)', () => {
    expect(tolls('Deaths from the fighting fell to 12 in May, the monitor said.')).toEqual([['killed', 'people', 12, false]]);
  });

  it('a figure with its own noun of two harms keeps its breakdown, no toll of both (UN report, Ukraine)', () => {
    expect(tolls('Casualties in Kherson rose to 140 civilian casualties (52 killed and 88 injured) in June.')).toEqual([['injured', 'civilians', 88, false], ['killed', 'civilians', 52, false]]);
  });

  it('a noun of harm with no figure opens nothing', () => {
    expect(tolls('Deaths fell in 2023.')).toEqual([]);
  });
});
