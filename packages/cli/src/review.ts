/**
 * `frontline review`: the review queue in the terminal. From a run's published tables it lists the facts with the
 * lowest confidence (not yet reviewed), the place names no pack resolved, and the events whose sources disagree, each
 * with its sentence and ready-made correction lines to paste into the corrections folder (docs/data-contract.md).
 * The queue and its rows come from @frontline/io's review module (the dashboard's Review page shows the same).
 * Text from articles is printed inert: control characters (terminal escapes) become spaces.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EVENTS, FACTS, UNRESOLVED_PLACES, type Fact, type UnresolvedPlace } from '@frontline/schema';
import {
  CORRECTION_HEADERS,
  factCorrections,
  placeCorrection,
  readCsv,
  reviewQueue,
  type CorrectionLine,
  type ReviewEvent,
  type ReviewQueue,
  type Signature,
} from '@frontline/io';
import { COMMAND } from './command.ts';
import { UsageError } from './read-input.ts';
import { todayUtc } from '@frontline/ingest';

export interface ReviewOptions {
  out: string;
  limit: string;
  who?: string;
}

const inert = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
const clip = (s: string, n = 240) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const labelled = (c: CorrectionLine) => `  ${c.file}: ${c.line}`;

function factLines(f: Fact, s: Signature): string[] {
  return [`  "${clip(inert(f.quote))}"`, ...factCorrections(f, s).map(labelled)];
}

/** The queue as text, with the header line of each corrections file once. */
export function formatQueue(q: ReviewQueue, who: string, when: string): string {
  const s: Signature = { who, when, why: 'WHY' };
  const headers = Object.entries(CORRECTION_HEADERS).map(([file, header]) => `${file}: ${header}`);
  const lines = [
    `corrections files (header lines): ${headers.join(' | ')}`,
    '',
    `== lowest confidence (${q.facts.length})`,
  ];
  for (const f of q.facts) {
    lines.push(`${f.confidence.toFixed(2)} ${inert(f.fact_id)} ${f.kind}/${f.category} "${inert(f.count_phrase)}" [${f.confidence_reasons.join(', ')}]`, ...factLines(f, s));
  }
  lines.push('', `== unresolved places (${q.places.length})`);
  for (const p of q.places) {
    lines.push(
      `"${inert(p.mention)}" in ${p.facts} fact(s); nearest: ${inert(p.example.candidates.join('; ')) || '(none)'}`,
      `  "${clip(inert(p.example.quote))}"`,
      labelled(placeCorrection(p, s)),
    );
  }
  lines.push('', `== sources disagree (${q.disagreements.length})`);
  for (const d of q.disagreements) {
    lines.push(`${d.event.event_id} ${d.event.kind}/${d.event.category}: ${d.event.count_best_values.join(' vs ')}`);
    for (const f of d.facts) lines.push(` ${inert(f.fact_id)} "${inert(f.count_phrase)}" (${inert(f.reported_by.join(', ') || 'no reporter')})`, ...factLines(f, s));
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
  const events = existsSync(path('events.csv')) ? (readCsv(EVENTS, path('events.csv')) as unknown as ReviewEvent[]) : [];
  const reviewer = who ?? process.env.FRONTLINE_REVIEWER ?? 'WHO';
  process.stdout.write(formatQueue(reviewQueue(facts, unresolved, events, n), reviewer, todayUtc()));
}
