import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { assignEvents, claimKey } from '../src/reconcile.ts';
import { makeFact } from '../../../tests/fixtures/facts.ts';
import { pick, seeded } from './random.ts';

const day = (n: number) => new Date(Date.UTC(2018, 0, 1 + n)).toISOString().slice(0, 10);

/** The definition: each fact, in date order, joins the first of all its key's clusters it overlaps. Returns fact -> cluster. */
function definition(facts: Fact[]): Map<string, string> {
  const dayDiff = (a: string, b: string) => (Date.parse(a) - Date.parse(b)) / 86_400_000;
  const slack = (f: Fact) => (f.cumulative ? Infinity : f.kind === 'territory' ? 14 : 1);
  const groups = new Map<string, Fact[]>();
  for (const f of facts) groups.set(claimKey(f), [...(groups.get(claimKey(f)) ?? []), f]);
  const clusterOf = new Map<string, string>();
  for (const [key, group] of groups) {
    const clusters: { start: string; end: string; first: string }[] = [];
    for (const f of [...group].sort((a, b) => (a.period_start < b.period_start ? -1 : a.period_start > b.period_start ? 1 : a.fact_id < b.fact_id ? -1 : 1))) {
      const open = clusters.find((c) => !c.start || !f.period_start || (dayDiff(f.period_start, c.end) <= slack(f) && dayDiff(c.start, f.period_end) <= slack(f)));
      if (open) open.end = open.end > f.period_end ? open.end : f.period_end;
      else clusters.push({ start: f.period_start, end: f.period_end, first: f.fact_id });
      clusterOf.set(f.fact_id, `${key}#${(open ?? clusters.at(-1)!).first}`);
    }
  }
  return clusterOf;
}

/** The partition of fact ids that a fact -> label map makes, as sorted lists. */
const partition = (labels: Map<string, string>) => {
  const parts = new Map<string, string[]>();
  for (const [id, label] of labels) parts.set(label, [...(parts.get(label) ?? []), id]);
  return [...parts.values()].map((p) => p.sort().join(' ')).sort();
};

describe('events as clusters of one claim key', () => {
  it('makes the clusters the all-clusters definition makes: daily series, captures re-reported, undated and odd dates', () => {
    const random = seeded(3);
    for (let round = 0; round < 150; round++) {
      const facts = Array.from({ length: 60 }, (_, i) => {
        const start = Math.floor(random() * 90);
        const undated = random() < 0.03;
        const odd = random() < 0.03; // a date that is not one: the order of days is unknown
        return makeFact({
          fact_id: `a${i}:0:0`,
          kind: pick(random, ['casualty', 'territory'] as const),
          cumulative: random() < 0.1,
          admin1: pick(random, [['Idlib'], ['Aleppo']]),
          period_start: undated ? '' : odd ? pick(random, ['2018-13-40', '2018-02-30', '2018-1-5']) : day(start),
          period_end: undated ? '' : day(start + pick(random, [0, 0, 1, 3, 20])),
        });
      });
      expect(partition(assignEvents(facts)), `round ${round}`).toEqual(partition(definition(facts)));
    }
  });

  it('keeps a long series of reports of one key, days apart, as one event a report', () => {
    const facts = Array.from({ length: 3000 }, (_, i) => makeFact({ fact_id: `a${i}:0:0`, admin1: ['Idlib'], period_start: day(3 * i), period_end: day(3 * i) }));
    expect(new Set(assignEvents(facts).values()).size).toBe(3000);
  });
});
