import { describe, expect, it } from 'vitest';
import {
  alternation, countValue, countWords, dateWords, frontedCampaignStart, monthAbbreviations, monthNames, monthNumber, parseDateWords, weekdayNames, weekdayNumber, wordsWithValue,
} from '../src/dates/index.ts';

describe('the date lexicon (data/date-words.csv)', () => {
  it('lists the twelve months and seven weekdays in calendar order', () => {
    expect(monthNames()).toHaveLength(12);
    expect(monthNames().map(monthNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(weekdayNames().map(weekdayNumber)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('gives every abbreviation the month or weekday it opens', () => {
    for (const a of monthAbbreviations()) {
      const full = monthNames()[monthNumber(a) - 1]!;
      expect(full.startsWith(a), `${a} -> ${full}`).toBe(true);
    }
    for (const w of dateWords('weekday_abbr')) expect(weekdayNames()[Number(w.value)]!.startsWith(w.word)).toBe(true);
  });

  it('reads a month in any case, with or without the abbreviation period', () => {
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('dec')).toBe(12);
    expect(monthNumber('MAY')).toBe(5);
    expect(monthNumber('Mayor')).toBe(0);
    expect(weekdayNumber('Thurs.')).toBe(4);
    expect(weekdayNumber('Thursdays')).toBe(-1);
  });

  it('groups relative days by their distance from the reference day', () => {
    expect(wordsWithValue('relative_day', '-1')).toContain('yesterday');
    expect(wordsWithValue('relative_day', '-2')).toEqual(['the day before yesterday', 'the night before last']);
    expect(wordsWithValue('part', 'mid')).toEqual(expect.arrayContaining(['mid', 'middle of']));
  });

  it('builds alternations longest first, escaped, with flexible spaces and apostrophes', () => {
    const re = new RegExp(`^(?:${alternation(['Sep', 'Sept', "New Year's Day"])})$`);
    expect(alternation(['Sep', 'Sept'])).toBe('Sept|Sep');
    expect(re.test('New Year’s  Day')).toBe(true);
    expect(new RegExp(alternation(['a.m.'])).test('axmx')).toBe(false);
  });

  it('reads small counts as the one table of count words, exact and vague', () => {
    expect(countWords(5)).toEqual(['one', 'two', 'three', 'four', 'five']);
    expect(countWords()).toContain('thirty');
    expect(countValue('Twelve')).toBe(12);
    expect(countValue('a  couple of')).toBe(2);
    expect(countValue('several')).toBe(3);
    expect(countValue('an')).toBe(1);
    expect(countValue('14')).toBe(14);
    expect(countValue('dozens')).toBeNaN();
  });

  it('refuses a broken row with its line and reason', () => {
    const head = 'word,kind,value,example,source\n';
    expect(() => parseDateWords(`${head}Juin,month,6,Le 6 juin.,\n`, 'x.csv')).toThrow(/x\.csv line 2: empty or missing column "source"/);
    expect(() => parseDateWords(`${head}Juin,mois,6,Le 6 juin.,https://fr.wiktionary.org/wiki/juin\n`, 'x.csv')).toThrow(/kind "mois" is not one of/);
  });
});

describe('a fronted campaign start (shared by extract time.ts and normalize period.ts)', () => {
  it('takes the date before the comma when a start verb follows it with no comma after', () => {
    expect(frontedCampaignStart().exec('In June 2023, the army launched its offensive on Khartoum')?.[1]).toBe('June 2023');
    expect(frontedCampaignStart().exec('on 6 november 2021, fighting erupted')?.[1]).toBe('6 november 2021');
  });

  it('is not a start without a start verb, or with a clause after it', () => {
    expect(frontedCampaignStart().test('In March 2024, the town was shelled')).toBe(false);
    expect(frontedCampaignStart().test('In March 2024, the offensive began, then it stalled')).toBe(false);
  });
});
