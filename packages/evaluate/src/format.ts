import type { EvalReport, Ratio, Scores } from './score.ts';

const pct = (r: Ratio) => (r.value === null ? 'n/a' : `${(100 * r.value).toFixed(1)}% (${r.correct}/${r.total})`);
const short = (r: Ratio) => (r.value === null ? '—' : r.value.toFixed(2));

const COLUMNS: [string, (s: Scores) => string][] = [
  ['gold', (s) => String(s.gold)],
  ['req', (s) => String(s.gold_required)],
  ['facts', (s) => String(s.facts)],
  ['recall_req', (s) => short(s.recall_required)],
  ['recall_all', (s) => short(s.recall_all)],
  ['precision', (s) => short(s.precision)],
  ['date', (s) => short(s.period_end_accuracy)],
  ['reporter', (s) => short(s.reported_by_accuracy)],
  ['admin1', (s) => short(s.admin1_accuracy)],
  ['actor', (s) => short(s.actor_accuracy)],
];

/** A fixed-width table of scores, one row per slice (kind, genre or article). */
export function scoresTable(title: string, slices: Record<string, Scores>): string[] {
  const names = Object.keys(slices);
  if (!names.length) return [];
  const width = Math.max(title.length, ...names.map((n) => n.length));
  const header = [title.padEnd(width), ...COLUMNS.map(([c]) => c.padStart(10))].join(' ');
  const rows = names.map((n) => [n.padEnd(width), ...COLUMNS.map(([, f]) => f(slices[n]).padStart(10))].join(' '));
  return ['', header, ...rows];
}

function section(title: string, items: string[]): string[] {
  return items.length ? ['', `${title} (${items.length}):`, ...items.map((i) => `  ${i}`)] : [];
}

/** The report as text for a terminal: headline figures, tables by kind, genre and article, then what went wrong. */
export function formatReport(report: EvalReport, options: { details?: boolean } = {}): string {
  const lines = [
    `facts ${report.facts}, gold ${report.gold} (${report.gold_required} required)`,
    `recall (required)   ${pct(report.recall_required)}`,
    `recall (all)        ${pct(report.recall_all)}`,
    `precision           ${pct(report.precision)}`,
    `duplicates          ${report.duplicates}`,
    `period_end accuracy ${pct(report.period_end_accuracy)}`,
    `reported_by accuracy ${pct(report.reported_by_accuracy)}`,
    `admin1 accuracy     ${pct(report.admin1_accuracy)}`,
    `actor accuracy      ${pct(report.actor_accuracy)}`,
  ];
  lines.push(`precision by confidence ${Object.entries(report.by_confidence ?? {}).map(([band, r]) => `${band}: ${pct(r)}`).join(', ')}`);
  if (report.out_of_scope) lines.push(`(${report.out_of_scope} facts of articles outside the gold set not scored)`);
  lines.push(...scoresTable('kind', report.by_kind));
  if (Object.keys(report.by_genre).some((g) => g !== 'unknown')) lines.push(...scoresTable('genre', report.by_genre));
  lines.push(...scoresTable('article', report.by_article));
  if (options.details !== false) lines.push(...detailLines(report));
  return lines.join('\n') + '\n';
}

function detailLines(report: EvalReport): string[] {
  return [
    ...section('misses', report.misses.map((m) => `${m.id}${m.required ? ' [required]' : ''}: ${m.quote}`)),
    ...section(
      'false positives',
      report.false_positives.map((f) => `${f.fact_id} ${f.kind}/${f.category} "${f.count_phrase}": ${f.quote.slice(0, 160)}`),
    ),
    ...section('wrong period_end', report.wrong_dates.map((d) => `${d.id}: expected ${d.expected}, got ${d.got || '(none)'}`)),
    ...section(
      'wrong reported_by',
      report.wrong_reporters.map((d) => `${d.id}: expected ${d.expected.join(' | ')}, got ${d.got.join('; ') || '(none)'}`),
    ),
    ...section(
      'wrong admin1',
      report.wrong_admin1.map((d) => `${d.id}: expected ${d.expected.join(' | ')}, got ${d.got.join('; ') || '(none)'}`),
    ),
    ...section('wrong actor', report.wrong_actors.map((d) => `${d.id}: expected ${d.expected}, got ${d.got || '(none)'}`)),
  ];
}
