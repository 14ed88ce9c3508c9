/**
 * "seized another two towns – A and B – on Sunday", "recaptured two towns, A and B,", "three towns (A, B and C)": names
 * set off right after a count of places are the places counted, each taken, while the count keeps its own fact
 * (sentences written for the rule: a Myanmar outlet, a Syrian monitor and sitrep, a Ukrainian and a Sudanese wire).
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (text: string) => extract(text).map(brief).filter((f) => f.category === 'captured');

describe('names set off after a count of places', () => {
  it.each([
    ['outlet, Myanmar', 'The alliance seized another two towns – Kutkai and Mongko – in northern Shan State on Sunday.', 2, ['Kutkai', 'Mongko']],
    ['monitor, Syria', 'Regime forces recaptured two towns — Saraqib and Khan Shaykhun — after heavy bombardment.', 2, ['Saraqib', 'Khan Shaykhun']],
    ['wire, Ukraine', 'Russian forces captured two villages – Krasnohorivka and Novomykhailivka – west of Donetsk, the ministry said.', 2, ['Krasnohorivka', 'Novomykhailivka']],
    ['sitrep, Syria', 'Government forces recaptured two towns, Saraqib and Maarat al-Numan, on Monday, forcing thousands to flee.', 2, ['Saraqib', 'Maarat al-Numan']],
    ['wire, Sudan', 'The RSF took three towns (Rufaa, Tamboul and Al-Hasaheisa) in El Gezira state, witnesses said.', 3, ['Rufaa', 'Tamboul', 'Al-Hasaheisa']],
  ])('%s', (_genre, text, count, names) => {
    const got = captures(text);
    expect(got).toContainEqual(expect.objectContaining({ value: count, unit: 'places' }));
    expect(got).toContainEqual(expect.objectContaining({ value: null, places: names }));
  });

  it('takes no names when there are more of them than the count', () => {
    const got = captures('Regime forces recaptured two towns – Saraqib, Khan Shaykhun and Kafr Nabl – after heavy bombardment.');
    expect(got.filter((f) => f.value === null)).toEqual([]);
  });

  // A name that opens the reporting clause is who said it, not a place counted: only names and their joiners are a list.
  it.each([
    ['wire, Ukraine', 'The army took control of four villages, Kharkiv regional officials reported on Telegram.'],
    ['outlet, Sudan', 'The RSF seized three villages, Darfur activists said on Monday.'],
    ['monitor, Syria', 'Rebels captured two towns, Idlib media outlets reported.'],
  ])('takes no source after the count as a place (%s)', (_genre, text) => {
    const got = captures(text);
    expect(got).toContainEqual(expect.objectContaining({ unit: 'places' }));
    expect(got.filter((f) => f.value === null)).toEqual([]);
  });
});
