import type { AppliedCorrection, Fact } from '@frontline/schema';
import { compare, dayDiff, groupBy, stableId, uniq } from './util.ts';

/**
 * Which facts describe the same real-world thing. Two facts are one claim when their key is equal and their
 * periods are compatible. The key says what is counted where; the period test says when.
 *  - territory: category, actor and the set of places (or, with no place, governorates and the figure's unit);
 *  - running totals: reporter, category, group and start date: one total reported again and again is one series;
 *  - incidents and displacement claims: category, group, unit and governorates (places when there are any).
 */
export function claimKey(fact: Fact): string {
  const where = fact.place_ids.length ? [...fact.place_ids].sort().join('+') : `admin1:${[...fact.admin1].sort().join('+')}`;
  if (fact.kind === 'territory') return ['T', fact.category, fact.actor, where, fact.place_ids.length ? '' : fact.unit].join('|');
  if (fact.cumulative) return ['S', fact.kind, fact.category, fact.group, [...fact.reported_by].sort().join('+'), fact.period_start].join('|');
  return [fact.kind[0], fact.category, fact.group, fact.unit === 'families' || fact.unit === 'households' ? 'persons' : fact.unit, where].join('|');
}

/** Days two periods may be apart and still be one event: a capture is re-reported for days, an incident is not. */
function slackDays(fact: Fact): number {
  if (fact.cumulative) return Infinity; // the key already pins reporter and start: every report extends the series
  return fact.kind === 'territory' ? 14 : 1;
}

interface Cluster {
  start: string;
  end: string;
  facts: Fact[];
}

function overlaps(a: Cluster, b: Fact, slack: number): boolean {
  if (!a.start || !b.period_start) return true; // an undated fact cannot be told apart by date
  return dayDiff(b.period_start, a.end) <= slack && dayDiff(a.start, b.period_end) <= slack;
}

/**
 * The clusters of one claim key, facts visited in date order; each joins the first cluster it overlaps. A cluster
 * whose last day is more than the key's largest slack before a fact's first day can take no later fact either (they
 * start later still), so it leaves the list of open ones: a series of daily reports of one key is compared with the
 * clusters of the last days, not with every earlier day. While dates do not come in increasing order of days (a
 * date that is not one), nothing is set aside, and every cluster is tried as before.
 */
function clustersOf(sorted: Fact[]): Cluster[] {
  const clusters: Cluster[] = [];
  let open: Cluster[] = [];
  const widest = sorted.reduce((w, f) => Math.max(w, slackDays(f)), 0);
  let lastStart = -Infinity;
  for (const fact of sorted) {
    const start = Date.parse(fact.period_start);
    const ordered = start >= lastStart;
    lastStart = ordered ? start : NaN;
    if (ordered) open = open.filter((c) => !(dayDiff(fact.period_start, c.end) > widest));
    const found = (ordered ? open : clusters).find((c) => overlaps(c, fact, slackDays(fact)));
    if (found) {
      found.facts.push(fact);
      found.end = found.end > fact.period_end ? found.end : fact.period_end;
    } else {
      const cluster = { start: fact.period_start, end: fact.period_end, facts: [fact] };
      clusters.push(cluster);
      open.push(cluster);
    }
  }
  return clusters;
}

/** Groups facts into events: returns fact_id -> event_id. Deterministic: facts are visited in date, then id order. */
export function assignEvents(facts: Fact[]): Map<string, string> {
  const byKey = groupBy(facts, claimKey);
  const eventOf = new Map<string, string>();
  for (const group of byKey.values()) {
    const sorted = [...group].sort((a, b) => compare(a.period_start, b.period_start) || compare(a.fact_id, b.fact_id));
    for (const cluster of clustersOf(sorted)) {
      const id = stableId(`E${cluster.facts[0]!.kind[0]!.toUpperCase()}`, cluster.facts.map((f) => f.fact_id).sort());
      for (const fact of cluster.facts) eventOf.set(fact.fact_id, id);
    }
  }
  return eventOf;
}

/**
 * A person's merges and splits of events (events.csv, checked by normalize: `applied` ones name facts that exist),
 * in the order they were written: a merge makes the events of its facts one event, a split takes its facts out of
 * their events into one of their own. Event ids stay a hash of their facts' ids, so they are stable too.
 */
export function correctEvents(eventOf: Map<string, string>, facts: Fact[], corrections: AppliedCorrection[]): Map<string, string> {
  const result = new Map(eventOf);
  const kindOf = new Map(facts.map((f) => [f.fact_id, f.kind]));
  for (const c of corrections) {
    if (c.status !== 'applied' || (c.action !== 'merge_events' && c.action !== 'split_events')) continue;
    const named = c.fact_ids.filter((id) => result.has(id));
    if (!named.length) continue;
    const events = new Set(named.map((id) => result.get(id)));
    const members = c.action === 'split_events' ? named : [...result.keys()].filter((id) => events.has(result.get(id)));
    const id = stableId(`E${kindOf.get(named[0])![0].toUpperCase()}`, [...members].sort());
    for (const m of members) result.set(m, id);
  }
  return result;
}

/** True when best figures differ by more than 10% of the smallest. */
export function disagree(values: (number | null)[]): boolean {
  const nums = uniq(values.filter((v): v is number => v !== null));
  if (nums.length < 2) return false;
  return Math.max(...nums) > 1.1 * Math.min(...nums);
}
