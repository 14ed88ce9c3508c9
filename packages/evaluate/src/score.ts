import type { Fact } from '@frontline/schema';
import type { GoldFact } from './gold.ts';
import { admin1Key, reporterKey } from './keys.ts';
import { assign, matches } from './match.ts';

export interface Ratio {
  correct: number;
  total: number;
  value: number | null;
}

export interface EvalReport {
  facts: number;
  gold: number;
  gold_required: number;
  recall_required: Ratio;
  recall_all: Ratio;
  precision: Ratio;
  duplicates: number;
  period_end_accuracy: Ratio;
  reported_by_accuracy: Ratio;
  admin1_accuracy: Ratio;
  misses: { id: string; required: boolean; quote: string }[];
  false_positives: { fact_id: string; kind: string; category: string; count_phrase: string; quote: string }[];
  wrong_dates: { id: string; expected: string; got: string }[];
  wrong_reporters: { id: string; expected: string[]; got: string[] }[];
}

const ratio = (correct: number, total: number): Ratio => ({ correct, total, value: total ? correct / total : null });
const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** Scores extracted facts against gold facts: recall, precision, duplicates and field accuracies. */
export function scoreFacts(facts: Fact[], golds: GoldFact[]): EvalReport {
  const goldToFact = assign(facts, golds);
  const matchesAny = facts.map((fact) => golds.some((gold) => matches(fact, gold)));
  const assignedFacts = new Set(goldToFact.values());
  const pairs = [...goldToFact].map(([g, f]) => ({ gold: golds[g], fact: facts[f] }));
  const required = golds.filter((g) => g.required);

  const dated = pairs.filter((p) => p.gold.period);
  const wrongDates = dated.filter(
    (p) => !p.fact.period_end || days(p.fact.period_end, p.gold.period![1]) > (p.gold.date_tolerance_days ?? 1),
  );
  const attributed = pairs.filter((p) => p.gold.reported_by?.length);
  const wrongReporters = attributed.filter((p) => {
    const expected = new Set(p.gold.reported_by!.map(reporterKey));
    return !p.fact.reported_by.some((r) => expected.has(reporterKey(r)));
  });
  const located = pairs.filter((p) => p.gold.admin1?.length);
  const admin1Right = located.filter((p) => p.fact.admin1.some((a) => p.gold.admin1!.map(admin1Key).includes(admin1Key(a))));

  return {
    facts: facts.length,
    gold: golds.length,
    gold_required: required.length,
    recall_required: ratio(required.filter((g) => goldToFact.has(golds.indexOf(g))).length, required.length),
    recall_all: ratio(goldToFact.size, golds.length),
    precision: ratio(matchesAny.filter(Boolean).length, facts.length),
    duplicates: facts.filter((_, f) => matchesAny[f] && !assignedFacts.has(f)).length,
    period_end_accuracy: ratio(dated.length - wrongDates.length, dated.length),
    reported_by_accuracy: ratio(attributed.length - wrongReporters.length, attributed.length),
    admin1_accuracy: ratio(admin1Right.length, located.length),
    misses: golds
      .filter((_, g) => !goldToFact.has(g))
      .map((g) => ({ id: g.id, required: g.required, quote: g.quote })),
    false_positives: facts
      .filter((_, f) => !matchesAny[f])
      .map((f) => ({ fact_id: f.fact_id, kind: f.kind, category: f.category, count_phrase: f.count_phrase, quote: f.quote })),
    wrong_dates: wrongDates.map((p) => ({ id: p.gold.id, expected: p.gold.period![1], got: p.fact.period_end })),
    wrong_reporters: wrongReporters.map((p) => ({ id: p.gold.id, expected: p.gold.reported_by!, got: p.fact.reported_by })),
  };
}

const pct = (r: Ratio) => (r.value === null ? 'n/a' : `${(100 * r.value).toFixed(1)}% (${r.correct}/${r.total})`);

/** The report as text for a terminal. */
export function formatReport(report: EvalReport): string {
  const lines = [
    `facts ${report.facts}, gold ${report.gold} (${report.gold_required} required)`,
    `recall (required)   ${pct(report.recall_required)}`,
    `recall (all)        ${pct(report.recall_all)}`,
    `precision           ${pct(report.precision)}`,
    `duplicates          ${report.duplicates}`,
    `period_end accuracy ${pct(report.period_end_accuracy)}`,
    `reported_by accuracy ${pct(report.reported_by_accuracy)}`,
    `admin1 accuracy     ${pct(report.admin1_accuracy)}`,
  ];
  const section = (title: string, items: string[]) => (items.length ? [``, `${title} (${items.length}):`, ...items.map((i) => `  ${i}`)] : []);
  lines.push(...section('misses', report.misses.map((m) => `${m.id}${m.required ? ' [required]' : ''}: ${m.quote}`)));
  lines.push(...section('false positives', report.false_positives.map((f) => `${f.fact_id} ${f.kind}/${f.category} "${f.count_phrase}": ${f.quote.slice(0, 140)}`)));
  lines.push(...section('wrong period_end', report.wrong_dates.map((d) => `${d.id}: expected ${d.expected}, got ${d.got || '(none)'}`)));
  lines.push(...section('wrong reported_by', report.wrong_reporters.map((d) => `${d.id}: expected ${d.expected.join(' | ')}, got ${d.got.join('; ') || '(none)'}`)));
  return lines.join('\n') + '\n';
}
