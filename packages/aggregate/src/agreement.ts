/**
 * Agreement with other sources, the one confidence signal that needs other articles: within one event, a fact
 * another article confirms (a figure in this one's range, or the same capture) is `corroborated`; one whose figure
 * every other article contradicts (no overlap of ranges) `disagrees`. A running total repeated by the same reporter
 * is not a second source: only facts of other articles with another reporter count.
 */
import type { Fact } from '@frontline/schema';
import { scoreConfidence } from '@frontline/normalize';
import { groupBy } from './util.ts';

type Linked = Fact & { event_id: string };

const overlap = (a: Fact, b: Fact) =>
  a.count_low === null || b.count_low === null || ((b.count_low ?? 0) <= (a.count_high ?? a.count_low) && (a.count_low ?? 0) <= (b.count_high ?? b.count_low));

const otherSource = (a: Fact, b: Fact) =>
  a.article_id !== b.article_id && (a.reported_by.length === 0 || b.reported_by.length === 0 || !a.reported_by.some((r) => b.reported_by.includes(r)));

/** The facts with `corroborated` or `disagrees` added to their reasons and their confidence scored again. */
export function withAgreement<T extends Linked>(facts: T[]): T[] {
  const byEvent = groupBy(facts, (f) => f.event_id);
  return facts.map((f) => {
    const others = byEvent.get(f.event_id)!.filter((o) => otherSource(f, o));
    if (!others.length) return f;
    const code = others.some((o) => overlap(f, o)) ? 'corroborated' : 'disagrees';
    const reasons = [...f.confidence_reasons, code];
    return { ...f, confidence_reasons: reasons, confidence: scoreConfidence(reasons) };
  });
}
