/**
 * A flattened infobox without numbered fields (casualty-block.ts): a "Belligerents" heading over the sides' lines and
 * a "Casualties and losses" block under it, read in the sides' order. Every text here is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const groups = (text: string) => extract(text).map(brief).filter((f) => f.category === 'killed' || f.category === 'injured').map((f) => [f.category, f.group, f.value]);

const BARE_LINES = `Siege of Example Town

Siege of Example Town
Part of the Example insurgency
Belligerents
 Republic of Example
Supported by:
Islamic State – Example Province
Casualties and losses
95 killed,
310 wounded
410 killed,
12 captured
57 civilians killed
After a three-month siege, the army announced on Tuesday that it had retaken the last districts held by the militants.`;

const LABELLED = `Highland clashes

Belligerents
Example Armed Forces
Example Police
Mountain Liberation Front
Valley Brigades
Commanders and leaders
General A. Example
Casualties and losses
Eastern sector:
40–45 killed
Western sector:
3 killed, 9 wounded
Mountain Liberation Front losses:
120 killed
Civilian casualties:
18 killed in shelling
Total: 181 dead`;

const NAMED_PREFIX = `Battle of the Two Rivers

Belligerents
Ruritania
Allied Republic
Northern Rebel Movement
Casualties and losses
Ruritania 22 soldiers killed, 40 injured
Allied Republic 2 pilots killed
30–70 dead
9 civilians dead`;

const PIPE_ROWS = `Battle of Example Pass
Belligerents | ||||
Example National Army | People's Liberation Front | ||||
Casualties and losses | ||||
140 killed, 300 wounded | 260 killed (army claim) | ||||`;

const PIPE_LINES = `Battle of Example Ridge
Belligerents | ||||
Example Armed Forces | Ridge Rebel Movement | ||||
Casualties and losses | ||||
Unknown |
Army claim: 55+ killed |
12 civilians killed |`;

describe('an unnumbered casualties block: each toll line takes its side', () => {
  it('encyclopedic, an ISIS siege: a second killed line opens the second side; the civilians keep theirs', () => {
    expect(groups(BARE_LINES)).toEqual([
      ['killed', 'government_forces', 95],
      ['injured', 'government_forces', 310],
      ['killed', 'isis_fighters', 410],
      ['killed', 'civilians', 57],
    ]);
  });

  it('encyclopedic, labels: a sector label stays on its side, a belligerent\'s label opens its side, "Total" names none', () => {
    expect(groups(LABELLED)).toEqual([
      ['killed', 'government_forces', 40],
      ['killed', 'government_forces', 3],
      ['injured', 'government_forces', 9],
      ['killed', 'opposition_fighters', 120],
      ['killed', 'civilians', 18],
      ['killed', 'people', 181],
    ]);
  });

  it('encyclopedic, a line opening on a belligerent\'s name is its side\'s; the bare toll after it the other\'s', () => {
    expect(groups(NAMED_PREFIX)).toEqual([
      ['killed', 'government_forces', 22],
      ['injured', 'government_forces', 40],
      ['killed', 'government_forces', 2],
      ['killed', 'opposition_fighters', 30],
      ['killed', 'civilians', 9],
    ]);
  });

  it('encyclopedic, "|" cells: each cell is its column\'s side', () => {
    expect(groups(PIPE_ROWS)).toEqual([
      ['killed', 'government_forces', 140],
      ['injured', 'government_forces', 300],
      ['killed', 'opposition_fighters', 260],
    ]);
  });

  it('encyclopedic, a row broken over lines ("Unknown |"): each line is the next side\'s', () => {
    expect(groups(PIPE_LINES)).toEqual([['killed', 'opposition_fighters', 55], ['killed', 'civilians', 12]]);
  });

  it('wire: the same figures in prose, outside any block, keep the words\' own group', () => {
    expect(groups('Heavy fighting\n\nThe clashes killed 95 people and wounded 310 others, the army said on Monday.')).toEqual([
      ['killed', 'people', 95],
      ['injured', 'people', 310],
    ]);
  });

  it('monitor: "Civilian casualties:" before tolls counts civilians up to a total', () => {
    expect(groups('Weekly update\n\nCivilian casualties: 14 killed and 37 wounded this week. Total: 52 killed.')).toEqual([
      ['killed', 'civilians', 14],
      ['injured', 'civilians', 37],
      ['killed', 'people', 52],
    ]);
  });
});
