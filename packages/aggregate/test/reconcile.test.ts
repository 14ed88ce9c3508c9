import { describe, expect, it } from 'vitest';
import type { ActorClass, AppliedCorrection } from '@frontline/schema';
import { aggregate } from '../src/index.ts';
import { makeArticle, makeFact } from '../../../tests/fixtures/facts.ts';

const articles = [makeArticle('a', '2018-01-04'), makeArticle('b', '2018-01-05'), makeArticle('c', '2018-01-11')];
const capture = (id: string, date: string, places: string[], actor: ActorClass = 'government') =>
  makeFact({
    fact_id: id, kind: 'territory', category: 'captured', group: '', actor, actor_name: 'Syrian government forces',
    count_low: null, count_best: null, count_high: null, unit: '', persons_low: null, persons_best: null, persons_high: null,
    places, place_ids: places.map((p) => `P-${p}`), admin1: ['Idlib'], period_start: date, period_end: date,
  });
const rowsOf = (out: ReturnType<typeof aggregate>, name: string) => out.tables.find((t) => t.schema.name === name)!.rows();

describe('reconciliation across articles', () => {
  it('makes one event of a capture of the same villages reported by two articles a day apart', () => {
    const out = aggregate({
      articles, unresolved: [], rejected: [],
      facts: [capture('a:1:0', '2018-01-04', ['Tell Sultan', 'Ghadqa']), capture('b:3:0', '2018-01-05', ['Ghadqa', 'Tell Sultan'])],
    });
    const events = rowsOf(out, 'events');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ n_sources: 2, n_facts: 2, article_ids: ['a', 'b'], first_reported: '2018-01-04' });
  });

  it('keeps captures of the same place by different sides, or months apart, as separate events', () => {
    const out = aggregate({
      articles, unresolved: [], rejected: [],
      facts: [
        capture('a:1:0', '2018-01-04', ['Sinjar']),
        capture('b:1:0', '2018-01-05', ['Sinjar'], 'opposition'),
        capture('c:1:0', '2018-03-20', ['Sinjar']),
      ],
    });
    expect(rowsOf(out, 'events')).toHaveLength(3);
  });

  it('shows contradicting figures for one incident instead of averaging them', () => {
    const blast = (id: string, best: number, reporter: string) =>
      makeFact({ fact_id: id, count_low: best, count_best: best, count_high: best, persons_low: best, persons_best: best, persons_high: best, admin1: ['Idlib'], place_ids: ['C1'], places: ['Idlib'], reported_by: [reporter], period_start: '2018-01-07', period_end: '2018-01-07' });
    const out = aggregate({ articles, unresolved: [], rejected: [], facts: [blast('a:2:0', 23, 'SANA'), blast('b:2:0', 34, 'Syrian Civil Defence')] });
    const [event] = rowsOf(out, 'events');
    expect(event).toMatchObject({ count_low: 23, count_high: 34, count_best_values: ['23', '34'], disagreement: true, n_sources: 2 });
    expect(event.reported_by).toEqual(['SANA', 'Syrian Civil Defence']);
  });

  it('forms a running-total series per reporter, group and start, never summing it with incidents', () => {
    const total = (id: string, best: number, end: string) =>
      makeFact({ fact_id: id, group: 'civilians', cumulative: true, count_best: best, persons_best: best, count_low: best, count_high: best, reported_by: ['Syrian Observatory for Human Rights'], period_start: '2017-12-25', period_end: end, admin1: ['Idlib'] });
    const incident = makeFact({ fact_id: 'b:9:0', group: 'children', count_best: 4, persons_best: 4, period_start: '2018-01-02', period_end: '2018-01-02', admin1: ['Idlib'] });
    const later = makeFact({ fact_id: 'c:9:0', group: 'civilians', count_best: 5, persons_best: 5, period_start: '2018-02-01', period_end: '2018-02-01', admin1: ['Idlib'] });
    const out = aggregate({ articles, unresolved: [], rejected: [], facts: [total('a:5:0', 43, '2018-01-04'), total('c:5:0', 96, '2018-01-11'), incident, later] });
    const series = rowsOf(out, 'events').filter((e) => e.cumulative);
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ count_best_values: ['43', '96'], n_sources: 2 });
    const timeline = rowsOf(out, 'casualties_timeline');
    const totals = timeline.filter((r) => r.series_kind === 'running_total');
    expect(totals.map((r) => r.persons_best)).toEqual([43, 96]);
    expect(new Set(totals.map((r) => r.series_id)).size).toBe(1);
    // the children killed on 2 January fall inside the civilian running total; the February incident does not
    expect(timeline.find((r) => r.fact_id === 'b:9:0')!.covered_by_series).toBe(totals[0].series_id);
    expect(timeline.find((r) => r.fact_id === 'c:9:0')!.covered_by_series).toBe('');
    expect(timeline.some((r) => r.persons_best === 139)).toBe(false);
  });

  it('keeps displacement claims of different periods side by side and picks one best per period', () => {
    const claim = (id: string, best: number, start: string, end: string, reporter: string, vague = false) =>
      makeFact({ fact_id: id, kind: 'displacement', category: 'displaced', group: '', count_best: best, persons_low: best, persons_best: best, persons_high: best, period_start: start, period_end: end, reported_by: [reporter], vague });
    const out = aggregate({
      articles, unresolved: [], rejected: [],
      facts: [
        claim('a:1:0', 60000, '2017-11-01', '2017-12-24', 'UNHCR'),
        claim('b:1:0', 55000, '2017-11-01', '2017-12-24', 'Pro-opposition media'),
        claim('c:1:0', 100000, '2017-12-01', '2018-01-11', 'UN OCHA'),
        claim('c:2:0', 30000, '2017-12-01', '2018-01-11', 'Pro-opposition media', true),
      ],
    });
    const timeline = rowsOf(out, 'displacement_timeline');
    expect(timeline).toHaveLength(4);
    expect(timeline.filter((r) => r.best_available).map((r) => r.fact_id).sort()).toEqual(['a:1:0', 'c:1:0']);
  });

  it('writes one territory row per place, dated by the first report, with every source', () => {
    const out = aggregate({
      articles, unresolved: [], rejected: [],
      facts: [capture('a:1:0', '2018-01-04', ['Tell Sultan', 'Ghadqa']), capture('b:3:0', '2018-01-05', ['Ghadqa'])],
    });
    const rows = rowsOf(out, 'territory_timeline');
    expect(rows.map((r) => [r.place, r.date, r.n_sources])).toEqual([
      ['Ghadqa', '2018-01-04', 2],
      ['Tell Sultan', '2018-01-04', 1],
    ]);
  });
});

describe("a person's merges and splits of events", () => {
  const applied = (action: string, fact_ids: string[], id: string): AppliedCorrection => ({
    correction_id: id, file: 'events.csv', line: 2, action, target: '', status: 'applied', detail: '', fact_ids, who: 'A. Analyst', when: '2026-11-30', why: 'same capture',
  });
  const facts = [
    capture('a:1:0', '2018-01-04', ['Sinjar']),
    capture('b:1:0', '2018-01-05', ['Sinjar']),
    capture('c:1:0', '2018-03-20', ['Sinjar']),
  ];
  const eventsOf = (corrections: AppliedCorrection[]) => {
    const rows = rowsOf(aggregate({ articles, unresolved: [], rejected: [], facts, corrections }), 'events');
    return rows.map((e) => (e.fact_ids as string[]).join(' ')).sort();
  };

  it('reconciles as before without corrections: two reports a day apart are one event, the March capture another', () => {
    expect(eventsOf([])).toEqual(['a:1:0 b:1:0', 'c:1:0']);
  });

  it('merges the events of the facts a merge names, and splits the facts a split names into an event of their own', () => {
    expect(eventsOf([applied('merge_events', ['a:1:0', 'c:1:0'], 'm1')])).toEqual(['a:1:0 b:1:0 c:1:0']);
    expect(eventsOf([applied('split_events', ['b:1:0'], 's1')])).toEqual(['a:1:0', 'b:1:0', 'c:1:0']);
    // in the order written: a split after a merge takes its fact out of the merged event
    expect(eventsOf([applied('merge_events', ['a:1:0', 'c:1:0'], 'm1'), applied('split_events', ['b:1:0'], 's1')])).toEqual(['a:1:0 c:1:0', 'b:1:0']);
  });

  it('ignores a merge that normalize found stale', () => {
    expect(eventsOf([{ ...applied('merge_events', ['a:1:0', 'c:1:0'], 'm1'), status: 'stale' }])).toEqual(['a:1:0 b:1:0', 'c:1:0']);
  });
});
