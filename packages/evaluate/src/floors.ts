import type { EvalReport, Ratio } from './score.ts';

/**
 * Floors kept in corpus/floors.json: per corpus set, the lowest accepted value of a figure, named by its path in the
 * report ("recall_required", "by_kind.territory.recall_required", "by_genre.monitor.precision").
 */
export type Floors = Record<string, Record<string, number>>;

export interface FloorBreach {
  set: string;
  metric: string;
  floor: number;
  value: number | null;
}

function valueAt(report: EvalReport, path: string): number | null | undefined {
  let node: unknown = report;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (node === undefined) return undefined;
  return (node as Ratio).value;
}

/** Every figure of `set` that is below its floor, or missing from the report. */
export function checkFloors(set: string, report: EvalReport, floors: Floors): FloorBreach[] {
  return Object.entries(floors[set] ?? {}).flatMap(([metric, floor]) => {
    const value = valueAt(report, metric);
    if (value === undefined) return [{ set, metric, floor, value: null }];
    return value === null || value < floor ? [{ set, metric, floor, value }] : [];
  });
}

/** The figures floors are kept for: the headline ones, and recall of required facts per kind and per genre. */
function floorMetrics(report: EvalReport): string[] {
  const headline = ['recall_required', 'recall_all', 'precision', 'period_end_accuracy', 'reported_by_accuracy', 'admin1_accuracy', 'actor_accuracy'];
  return [
    ...headline,
    ...Object.keys(report.by_kind).map((k) => `by_kind.${k}.recall_required`),
    ...Object.keys(report.by_genre).map((g) => `by_genre.${g}.recall_required`),
  ];
}

/**
 * Raises the floors of `set` to the current figures less a margin (0.01, rounded down to hundredths), never lowers
 * one: a floor only moves down by a deliberate edit of corpus/floors.json, with the reason in the commit.
 */
export function raiseFloors(set: string, report: EvalReport, floors: Floors, margin = 0.01): Floors {
  const current = { ...(floors[set] ?? {}) };
  for (const metric of floorMetrics(report)) {
    const value = valueAt(report, metric);
    if (value === null || value === undefined) continue;
    const floor = Math.max(0, Math.floor((value - margin) * 100 + 1e-9) / 100);
    current[metric] = Math.max(current[metric] ?? 0, floor);
  }
  return { ...floors, [set]: Object.fromEntries(Object.entries(current).sort(([a], [b]) => (a < b ? -1 : 1))) };
}
