/**
 * Title Case titles and headings (issue 9): every word capitalised, so capitalised-run rules took "Seize" or
 * "Recaptures" for a name and headlines gave no fact or a wrong place. Such a line is read with its ordinary words
 * lower-cased, offsets unchanged. Every line is written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';
import { fromCapitals, isAllCaps, isTitleCase, readableTitle } from '../src/title-case.ts';

const facts = (text: string) => extract(text).map(brief).map((b) => [b.category, b.value, b.places]);

describe('a Title Case title is read', () => {
  it.each([
    ['monitor, Syria', 'Syrian Network Documents the Deaths of 75 Civilians in Syria in March 2021, Including 11 Children\n\nThe report covers the month.', ['killed', 75, ['Syria']]],
    ['news, Ukraine', 'Drone Strikes Kill 9 Civilians in Zaporizhzhia Region\n\nThe attack came overnight.', ['killed', 9, ['Zaporizhzhia']]],
    ['wire, Yemen', 'Airstrike Kills 14 in Marib Province, Medics Say\n\nThe strike hit a market.', ['killed', 14, ['Marib']]],
    ['news, Sudan', 'Over 25,000 Flee Fighting in El Obeid\n\nAid agencies warned of shortages.', ['displaced', 25000, ['El Obeid']]],
  ])('%s: the headline figure', (_genre, text, expected) => expect(facts(text)).toContainEqual(expected));

  it.each([
    ['wire, DR Congo', 'Rebels Seize Town of Walikale\n\nThe fighters advanced on Tuesday.', 'Walikale'],
    ['news, Ukraine', 'Army Recaptures Village of Klishchiivka\n\nThe brigade said so.', 'Klishchiivka'],
    ['wire, Mali', 'Jihadists Capture Town of Boulkessi After Clashes\n\nNo more was said.', 'Boulkessi'],
  ])('%s: a capture names the town, not the verb', (_genre, text, place) => {
    const captures = extract(text).filter((f) => f.kind === 'territory');
    expect(captures.map((f) => f.place_mentions.map((p) => p.text))).toEqual([[place]]);
  });

  it('month names and abbreviations keep their capital', () => {
    expect(readableTitle('Shelling Kills Seven in Goma on Sept 4', new Set())).toBe('Shelling kills seven in Goma on Sept 4');
  });

  it('a monitor title keeps its date and month capitalised', () => {
    const [f] = extract('Syrian Network Documents the Deaths of 75 Civilians in Syria in March 2021, Including 11 Children\n\nText.');
    expect(f!.time_phrase).toBe('in March 2021');
  });

  it('provenance is the written line: quote, offsets and words as the text has them', () => {
    const text = 'Shelling Kills Six Civilians in Kharkiv Region\n\nThe regional governor said so.';
    const [f] = extract(text);
    expect(f!.quote).toBe('Shelling Kills Six Civilians in Kharkiv Region');
    expect(text.slice(f!.figure_start, f!.figure_end)).toBe('Six');
    expect(f!.place_mentions.map((p) => text.slice(p.start, p.end))).toEqual(f!.place_mentions.map((p) => p.text));
  });
});

describe('guards', () => {
  it.each([
    ['news, Sudan', 'Ceasefire Talks Resume in Jeddah\n\nDelegations met on Monday.'],
    ['wire, Ethiopia', 'Envoys Meet Leaders in Mekelle Ahead of Talks\n\nThe visit was brief.'],
  ])('%s: a headline with no fact gives none', (_genre, text) => expect(extract(text)).toEqual([]));

  it('a heading "Capture of X" still gives its capture', () => {
    expect(facts('Capture of Kafr Nabl\n\nThe town fell after a week of shelling.')[0]).toEqual(['captured', null, ['Kafr Nabl']]);
  });

  it('a name the prose capitalises keeps its capital in the title', () => {
    expect(readableTitle('Fighting Empties Hope Overnight', new Set(['Hope']))).toBe('Fighting empties Hope overnight');
    expect(readableTitle('Fighting Empties Hope Overnight', new Set())).toBe('Fighting empties hope overnight');
  });

  it('only lines with every word but the small ones capitalised are Title Case', () => {
    expect(isTitleCase('M23 Rebels Seize Town of Rubaya')).toBe(true);
    expect(isTitleCase('Rebels seize the town of Rubaya in North Kivu')).toBe(false);
    expect(isTitleCase('UN WARNS OF FAMINE')).toBe(false);
    expect(isTitleCase('By Reuters - Mar 3, 2023 - Last updated at Mar 4, 2023')).toBe(false);
  });

  it('lower-casing keeps length, acronyms, registry names, countries and unknown names', () => {
    const line = 'SNHR Says Russian Forces Killed 40 Civilians in Sudan and Rubaya';
    const read = readableTitle(line, new Set());
    expect(read.length).toBe(line.length);
    expect(read).toMatch(/^SNHR says .*killed 40 civilians in Sudan and Rubaya$/);
  });
});

describe('an all-capitals headline is read as a Title Case one', () => {
  it.each([
    ['wire, Yemen', 'AIRSTRIKE KILLS 14 IN MARIB PROVINCE, MEDICS SAY\n\nThe strike hit a market.', ['killed', 14, ['MARIB']]],
    ['news, Sudan', 'OVER 25,000 FLEE FIGHTING IN EL OBEID\n\nAid agencies warned of shortages.', ['displaced', 25000, ['EL OBEID']]],
    ['monitor, Ukraine', 'SHELLING KILLS NINE CIVILIANS IN KHARKIV REGION\n\nThe regional governor said so.', ['killed', 9, ['KHARKIV']]],
  ])('%s: the headline figure and its place, as the text writes it', (_genre, text, expected) => expect(facts(text)).toContainEqual(expected));

  it('a capture names the town, not the verb', () => {
    const captures = extract('JIHADISTS CAPTURE TOWN OF BOULKESSI AFTER CLASHES\n\nNo more was said.').filter((f) => f.kind === 'territory');
    expect(captures.map((f) => f.place_mentions.map((p) => p.text))).toEqual([['BOULKESSI']]);
  });

  it('only a line of capitals is one: a Title Case or ordinary line is not, nor a short label', () => {
    expect(isAllCaps('SHELLING KILLS NINE IN GOMA')).toBe(true);
    expect(isAllCaps('Shelling Kills Nine in Goma')).toBe(false);
    expect(isAllCaps('UPDATE 2')).toBe(false);
  });

  it("keeps in capitals what the article's prose writes in capitals, and lowers the rest", () => {
    expect(readableTitle(fromCapitals('UN SAYS 12,000 FLED ATTACKS ON TAWILA', new Set(['UN'])), new Set(['UN']))).toBe('UN says 12,000 fled attacks on Tawila');
  });
});
