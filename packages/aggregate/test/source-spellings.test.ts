/**
 * A figure a report states in its highlights with the ministry's acronym and again in its body with the full name
 * ("(MoPH)", "Lebanon's Ministry of Public Health") is one figure of one source: the sources registry gives both
 * spellings one name, so a running total's series (keyed by reporter) holds both statements. Spellings written for
 * this test in several wars (Lebanon, Sudan, Ukraine, Gaza); none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { resolveSources } from '@frontline/normalize';
import { assignEvents, claimKey } from '../src/reconcile.ts';
import { makeFact } from '../../../tests/fixtures/facts.ts';

const spellings: [string, string, string, string][] = [
  ['LB', 'MoPH', "Lebanon's Ministry of Public Health", 'the Lebanese Health Ministry'],
  ['SD', 'FMoH', 'the Federal Ministry of Health', "Sudan's Health Ministry"],
  ['UA', "Ukraine's Health Ministry", 'the Ministry of Health of Ukraine', 'the Ukrainian Ministry of Health'],
  ['PS', 'the Gaza Health Ministry', 'the Ministry of Health in Gaza', "Gaza's Ministry of Health"],
];

describe('one ministry, however a report spells it', () => {
  it.each(spellings)('%s: %s, %s and %s name one source', (country, ...texts) => {
    const names = texts.map((t) => resolveSources([t], country));
    expect(names[0]).toHaveLength(1);
    for (const n of names) expect(n).toEqual(names[0]);
    // The generic spellings name it only in an article about its country.
    expect(resolveSources(texts, country)).toHaveLength(1);
  });

  it('a country-bound spelling names no other country’s ministry', () => {
    expect(resolveSources(['MoPH'], 'AF')).toEqual(['MoPH']);
    expect(resolveSources(['the Federal Ministry of Health'], 'NG')).toEqual(['Federal Ministry of Health']);
  });

  it('the highlights and the body of one report are one running total', () => {
    const total = (id: string, text: string) =>
      makeFact({ fact_id: id, category: 'killed', cumulative: true, period_start: '2024-10-08', period_end: '2024-11-20', count_best: 3516, reported_by: resolveSources([text], 'LB') });
    const facts = [total('a:2:0', 'MoPH'), total('a:9:0', "Lebanon's Ministry of Public Health")];
    expect(claimKey(facts[0]!)).toBe(claimKey(facts[1]!));
    const events = assignEvents(facts);
    expect(events.get('a:2:0')).toBe(events.get('a:9:0'));
  });
});
