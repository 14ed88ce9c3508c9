/**
 * `frontline review`: the review queue in the terminal. From a run's published tables it lists the facts with the
 * lowest confidence (not yet reviewed), the place names no pack resolved, and the events whose sources disagree, each
 * with its sentence and ready-made correction lines to paste into the corrections folder (docs/data-contract.md).
 * Text from articles is printed inert: control characters (terminal escapes) become spaces.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EVENTS, FACTS, UNRESOLVED_PLACES, type Fact, type UnresolvedPlace } from '@frontline/schema';
import { csvLine, readCsv } from '@frontline/io';
import { COMMAND } from './command.ts';
import { UsageError } from './read-input.ts';
import { todayUtc } from '@frontline/ingest';

export interface ReviewOptions {
  out: string;
  limit: string;
  who?: string;
}

interface EventRow {
  event_id: string;
  kind: string;
  category: string;
  fact_ids: string[];
  count_best_values: string[];
  disagreement: boolean;
}

const inert = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
const clip = (s: string, n = 240) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export interface ReviewQueue {
  facts: Fact[];
  places: { mention: string; facts: number; example: UnresolvedPlace }[];
  disagreements: { event: EventRow; facts: Fact[] }[];
}

/** The queue: lowest confidence first (then fact id), unresolved names by how many facts name them, disagreeing events. */
export function reviewQueue(facts: Fact[], unresolved: UnresolvedPlace[], events: EventRow[], limit: number): ReviewQueue {
  const open = facts.filter((f) => !f.reviewed);
  const lowest = [...open].sort((a, b) => a.confidence - b.confidence || (a.fact_id < b.fact_id ? -1 : 1)).slice(0, limit);
  const byMention = new Map<string, UnresolvedPlace[]>();
  for (const u of unresolved) byMention.get(u.mention)?.push(u) ?? byMention.set(u.mention, [u]);
  const places = [...byMention.entries()]
    .map(([mention, us]) => ({ mention, facts: new Set(us.map((u) => u.fact_id)).size, example: us[0]! }))
    .sort((a, b) => b.facts - a.facts || (a.mention < b.mention ? -1 : 1))
    .slice(0, limit);
  const byId = new Map(open.map((f) => [f.fact_id, f]));
  const disagreements = events
    .filter((e) => e.disagreement)
    .map((e) => ({ event: e, facts: e.fact_ids.map((id) => byId.get(id)).filter((f): f is Fact => f !== undefined) }))
    .filter((d) => d.facts.length > 0)
    .slice(0, limit);
  return { facts: lowest, places, disagreements };
}

function factLines(f: Fact, who: string, when: string): string[] {
  const figure = f.count_best === null ? '' : String(f.count_best);
  return [
    `  "${clip(inert(f.quote))}"`,
    `  reject.csv: ${csvLine([`r-${f.fact_key}`, f.fact_key, who, when, 'WHY'])}`,
    `  change.csv: ${csvLine([`c-${f.fact_key}`, f.fact_key, 'count', figure, who, when, 'WHY'])}`,
  ];
}

/** The queue as text, with the header line of each corrections file once. */
export function formatQueue(q: ReviewQueue, who: string, when: string): string {
  const lines = [
    'corrections files (header lines): reject.csv: id,fact_key,who,when,why | change.csv: id,fact_key,field,value,who,when,why | places.csv: id,alias,place_id,who,when,why',
    '',
    `== lowest confidence (${q.facts.length})`,
  ];
  for (const f of q.facts) {
    lines.push(`${f.confidence.toFixed(2)} ${inert(f.fact_id)} ${f.kind}/${f.category} "${inert(f.count_phrase)}" [${f.confidence_reasons.join(', ')}]`, ...factLines(f, who, when));
  }
  lines.push('', `== unresolved places (${q.places.length})`);
  for (const p of q.places) {
    const first = /\[([^\]]+)\]/.exec(p.example.candidates[0] ?? '')?.[1] ?? 'PLACE_ID';
    lines.push(
      `"${inert(p.mention)}" in ${p.facts} fact(s); nearest: ${inert(p.example.candidates.join('; ')) || '(none)'}`,
      `  "${clip(inert(p.example.quote))}"`,
      `  places.csv: ${csvLine([`p-${p.mention.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`, p.mention, first, who, when, 'WHY'])}`,
    );
  }
  lines.push('', `== sources disagree (${q.disagreements.length})`);
  for (const d of q.disagreements) {
    lines.push(`${d.event.event_id} ${d.event.kind}/${d.event.category}: ${d.event.count_best_values.join(' vs ')}`);
    for (const f of d.facts) lines.push(` ${inert(f.fact_id)} "${inert(f.count_phrase)}" (${inert(f.reported_by.join(', ') || 'no reporter')})`, ...factLines(f, who, when));
  }
  return lines.join('\n') + '\n';
}

export function runReview({ out, limit, who }: ReviewOptions): void {
  const path = (file: string) => join(out, file);
  if (!existsSync(path('facts.csv'))) throw new UsageError(`review: ${path('facts.csv')} not found; run \`${COMMAND} all\` with the same --out first`);
  const n = Number(limit);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`review: --limit ${limit}: expected a whole number >= 1`);
  const facts = readCsv(FACTS, path('facts.csv')) as unknown as Fact[];
  const unresolved = existsSync(path('unresolved_places.csv')) ? (readCsv(UNRESOLVED_PLACES, path('unresolved_places.csv')) as unknown as UnresolvedPlace[]) : [];
  const events = existsSync(path('events.csv')) ? (readCsv(EVENTS, path('events.csv')) as unknown as EventRow[]) : [];
  const reviewer = who ?? process.env.FRONTLINE_REVIEWER ?? 'WHO';
  process.stdout.write(formatQueue(reviewQueue(facts, unresolved, events, n), reviewer, todayUtc()));
}
