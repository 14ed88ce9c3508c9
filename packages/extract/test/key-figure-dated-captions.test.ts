/**
 * A key figure whose caption ends in its own date: "People internally displaced as of 15 May 2023", "People displaced
 * by conflict since 1 January 2023". The time phrase ends the label as a comma would, and dates the figure ("since"
 * makes it a running total). A caption that names nothing after pairs that did ends the panel there, the pairs kept.
 * Panels written for the rule (OCHA, IOM, UNHCR, UNICEF, WFP; Ukraine, Somalia, Sudan, Myanmar, Yemen); none comes
 * from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief);
const dated = (s: string) => facts(s).map((f) => [f.category, f.value, f.time, f.cumulative]);

describe('a key figure over a caption that states its date', () => {
  it('an "as of" date after the label is the stock\'s date (OCHA, Ukraine)', () => {
    const text = 'OCHA Ukraine: Situation Report\n\n3.7M\nPeople internally displaced within the country as of 15 May 2023\n\nHighlights\nShelling went on.';
    expect(dated(text)).toEqual([['displaced', 3_700_000, 'as of 15 May 2023', false]]);
  });

  it('a "since" date after the label makes a running total (IOM, Somalia)', () => {
    const text = 'IOM Somalia: Displacement Snapshot\n\n412,000\nPeople displaced by conflict in Somalia since 1 January 2023\n\nOverview\nClashes continued.';
    expect(dated(text)).toEqual([['displaced', 412_000, 'since 1 January 2023', true]]);
  });

  it('panel after panel, each figure dated by its own caption (WFP, Yemen)', () => {
    const text = 'WFP Yemen Situation Report\n\n96,000\nPeople displaced in Marib governorate since 1 January 2021\n240\nCivilians killed in Taiz as of 30 June 2021\n\nSituation update\nFighting went on.';
    expect(dated(text)).toEqual([['displaced', 96_000, 'since 1 January 2021', true], ['killed', 240, 'as of 30 June 2021', false]]);
  });

  it('a caption that names nothing ends the panel, the pairs before it kept (UNHCR, Sudan)', () => {
    const text = 'UNHCR Sudan Emergency Update\n\n5.4M\nPeople internally displaced in Sudan since 15 April 2023\n1.2M\nRefugees in neighbouring countries as of 3 October 2023\n\nHighlights\nFighting went on.';
    expect(dated(text)).toEqual([['displaced', 5_400_000, 'since 15 April 2023', true]]);
  });

  it('a caption that names nothing first gives nothing; the next figure is read by its own caption (UNICEF, Myanmar)', () => {
    const text = 'UNICEF Myanmar Situation Report\n\n860\nSchools in conflict areas as of 1 April 2024\n2.6M\nPeople displaced across the country as of 1 April 2024\n\nOverview\nAirstrikes continued.';
    expect(dated(text)).toEqual([['displaced', 2_600_000, 'as of 1 April 2024', false]]);
  });

  it('a sentence of prose under the last figure leaves the panel unsure: nothing (OCHA, Ukraine)', () => {
    const text = 'OCHA Ukraine update\n\n1,200\nPeople killed since 24 February 2022\n3,400\nShelling continued in Kharkiv oblast on Monday.\n';
    expect(facts(text)).toEqual([]);
  });

  it('a long sentence with a date after a figure is no caption (OCHA, Sudan)', () => {
    const text = 'OCHA Sudan Flash Update\n\n2,000\nHumanitarian partners in the area started to plan the distribution of shelter kits since 3 May 2023\n';
    expect(facts(text)).toEqual([]);
  });
});
