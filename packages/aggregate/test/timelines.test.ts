import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { casualtiesTimeline } from '../src/timelines.ts';
import { makeFact } from '../../../tests/fixtures/facts.ts';
import { pick, seeded } from './random.ts';

type Row = Fact & { event_id: string };
const day = (n: number) => new Date(Date.UTC(2018, 0, 1 + n)).toISOString().slice(0, 10);

/** The definition, every incident against every series: the lowest id of the series that cover it. */
function coveredByDefinition(facts: Row[]): string[] {
  const seriesId = (f: Row) => [f.reported_by.join('+') || 'unattributed', f.category, f.group, f.period_start].join('|');
  const series = new Map<string, Row[]>();
  for (const f of facts.filter((x) => x.kind === 'casualty' && x.cumulative)) series.set(seriesId(f), [...(series.get(seriesId(f)) ?? []), f]);
  const covers = (s: Row[], i: Row) => {
    const groupFits = s[0]!.group === i.group || s[0]!.group === 'people' || (s[0]!.group === 'civilians' && ['children', 'women'].includes(i.group));
    const areaFits = !s[0]!.admin1.length || !i.admin1.length || s[0]!.admin1.some((a) => i.admin1.includes(a));
    const lastEnd = s.reduce((m, f) => (f.period_end > m ? f.period_end : m), '');
    return s[0]!.category === i.category && groupFits && areaFits && s[0]!.period_start <= i.period_start && lastEnd >= i.period_end;
  };
  return facts
    .filter((f) => f.kind === 'casualty' && !f.cumulative)
    .map((f) => [...series].filter(([, s]) => covers(s, f)).map(([id]) => id).sort()[0] ?? '');
}

describe('incidents covered by a running total', () => {
  it('names the lowest series that covers an incident, as the definition does, on random facts', () => {
    const random = seeded(7);
    let covered = 0;
    for (let round = 0; round < 100; round++) {
      const facts: Row[] = Array.from({ length: 40 }, (_, i) => {
        const start = Math.floor(random() * 30);
        return {
          ...makeFact({
            fact_id: `a${i}:0:0`,
            category: pick(random, ['killed', 'injured'] as const),
            group: pick(random, ['people', 'civilians', 'children', 'women', 'government_forces'] as const),
            cumulative: random() < 0.4,
            admin1: pick(random, [[], ['Idlib'], ['Aleppo'], ['Idlib', 'Aleppo']]),
            reported_by: pick(random, [[], ['SOHR'], ['OCHA']]),
            period_start: day(start),
            period_end: day(start + Math.floor(random() * 20)),
          }),
          event_id: 'E',
        };
      });
      const rows = casualtiesTimeline(facts);
      const incidents = [...facts].filter((f) => !f.cumulative).map((f) => rows.find((r) => r.fact_id === f.fact_id)!.covered_by_series);
      expect(incidents, `round ${round}`).toEqual(coveredByDefinition(facts));
      covered += incidents.filter(Boolean).length;
    }
    expect(covered).toBeGreaterThan(100); // the rounds do exercise covering, not only its absence
  });
});
