import { describe, expect, it } from 'vitest';
import { looseKey, parseGold, scoreFacts, type GoldFact } from '../src/index.ts';
import type { Fact } from '@frontline/schema';
import { makeFact } from '../../../tests/fixtures/facts.ts';

const gold: GoldFact[] = parseGold(
  [
    { id: 'x-C1', article: 'x', kind: 'casualty', required: true, quote: 'q', category: 'killed', group: 'civilians', count: { low: 40, best: 43, high: 46 }, unit: 'persons', period: ['2017-12-25', '2018-01-04'], reported_by: ['SOHR'], admin1: ['Idlib'] },
    { id: 'x-T1', article: 'x', kind: 'territory', required: true, quote: 'q', category: 'captured', actor: 'government', places: [['Saraqib', 'Saraqeb']], period: ['2018-01-04', '2018-01-04'] },
    { id: 'x-D1', article: 'x', kind: 'displacement', required: false, quote: 'q', category: 'displaced', count: { low: 1000, best: 3000, high: 9999 }, unit: 'persons', vague: true },
  ].map((g) => JSON.stringify(g)).join('\n'),
);

describe('evaluation', () => {
  it('matches by the gold rules and scores recall, precision, duplicates and field accuracy', () => {
    const facts = [
      makeFact({ fact_id: 'x:1:0', group: 'civilians', count_best: 46, period_end: '2018-01-05', reported_by: ['Syrian Observatory for Human Rights'], admin1: ['Idleb'] }),
      makeFact({ fact_id: 'x:1:1', group: 'civilians', count_best: 43 }), // duplicate of x-C1
      makeFact({ fact_id: 'x:2:0', kind: 'territory', category: 'captured', group: '', places: ['Saraqab'], period_end: '2018-01-04' }),
      makeFact({ fact_id: 'x:3:0', group: 'children', count_best: 43 }), // wrong group: a false positive
    ];
    const report = scoreFacts(facts, gold);
    expect(report.recall_required).toMatchObject({ correct: 2, total: 2 });
    expect(report.recall_all).toMatchObject({ correct: 2, total: 3 });
    expect(report.precision).toMatchObject({ correct: 3, total: 4 });
    expect(report.duplicates).toBe(1);
    expect(report.false_positives.map((f) => f.fact_id)).toEqual(['x:3:0']);
    expect(report.misses.map((m) => m.id)).toEqual(['x-D1']);
    expect(report.reported_by_accuracy.value).toBe(1); // SOHR is an alias of the registry name
    expect(report.admin1_accuracy.value).toBe(1); // Idleb = Idlib
    expect(report.period_end_accuracy).toMatchObject({ correct: 2, total: 2 }); // one day off is within tolerance
    // x-T1 names the government as the side that gained ground; the fact names none.
    expect(report.actor_accuracy).toMatchObject({ correct: 0, total: 1 });
    expect(report.wrong_actors).toEqual([{ id: 'x-T1', expected: 'government', got: '' }]);
  });

  it('actor accuracy: a matched capture whose side is the gold\'s, foreign:<ISO2> included', () => {
    const capture = (actor: Fact['actor']) =>
      makeFact({ fact_id: 'x:2:0', kind: 'territory', category: 'captured', group: '', actor, places: ['Saraqeb'], period_end: '2018-01-04' });
    expect(scoreFacts([capture('government')], gold).actor_accuracy).toMatchObject({ correct: 1, total: 1 });
    const russian = parseGold(JSON.stringify({ id: 'u-T1', article: 'x', kind: 'territory', required: true, quote: 'q', category: 'captured', actor: 'foreign:RU', places: [['Saraqeb']] }));
    expect(scoreFacts([capture('foreign:RU')], russian).actor_accuracy.value).toBe(1);
    expect(scoreFacts([capture('government')], russian).actor_accuracy.value).toBe(0);
  });

  it('rejects a count outside [0.9 low, 1.1 high] and a date beyond the tolerance', () => {
    const report = scoreFacts([makeFact({ fact_id: 'x:1:0', group: 'civilians', count_best: 51, period_end: '2018-01-09' })], gold);
    expect(report.recall_required.correct).toBe(0);
    const late = scoreFacts([makeFact({ fact_id: 'x:1:0', group: 'civilians', count_best: 43, period_end: '2018-01-09' })], gold);
    expect(late.period_end_accuracy).toMatchObject({ correct: 0, total: 1 });
  });

  it('pairs a place taken, lost and taken again with the capture of its date, without changing recall', () => {
    const retaken: GoldFact[] = parseGold(
      [
        { id: 'k-T1', article: 'k', kind: 'territory', required: true, quote: 'q', category: 'captured', actor: 'government', places: [['Kafr Nabudah']], period: ['2019-05-08', '2019-05-08'] },
        { id: 'k-T2', article: 'k', kind: 'territory', required: true, quote: 'q', category: 'captured', actor: 'opposition', places: [['Kafr Nabudah']], period: ['2019-05-21', '2019-05-21'] },
        { id: 'k-T3', article: 'k', kind: 'territory', required: false, quote: 'q', category: 'captured', actor: 'government', places: [['Kafr Nabudah']], period: ['2019-05-26', '2019-05-26'] },
      ].map((g) => JSON.stringify(g)).join('\n'),
    );
    const capture = (id: string, period_end: string) =>
      makeFact({ fact_id: id, article_id: 'k', kind: 'territory', category: 'captured', group: '', places: ['Kafr Nabudah'], period_end });
    // In reading order the facts come 26 May, 8 May, 21 May (a lead, then the story); each pairs with its own date.
    const report = scoreFacts([capture('k:1:0', '2019-05-26'), capture('k:5:0', '2019-05-08'), capture('k:9:0', '2019-05-21')], retaken);
    expect(report.period_end_accuracy).toMatchObject({ correct: 3, total: 3 });
    // A required capture is still paired when only a fact of another date can match it; the optional one is left.
    const one = scoreFacts([capture('k:1:0', '2019-05-26')], retaken);
    expect(one.recall_required).toMatchObject({ correct: 1, total: 2 });
    expect(one.wrong_dates.map((w) => w.id)).toEqual(['k-T1']);
  });

  it('pairs a capture and a recapture a day apart by side when both dates are within the tolerance', () => {
    const swapped: GoldFact[] = parseGold(
      [
        { id: 'm-T1', article: 'm', kind: 'territory', required: true, quote: 'q', category: 'captured', actor: 'opposition', places: [['Kibati']], period: ['2025-01-10', '2025-01-10'] },
        { id: 'm-T2', article: 'm', kind: 'territory', required: true, quote: 'q', category: 'captured', actor: 'government', places: [['Kibati']], period: ['2025-01-11', '2025-01-11'] },
      ].map((g) => JSON.stringify(g)).join('\n'),
    );
    const capture = (id: string, actor: Fact['actor'], period_end: string) =>
      makeFact({ fact_id: id, article_id: 'm', kind: 'territory', category: 'captured', group: '', actor, places: ['Kibati'], period_end });
    // The army's recapture comes first in the list: by date alone it would pair with m-T1 and both sides would be wrong.
    const report = scoreFacts([capture('m:4:0', 'government', '2025-01-11'), capture('m:2:0', 'opposition', '2025-01-10')], swapped);
    expect(report.actor_accuracy).toMatchObject({ correct: 2, total: 2 });
    expect(report.recall_required).toMatchObject({ correct: 2, total: 2 });
    // A government capture of 10 May pairs with the government's gold of 11 May (within the tolerance), not the rebels'.
    expect(scoreFacts([capture('m:4:0', 'government', '2025-01-10')], swapped).wrong_actors).toEqual([]);
    // A wrong side is still a wrong side when no gold of its side is there to pair with.
    const wrong = scoreFacts([capture('m:4:0', 'government', '2025-01-10')], swapped.slice(0, 1));
    expect(wrong.wrong_actors).toEqual([{ id: 'm-T1', expected: 'opposition', got: 'government' }]);
  });

  it('pairs two captures of one place on consecutive days, same side, by the sentence each gold fact quotes', () => {
    const twice: GoldFact[] = parseGold(
      [
        { id: 'r-T1', article: 'r', kind: 'territory', required: true, quote: 'On 4 June, the army said it captured Tal Hamra', category: 'captured', actor: 'government', places: [['Tal Hamra']], period: ['2019-06-04', '2019-06-04'], reported_by: ['army'] },
        { id: 'r-T2', article: 'r', kind: 'territory', required: false, quote: 'On 5 June, state media ... captured Tal Hamra', category: 'captured', actor: 'government', places: [['Tal Hamra']], period: ['2019-06-05', '2019-06-05'], reported_by: ['state media'] },
      ].map((g) => JSON.stringify(g)).join('\n'),
    );
    const capture = (id: string, quote: string, period_end: string, reported_by: string[]) =>
      makeFact({ fact_id: id, article_id: 'r', kind: 'territory', category: 'captured', group: '', actor: 'government', places: ['Tal Hamra'], quote, period_end, reported_by });
    // The 5 June sentence comes first in the list: by date, side and place alone it could pair with either gold fact.
    const report = scoreFacts(
      [
        capture('r:7:0', 'On 5 June, state media reported that the army had captured Tal Hamra.', '2019-06-05', ['state media']),
        capture('r:6:0', 'On 4 June, the army said it captured Tal Hamra and two hills.', '2019-06-04', ['army']),
      ],
      twice,
    );
    expect(report.recall_all).toMatchObject({ correct: 2, total: 2 });
    expect(report.reported_by_accuracy).toMatchObject({ correct: 2, total: 2 });
    // Typography and case differ between a gold quote and the text ("’" for "'"); the sentence still pairs.
    const curly = scoreFacts([capture('r:6:0', 'On 4 June, the Army said it captured Tal  Hamra’s outskirts.', '2019-06-04', ['army'])], twice.slice(0, 1));
    expect(curly.recall_required).toMatchObject({ correct: 1, total: 1 });
  });

  it('pairs counted captures around one place by their count, and never by a count alone across places', () => {
    const counted: GoldFact[] = parseGold(
      [
        { id: 'v-T1', article: 'v', kind: 'territory', required: true, quote: 'q', category: 'captured', actor: 'government', count: { low: 6, best: 6, high: 6 }, unit: 'places', places: [['Bir Hamad']], period: ['2020-03-02', '2020-03-02'], reported_by: ['army'] },
        { id: 'v-T2', article: 'v', kind: 'territory', required: true, quote: 'q', category: 'captured', actor: 'government', count: { low: 14, best: 14, high: 14 }, unit: 'places', places: [['Bir Hamad']], period: ['2020-03-09', '2020-03-09'], reported_by: ['state media'] },
        { id: 'v-T3', article: 'v', kind: 'territory', required: true, quote: 'q', category: 'captured', actor: 'government', count: { low: 9, best: 9, high: 9 }, unit: 'places', places: [['Bir Hamad']], period: ['2020-03-12', '2020-03-12'], reported_by: ['local council'] },
        { id: 'v-T3', article: 'v', kind: 'territory', required: true, quote: 'q', category: 'captured', actor: 'government', count: { low: 2, best: 2, high: 2 }, unit: 'places', places: [['Umm Sadra']], period: ['2020-02-20', '2020-02-20'] },
      ].map((g) => JSON.stringify(g)).join('\n'),
    );
    const villages = (id: string, count_best: number, place: string, reported_by: string[]) =>
      makeFact({ fact_id: id, article_id: 'v', kind: 'territory', category: 'captured', group: '', actor: 'government', count_best, unit: 'places', place_mentions: [place], period_end: '2020-03-20', reported_by });
    // Three claims near one place, each dated past every gold day: by the place alone they pair in the order they come.
    const claims = [villages('v:8:0', 14, 'Bir Hamad', ['state media']), villages('v:9:0', 9, 'Bir Hamad', ['local council']), villages('v:3:0', 6, 'Bir Hamad', ['army'])];
    const report = scoreFacts(claims, counted);
    expect(report.recall_required).toMatchObject({ correct: 3, total: 4 });
    expect(report.reported_by_accuracy).toMatchObject({ correct: 3, total: 3 });
    // Two villages near Bir Hamad are not the two near Umm Sadra: the places differ, so the equal count matches nothing there.
    const elsewhere = scoreFacts([{ ...villages('v:5:0', 2, 'Bir Hamad', []), period_end: '2020-02-20' }], counted.slice(3));
    expect(elsewhere.recall_required).toMatchObject({ correct: 0, total: 1 });
    // A count with no place named still matches a gold count of places.
    const unnamed = makeFact({ fact_id: 'v:6:0', article_id: 'v', kind: 'territory', category: 'captured', group: '', count_best: 2, unit: 'places' });
    expect(scoreFacts([unnamed], counted.slice(3)).recall_required).toMatchObject({ correct: 1, total: 1 });
    // Nor does the country the places lie in name one ("seized two villages in Syria").
    const inCountry = { ...unnamed, places: ['Syria'], place_mentions: ['Syria'], place_precision: 'country' as const };
    expect(scoreFacts([inCountry], counted.slice(3)).recall_required).toMatchObject({ correct: 1, total: 1 });
    expect(scoreFacts([{ ...inCountry, place_precision: 'point' as const }], counted.slice(3)).recall_required.correct).toBe(0);
  });

  it('compares place spellings loosely', () => {
    expect(looseKey('Khan Sheikhoun')).toBe(looseKey('Khan Shaykhun'));
    expect(looseKey('Rujum al-Ahmar')).toBe(looseKey('Rujum al Ahmar'));
    expect(looseKey('Saraqib')).not.toBe(looseKey('Sinjar'));
  });
});

describe('territory gold facts without places or count', () => {
  const unnamed = parseGold(JSON.stringify({ id: 'y-T1', article: 'y', kind: 'territory', required: false, quote: 'q', category: 'captured', actor: 'isis', places: [], admin1: ['Hama'] }));
  const capture = (actor: 'isis' | 'government', admin1: string[]) =>
    makeFact({ fact_id: 'y:1:0', kind: 'territory', category: 'captured', group: '', actor, admin1, count_best: 5 });
  it('match a fact of the same actor in the same governorate', () => {
    expect(scoreFacts([capture('isis', ['Hama'])], unnamed).recall_all.correct).toBe(1);
    expect(scoreFacts([capture('isis', [])], unnamed).recall_all.correct).toBe(1);
  });
  it('do not match another actor or another governorate', () => {
    expect(scoreFacts([capture('government', ['Hama'])], unnamed).recall_all.correct).toBe(0);
    expect(scoreFacts([capture('isis', ['Aleppo'])], unnamed).recall_all.correct).toBe(0);
  });
});
