/**
 * Constructions of death and of tables the rules did not read, each written for its construction in several genres and
 * wars: a count with a member noun and an "of" group whose death is an idiom ("N members of medical teams lost their
 * lives"; a protected work in the complement makes them civilians), an active verb of killing with its manner ("hacked
 * to death N", "beheaded N"; data/frames.csv, data/object-cues.csv), and a table row whose cells a bar divides
 * ("IDPs | 45,000", "| Killed | 1,204 |") with no lead line above it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const read = (text: string) => extract(text).map((f) => [f.category, f.group, f.quantity?.value]);

describe('"lost their lives" after a member noun and its group', () => {
  it.each([
    ['situation report, Sudan', 'Six members of medical teams lost their lives when the clinic in El Geneina was shelled, the health ministry said.', [['killed', 'civilians', 6]]],
    ['wire, Ukraine', 'Eleven members of the emergency services lost their lives in the Russian strike on Kharkiv on Tuesday.', [['killed', 'people', 11]]],
    ['monitor, Gaza', 'At least 14 members of relief crews lost their lives in strikes on Deir al-Balah last month, the monitor said.', [['killed', 'civilians', 14]]],
  ])('%s: %s', (_genre, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('a protected work names civilians after "members of" with any verb (encyclopedic, Yemen)', () => {
    expect(read('Four members of the humanitarian staff were killed when the convoy was hit near Hodeidah.')).toEqual([['killed', 'civilians', 4]]);
  });
});

describe('an active verb of killing with its manner, the count its object', () => {
  it.each([
    ['regional outlet, DRC', 'Militiamen hacked to death 23 villagers in Djugu territory on Sunday, local officials said.', [['killed', 'civilians', 23]]],
    ['wire, DRC', 'ADF rebels hacked 14 farmers to death near Oicha overnight, the army said.', [['killed', 'civilians', 14]]],
    ['monitor, Syria', 'ISIS fighters beheaded 9 soldiers after overrunning the checkpoint near Palmyra, the Observatory said.', [['killed', 'government_forces', 9]]],
    ['situation report, Mozambique', 'Seven farmers were beheaded by insurgents in Muidumbe district on 3 April.', [['killed', 'civilians', 7]]],
  ])('%s: %s', (_genre, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a table row of a label cell and a figure cell, divided by a bar', () => {
  it('rows with no lead line (situation report, Yemen)', () => {
    expect(read('Displacement in Marib governorate, 12 March 2021\n\nIDPs | 45,000\nReturnees | 12,000')).toEqual([['idps_stock', '', 45000], ['returned', '', 12000]]);
  });
  it('a markdown table (monitor, Sudan)', () => {
    expect(read('| Category | Figure |\n| Killed | 1,204 |\n| Injured | 3,100 |')).toEqual([['killed', 'people', 1204], ['injured', 'people', 3100]]);
  });
  it('a label with its victims and place (wire, Ukraine)', () => {
    expect(read('Civilians killed in Sumy oblast | 14')).toEqual([['killed', 'civilians', 14]]);
  });
});
