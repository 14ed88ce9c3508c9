/**
 * American wire style writes the United Nations with points: "the U.N. refugee agency", "the U.N. humanitarian
 * office". Those are UNHCR and OCHA as the unpointed forms are (sources.csv rows), not the United Nations at large,
 * which the shorter alias "U.N." would name. Sentences written for the rule, through ingest, extract and normalize.
 */
import { describe, expect, it } from 'vitest';
import { facts, on } from './dated-text.ts';

describe('a U.N. agency written with points', () => {
  it.each([
    ['wire (Afghanistan)', on('2021-07-20', 'KABUL, Afghanistan (AP) — Some 270,000 Afghans have been forced from their homes since January, the U.N. refugee agency said.'), 'UNHCR'],
    ['outlet (Sudan)', on('2024-03-02', 'Fighting in Gezira state displaced about 300,000 people in December, according to the United Nations refugee agency.'), 'UNHCR'],
    ['wire (Haiti)', on('2024-10-08', 'Gang violence forced more than 10,000 people from their homes in Artibonite last week, the U.N. humanitarian office said.'), 'UN OCHA'],
  ])('%s', (_name, text, source) => {
    const got = facts(text).filter((f) => f.category === 'displaced');
    expect(got.map((f) => f.reported_by)).toEqual([[source]]);
  });
});
