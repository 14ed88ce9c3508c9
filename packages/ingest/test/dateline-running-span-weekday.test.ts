/**
 * A yearless wire dateline whose text dates nothing but the start of a running span ("since the war began in April
 * 2023") takes its year from the weekday its lead names, not from the span's start: the span runs to the report's
 * day, which may be a year or more on (published.ts, `ownWeekdayYear`). A syndicator's bracketed credit before the
 * dateline ("(Syndicated- Agency (AG)) CITY, Mar 2 (AG) -- ...") does not hide it (dateline.ts, SYNDICATION_CREDIT).
 * Lines written for the rule, in two wars and two genres.
 */
import { describe, expect, it } from 'vitest';
import { findDateline } from '../src/dateline.ts';
import { ingestFiles } from '../src/index.ts';
import { file } from './helpers.ts';

const ingest = (text: string) => ingestFiles([file('p.txt', text)]).articles[0]!;

describe('a yearless dateline after which the text dates only a running span start', () => {
  it.each([
    // a state agency's wire, Ukraine: 2 March 2024 is a Saturday (2022's a Wednesday, 2023's a Thursday)
    ['KYIV, March 2 (Ukrinform) -- The prosecutor general said on Saturday that 528 children had been killed since the full-scale invasion began in February 2022.', '2024-03-02'],
    // an outlet's own dateline, Sudan: 20 April 2024 is a Saturday (2023's a Thursday)
    ['KHARTOUM, April 20 (Sudan Tribune) -- The health ministry said on Saturday that the toll since fighting erupted in April 2023 had risen to 14,700 killed.', '2024-04-20'],
  ])('%#: %s', (text, day) => {
    const a = ingest(text);
    expect([a.published, a.published_precision]).toEqual([day, 'day']);
    expect(a.published_evidence).toMatch(/running span starts, that falls on the (Saturday) its sentence names/);
  });

  it('stays undated when the lead names no weekday', () => {
    const a = ingest('KYIV, March 2 (Ukrinform) -- The prosecutor general said that 528 children had been killed since the full-scale invasion began in February 2022.');
    expect(a.published).toBe('');
    expect(a.published_earliest).toBe('2022-02-01');
  });

  it('still takes the year of a dated event the report follows', () => {
    const a = ingest('KHARTOUM, April 20 (Sudan Tribune) -- The RSF shelled Omdurman on Saturday, a week after it took Tuti on April 13, 2024; the war began in April 2023.');
    expect(a.published).toBe('2024-04-20');
  });
});

describe("a syndicator's bracketed credit before the dateline", () => {
  it.each([
    // a Gulf agency's wire republished, Lebanon war
    ['(Syndicated- Gulf News Agency (GNA)) BEIRUT, Nov 9 (GNA) -- Air strikes hit the southern suburbs on Saturday, the health ministry said.', 'BEIRUT, Nov 9 (GNA)'],
    // an outlet's copy republished, Sudan war
    ['(NewsWire- Sudan Tribune (ST)) EL FASHER, May 12, 2024 (Sudan Tribune) - The RSF shelled the city on Sunday, residents said.', 'EL FASHER, May 12, 2024 (Sudan Tribune)'],
  ])('%#: %s', (text, phrase) => {
    expect(findDateline(text)?.phrase).toBe(phrase);
  });

  it('is not taken for a dateline when no dateline follows it', () => {
    expect(findDateline('(Photo: Reuters (file)) Residents fled the town on Sunday, officials said.')).toBeNull();
  });
});
