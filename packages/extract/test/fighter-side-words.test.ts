/**
 * The words naming a fighter's side (data/side-words.csv) and the casualty group they give: every row's example
 * names its side through its word, a word marked `exact` is matched only as written, an `any` word in any case, and
 * the sides are tried in order (ISIS, then foreign forces, then government, then opposition). Phrases written for
 * this file, from several wars.
 */
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from '../src/data.ts';
import { sideGroup } from '../src/nouns.ts';
import { SIDES, sideWord, type Side } from '../src/side-words.ts';

const ROWS = parseRegistry(readDataFile('side-words.csv'), 'side-words.csv', ['word', 'side', 'case', 'example']);

describe('side words', () => {
  it('finds each row\'s word, as written, in its example', () => {
    for (const r of ROWS) expect(sideWord(r.side as Side, r.example!), r.word).toBe(r.example!.match(new RegExp(r.word!.replace(/[.]/g, '\\.'), 'i'))![0]);
  });

  it('gives every side at least one word', () => {
    for (const side of SIDES) expect(ROWS.some((r) => r.side === side), side).toBe(true);
  });

  it('matches an exact word only as written', () => {
    expect(sideWord('foreign', 'two US soldiers')).toBe('US');
    expect(sideWord('foreign', 'some of us')).toBe('');
    expect(sideWord('isis', 'fighters who IS claimed')).toBe('IS');
    expect(sideWord('isis', 'the fighting is over')).toBe('');
  });

  it('matches an any-case word in any case, whole words only', () => {
    expect(sideWord('opposition', 'Rebel fighters')).toBe('Rebel');
    expect(sideWord('government', 'PRO-GOVERNMENT militiamen')).toBe('PRO-GOVERNMENT');
    expect(sideWord('government', 'armyworm')).toBe('');
  });

  it('returns the first word of a side in the text', () => {
    expect(sideWord('foreign', 'Kurdish and Turkish fighters')).toBe('Kurdish');
  });
});

describe('sideGroup', () => {
  const cases: [string, string][] = [
    ['pro-regime', 'government_forces'],
    ['Hezbollah', 'government_forces'],
    ['Syrian army', 'government_forces'],
    ['insurgent', 'opposition_fighters'],
    ['HTS-led', 'opposition_fighters'],
    ['Daesh', 'isis_fighters'],
    ['Islamic State', 'isis_fighters'],
    ['Turkish-backed', 'people'],
    ['Israeli', 'people'],
    ['hungry', ''],
  ];
  for (const [words, group] of cases) it(`${words} -> ${group || 'none'}`, () => expect(sideGroup(words)).toBe(group));

  it('tries ISIS words before foreign ones, and foreign ones before government ones', () => {
    expect(sideGroup('Iraqi ISIS')).toBe('isis_fighters');
    expect(sideGroup('Russian army')).toBe('people');
    expect(sideGroup('rebel army')).toBe('government_forces');
  });
});
