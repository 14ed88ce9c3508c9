import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** Category, group, count and places of each fact of a sentence. */
const facts = (text: string) =>
  extract(text).map((f) => `${f.category} ${f.group || '-'} ${f.quantity?.value} @${f.place_mentions.map((p) => p.text).join('+')}`);

describe('a ranking that states its noun once: "X had the highest number of fatalities, with N, followed by Y with M"', () => {
  it.each([
    // Assessment, Somalia
    ['Hiraan region had the highest number of fatalities, with at least 19, while the army deployed with 300 soldiers.', ['killed people 19 @Hiraan']],
    // Monitor's toll, Ukraine
    ['Donetsk oblast recorded the most civilian deaths, with 45, followed by Kharkiv with 30.', ['killed civilians 45 @Donetsk', 'killed civilians 30 @Kharkiv']],
    // Situation report, Sudan
    ['Khartoum state saw the highest number of displacements, with some 12,000.', ['displaced - 12000 @Khartoum']],
    // Regional outlet, Myanmar: the ranking's place after its verb
    ['The most fatalities were recorded in Sagaing, with 31, followed by Magway with 18.', ['killed people 31 @Sagaing', 'killed people 18 @Magway']],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('"with" and a figure in a sentence without a ranking counts nothing', () => {
    expect(facts('The convoy arrived in Gao with 300 soldiers.')).toEqual([]);
  });
});

describe('a ranking whose noun phrase the noun reader knows: "the highest number of IDPs, with N"', () => {
  it.each([
    // Situation report, Syria: the displaced as a stock
    ['Idlib governorate had the highest number of IDPs, with 1.2 million, followed by Aleppo with 800,000.', ['idps_stock - 1200000 @Idlib', 'idps_stock - 800000 @Aleppo']],
    // Assessment, South Sudan: returnees
    ['Jonglei state recorded the largest number of returnees, with some 12,000.', ['returned - 12000 @Jonglei']],
    // Regional outlet, DR Congo: displaced people
    ['Rutshuru territory saw the most displaced people, with 230,000.', ['displaced - 230000 @Rutshuru']],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('a ranking of something else counts nothing (Ukraine, wire)', () => {
    expect(facts('The brigade held the largest share of the front, with 40 positions near Bakhmut.')).toEqual([]);
  });
});

describe('a ranked figure set off by commas: "the most civilian deaths, 64, were documented in X"', () => {
  it.each([
    // Monitor, Ukraine
    ['The most civilian deaths, 64, were documented in Kherson oblast.', ['killed civilians 64 @Kherson']],
    // Situation report, Yemen
    ['The highest number of displaced people, about 7,000, was reported in Hodeidah governorate.', ['displaced - 7000 @Hodeidah']],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('a figure after a ranking\'s comma that no comma closes is no ranked figure (Sudan, wire)', () => {
    expect(facts('In the most contested district, 30 checkpoints were set up by the RSF.')).toEqual([]);
  });
});

describe('a ranking with its place in the ranking: "the second-highest number of", "the third most"', () => {
  it.each([
    // Situation report, DR Congo
    ['The second-highest number of IDPs, 600,000, was in Ituri province.', ['idps_stock - 600000 @Ituri']],
    // Assessment, Myanmar
    ['Rakhine State saw the third most displacements, with 14,000.', ['displaced - 14000 @Rakhine']],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});

describe('followers paired by "respectively": "Y and Z followed, with N and M, respectively"', () => {
  const counts = (text: string) => extract(text).map((f) => `${f.category} ${f.group || '-'} ${f.quantity?.value}`);

  it('situation report, Syria: the displaced as a stock, each follower\'s figure with its place', () => {
    const s = 'Aleppo hosted the highest number of IDPs, with 900,000; Idlib and Hama followed, with 700,000 and 300,000, respectively.';
    const got = extract(s);
    expect(counts(s)).toEqual(['idps_stock - 900000', 'idps_stock - 700000', 'idps_stock - 300000']);
    expect(got[1]!.place_mentions.map((p) => p.text)).toContain('Idlib');
    expect(got[2]!.place_mentions.map((p) => p.text)).toContain('Hama');
  });

  it('monitor, Yemen: civilian deaths', () => {
    const s = 'Taiz recorded the most civilian deaths, with 31; Hodeidah and Saada followed, with 19 and 12, respectively.';
    expect(counts(s)).toEqual(['killed civilians 31', 'killed civilians 19', 'killed civilians 12']);
  });

  it('a list after "with" and no ranking counts nothing (Ukraine, wire)', () => {
    expect(facts('The convoys left Kharkiv with 40 and 25 trucks, respectively.')).toEqual([]);
  });
});

describe('names with their figures in brackets after a ranking: "the most IDPs were X (N), Y (M) and Z (P)"', () => {
  const counts = (text: string) => extract(text).map((f) => `${f.category} ${f.quantity?.value}`);

  it.each([
    // Situation report, Sudan
    ['The localities with the most displaced people were Kosti (2,400), Rabak (1,100) and Tendalti (650).', ['displaced 2400', 'displaced 1100', 'displaced 650']],
    // Assessment, Nigeria
    ['The wards with the most IDPs were Maiduguri (3,200), Jere (2,100) and Konduga (800).', ['idps_stock 3200', 'idps_stock 2100', 'idps_stock 800']],
    // Monitor, Ukraine: returnees
    ['Among the districts, the highest numbers of returnees were Kakhovka (900) and Beryslav (450).', ['returned 900', 'returned 450']],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it('bracketed figures after a ranking of things count nothing (Ukraine, wire)', () => {
    expect(counts('The most aid convoys were sent to Kharkiv (12) and Sumy (7).')).toEqual([]);
  });
});
