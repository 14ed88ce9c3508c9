/**
 * A running total counted from a campaign or event named without its date (issue 9, h-mon2): "have been killed since
 * the coup", "displaced since the conflict", "since the invasion". As "since the start of the war", the phrase says
 * the figure is a running total; its start is the event's, which the sentence does not give, so normalize dates the
 * total by the report's day. Nouns from date-words.csv (campaign_noun of kind campaign, event_noun). Sentences written
 * for the rule (monitor, wire, situation report; Myanmar, Ukraine, Sudan); none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.cumulative, f.time]);

describe('"since the <event>" without a date opens a running total', () => {
  it('civilians killed since the coup (monitor, Myanmar)', () => {
    expect(facts('The group says 4,100 civilians have been killed by soldiers since the coup.')).toEqual([
      ['killed', 4100, true, 'since the coup'],
    ]);
  });

  it('people killed in a city since the invasion (wire, Ukraine)', () => {
    expect(facts('More than 1,200 people have been killed in Kharkiv since the invasion, the governor said.')).toEqual([
      ['killed', 1200, true, 'since the invasion'],
    ]);
  });

  it('people displaced since the conflict (situation report, Sudan)', () => {
    expect(facts('Some 86,000 people have been displaced in Blue Nile State since the conflict.')).toEqual([
      ['displaced', 86000, true, 'since the conflict'],
    ]);
  });
});
