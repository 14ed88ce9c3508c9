/**
 * The review queue (docs/data-contract.md, "Corrections"), shared by `frontline review` (terminal) and the dashboard's
 * Review page (static HTML): the facts with the lowest confidence not yet reviewed, the place names no pack resolved,
 * and the events whose sources disagree, each with ready-made rows for the corrections files. Rows are built here once
 * so the two can never disagree on columns; every cell goes through csvLine, which makes formula text inert.
 */
import type { Fact, UnresolvedPlace } from '@frontline/schema';
import { csvLine } from './csv.ts';

/** The columns of an events.csv row the queue needs. */
export interface ReviewEvent {
  event_id: string;
  kind: string;
  category: string;
  fact_ids: string[];
  count_best_values: string[];
  disagreement: boolean;
}

export interface ReviewQueue {
  facts: Fact[];
  places: { mention: string; facts: number; example: UnresolvedPlace }[];
  disagreements: { event: ReviewEvent; facts: Fact[] }[];
}

/** The correction files the queue writes rows for, with their header lines. */
export const CORRECTION_HEADERS = {
  'reject.csv': 'id,fact_key,who,when,why',
  'change.csv': 'id,fact_key,field,value,who,when,why',
  'places.csv': 'id,alias,place_id,who,when,why',
} as const;
export type CorrectionFile = keyof typeof CORRECTION_HEADERS;

/** One ready-made row: the file it belongs in and the CSV line (no header, no line end). */
export interface CorrectionLine {
  file: CorrectionFile;
  line: string;
}

/** Who, when and why of each row: a name and date, or placeholders the user replaces. */
export interface Signature {
  who: string;
  when: string;
  why: string;
}

/** The queue: lowest confidence first (then fact id), unresolved names by how many facts name them, disagreeing events. */
export function reviewQueue(facts: Fact[], unresolved: UnresolvedPlace[], events: ReviewEvent[], limit: number): ReviewQueue {
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

/** A reject.csv row and a change.csv row (count) for a fact. */
export function factCorrections(f: Fact, s: Signature): CorrectionLine[] {
  const figure = f.count_best === null ? '' : String(f.count_best);
  return [
    { file: 'reject.csv', line: csvLine([`r-${f.fact_key}`, f.fact_key, s.who, s.when, s.why]) },
    { file: 'change.csv', line: csvLine([`c-${f.fact_key}`, f.fact_key, 'count', figure, s.who, s.when, s.why]) },
  ];
}

/** The place id inside a candidate written `Name (admin, CC) [ID]`; PLACE_ID when there is none. */
export function candidateId(candidate: string | undefined): string {
  return /\[([^\]]+)\]/.exec(candidate ?? '')?.[1] ?? 'PLACE_ID';
}

/** A places.csv row making the unresolved name an alias of its nearest candidate. */
export function placeCorrection(p: ReviewQueue['places'][number], s: Signature): CorrectionLine {
  const id = `p-${p.mention.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  return { file: 'places.csv', line: csvLine([id, p.mention, candidateId(p.example.candidates[0]), s.who, s.when, s.why]) };
}
