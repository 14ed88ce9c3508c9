/**
 * Agreement with other sources, the one confidence signal that needs other articles: within one event, a fact
 * another article confirms (a figure in this one's range, or the same capture) is `corroborated`; one whose figure
 * every other article contradicts (no overlap of ranges) `disagrees`. A running total repeated by the same reporter
 * is not a second source: only facts of other articles with another reporter count.
 *
 * An event can hold thousands of facts (a capture every copy of a wire story reports), so a fact is not compared
 * with every other: the event's facts are grouped by their set of reporters (few per event), and each group answers
 * "is there a fact of another article" and "is there one whose range meets mine" from an index.
 */
import type { Fact } from '@frontline/schema';
import { scoreConfidence } from '@frontline/normalize';
import type { Linked } from './events.ts';
import { groupBy } from './util.ts';
import { RangeIndex, TwoArticles } from './range-index.ts';

/** The facts of one event that share one set of reporters. */
interface ReporterGroup {
  reporters: string[];
  articles: TwoArticles;
  /** Facts with no count: they meet any range. */
  uncounted: TwoArticles;
  counted: RangeIndex;
}

const reporterKey = (f: Fact) => [...new Set(f.reported_by)].sort().join('\u0000');

function groupOf(facts: Fact[]): ReporterGroup {
  const group: ReporterGroup = { reporters: facts[0]!.reported_by, articles: new TwoArticles(), uncounted: new TwoArticles(), counted: new RangeIndex() };
  for (const f of facts) {
    group.articles.add(f.article_id);
    if (f.count_low === null) group.uncounted.add(f.article_id);
    else group.counted.add(f.count_low, f.count_high ?? f.count_low, f.article_id);
  }
  group.counted.seal();
  return group;
}

/** Whether facts of `group` are another source for a fact with these reporters (articles aside). */
const otherReporters = (mine: string[], group: ReporterGroup) =>
  mine.length === 0 || group.reporters.length === 0 || !mine.some((r) => group.reporters.includes(r));

/** 'corroborated', 'disagrees', or '' when no other source speaks of the event. */
function agreementOf(f: Fact, groups: ReporterGroup[]): string {
  const others = groups.filter((g) => otherReporters(f.reported_by, g) && g.articles.hasOtherThan(f.article_id));
  if (!others.length) return '';
  const meets = (g: ReporterGroup) =>
    f.count_low === null || g.uncounted.hasOtherThan(f.article_id) || g.counted.meets(f.count_low, f.count_high ?? f.count_low, f.article_id);
  return others.some(meets) ? 'corroborated' : 'disagrees';
}

/**
 * The facts with `corroborated` or `disagrees` added to their reasons and their confidence scored again, in place
 * (as withEvents links them): the groups are built before any fact changes, and read no field that changes.
 */
export function withAgreement<T extends Linked>(facts: T[]): T[] {
  const groupsOf = new Map<string, ReporterGroup[]>();
  for (const [event, members] of groupBy(facts, (f) => f.event_id)) groupsOf.set(event, [...groupBy(members, reporterKey).values()].map(groupOf));
  for (const f of facts) {
    const code = agreementOf(f, groupsOf.get(f.event_id)!);
    if (!code) continue;
    f.confidence_reasons = [...f.confidence_reasons, code];
    f.confidence = scoreConfidence(f.confidence_reasons);
  }
  return facts;
}
