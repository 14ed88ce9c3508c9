/**
 * Two subject constructions of outlets' own reports. "Another soldier was killed": "another" before a noun of persons
 * counts one more casualty, as an article does (a figure after it, "another 14", stays that figure). "12 civilians in
 * Bakhmut were killed", "N residents from about 15 villages in X Township, Y Region, have fled": a place phrase (or
 * the villages they come from) between the counted subject and its verb leaves the verb the subject's; before, the
 * verb was not read and the fact was lost. Every sentence is written for this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map((f) => { const b = brief(f); return [b.category, b.value, b.places]; });

describe('"another" before a noun of persons counts one casualty', () => {
  it.each([
    ['outlet, Syria', 'On April 12, another SDF fighter was killed in a drone strike near Qamishli.', ['killed', 1, ['Qamishli']]],
    ['outlet, Ukraine', 'Another civilian died of his wounds in hospital in Kherson on Sunday.', ['killed', 1, ['Kherson']]],
    ['wire, Somalia', 'Another soldier was wounded in a mortar attack near Beledweyne, an officer said.', ['injured', 1, ['Beledweyne']]],
    ['monitor, Ukraine', 'Shelling killed two men in Avdiivka and wounded another resident, the governor said.', ['injured', 1, ['Avdiivka']]],
  ])('%s', (_genre, text, fact) => expect(facts(text)).toContainEqual(fact));

  it.each([
    ['a figure after it is the count', 'Another 14 civilians were killed in Idlib.', [['killed', 14, ['Idlib']]]],
    ['no person after it', 'Another attack hit the market in Gao on Monday.', []],
    ['a person who only moves', 'Another resident fled Sievierodonetsk with her children.', []],
  ])('%s', (_case, text, expected) => expect(facts(text)).toEqual(expected));
});

describe('a place phrase between the counted subject and its verb', () => {
  it.each([
    ['outlet, Ukraine', 'Twelve civilians in Bakhmut were killed on Monday, the regional prosecutor said.', ['killed', 12, ['Bakhmut']]],
    ['outlet, Yemen', 'About 5,000 people in Marib have fled their homes since Sunday, the camp administration said.', ['displaced', 5000, ['Marib']]],
    ['sitrep, DR Congo', 'Some 400 families in Beni territory were displaced last week.', ['displaced', 400, ['Beni']]],
    ['outlet, Sudan', 'Two people in Khartoum, Omdurman and Bahri were killed by stray shells.', ['killed', 2, ['Khartoum', 'Omdurman', 'Bahri']]],
    ['outlet, Myanmar', 'More than 20,000 residents from about 12 villages in Kani Township, Sagaing Region, have fled their homes, ' +
      'according to local groups.', ['displaced', 20000, ['Kani Township', 'Sagaing']]],
    ['wire, Mali', 'Nearly 8,000 people from three villages near Kidal have fled to the border, officials said.', ['displaced', 8000, ['Kidal']]],
  ])('%s', (_genre, text, fact) => expect(facts(text)).toContainEqual(fact));

  it.each([
    ['no place: the attack is no place', 'Twelve civilians in the attack were never found.'],
    ['a phrase of need', 'Some 3,000 people in need were registered by the agency.'],
  ])('%s', (_case, text) => expect(facts(text).filter((f) => f[0] !== 'idps_stock')).toEqual([]));
});
