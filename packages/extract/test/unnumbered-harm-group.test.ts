/**
 * A group word before a noun of harm that no figure counts ("recorded civilian casualties – 14 deaths and 40
 * injuries", "Most civilian casualties were caused by shelling (8 killed and 19 injured)") says who the figures after
 * it counted, as "30 civilian casualties" does. Sentences written for this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const groups = (text: string) => extract(text).map((f) => { const b = brief(f); return [b.category, b.value, b.group]; });

describe('a group named by an unnumbered noun of harm', () => {
  it.each([
    ['situation report, Ukraine', 'In May the mission recorded civilian casualties – 14 deaths and 40 injuries – in the Kharkiv region.',
      [['killed', 14, 'civilians'], ['injured', 40, 'civilians']]],
    ['monitor, Sudan', 'The monitor documented civilian casualties (9 deaths and 23 injuries) across Darfur in March.',
      [['killed', 9, 'civilians'], ['injured', 23, 'civilians']]],
    ['assessment, Yemen', 'Most civilian casualties were caused by air strikes (8 killed and 19 injured), followed by shelling (four killed and 11 injured).',
      [['killed', 8, 'civilians'], ['injured', 19, 'civilians'], ['killed', 4, 'civilians'], ['injured', 11, 'civilians']]],
    ['outlet, Myanmar', 'The group documented civilian casualties in Sittwe (three killed and 9 injured) and Minbya (five injured).',
      [['killed', 3, 'civilians'], ['injured', 9, 'civilians'], ['injured', 5, 'civilians']]],
  ])('%s', (_genre, text, expected) => {
    expect(groups(text)).toEqual(expected);
  });

  it('a figure that names its own victims keeps them', () => {
    const found = groups('Despite the civilian casualties, the army said 12 soldiers were killed near Bakhmut.');
    expect(found).toEqual([['killed', 12, 'government_forces']]);
  });

  it('a noun of harm after "the" names no one: "the deaths" leaves the figures as people', () => {
    const found = groups('The casualties – 6 killed and 15 injured – were taken to Goma.');
    expect(found.map((g) => g[2])).toEqual(['people', 'people']);
  });
});

it('a label\'s noun of harm names only its own figure: "Civilian deaths: 45" leaves "Injured: 120" as people', () => {
  expect(groups('Toll in Kassala, 2-8 May\n• Civilian deaths: 31\n• Injured: 85')).toEqual([['killed', 31, 'civilians'], ['injured', 85, 'people']]);
});
