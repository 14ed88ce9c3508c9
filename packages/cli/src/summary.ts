/**
 * The summary a run ends with, on stderr: what was read, what came from the article cache, what was rejected and
 * why, how many facts, and the time of each stage. Built in the worker from what the stages report, printed by the
 * main thread once the new set is in place.
 */
import type { CacheCounts } from './cache/store.ts';

export interface StageReport {
  stage: string;
  ms: number;
  /** The stage's stdout summary (`{ articles, rejected }`, `{ facts, failed }`, table row counts). */
  result: Record<string, unknown>;
  cache?: CacheCounts;
  /** CPU time of the whole process (every thread, pool workers included) while the stage ran. */
  cpuMs?: number;
  /** The process's peak resident memory so far, in bytes, when the stage ended: the stage that raised it owns the peak. */
  peakRss?: number;
}

export interface RunSummary {
  stages: StageReport[];
  /** Rejections of the set (ingest's and the later stages' failures), counted by kind of reason. */
  rejected: Record<string, number>;
  /** Why an earlier cache was not used ('' when it was, or when there was none). */
  cacheNote: string;
}

/**
 * The kind of a rejection reason, without what is particular to the file: "exact duplicate of a.txt" and
 * "unreadable (EACCES)" count as "exact duplicate" and "unreadable".
 */
export function reasonKind(reason: string): string {
  const cut = [' (', ': ', " '", ' of ', ' for ', ' at byte', ', ']
    .map((sep) => reason.indexOf(sep))
    .filter((i) => i > 0);
  return cut.length ? reason.slice(0, Math.min(...cut)) : reason;
}

export function countReasons(reasons: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const reason of reasons) counts[reasonKind(reason)] = (counts[reasonKind(reason)] ?? 0) + 1;
  return counts;
}

const number = (n: number) => n.toLocaleString('en-US');
export const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

/** The summary's lines, each starting `summary: ` so that a script can tell them from errors. */
export function summaryLines({ stages, rejected, cacheNote }: RunSummary): string[] {
  const lines: string[] = [];
  const ingest = stages.find((s) => s.stage === 'ingest');
  const rejectedTotal = Object.values(rejected).reduce((a, b) => a + b, 0);
  const kinds = Object.entries(rejected)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([kind, n]) => `${number(n)} ${kind}`)
    .join(', ');
  const factsStage = [...stages].reverse().find((s) => typeof s.result.facts === 'number');
  const read = ingest ? `${number(Number(ingest.result.articles))} articles read, ` : '';
  const facts = factsStage ? `; ${number(factsStage.result.facts as number)} facts` : '';
  lines.push(`${read}${number(rejectedTotal)} rejected${kinds ? ` (${kinds})` : ''}${facts}`);
  const cached = stages.filter((s) => s.cache);
  if (cached.length) {
    const unit = (s: StageReport) => (s.stage === 'ingest' ? 'files' : 'articles');
    const parts = cached.map((s) => `${s.stage} ${number(s.cache!.hits)} of ${number(s.cache!.hits + s.cache!.misses)} ${unit(s)}`);
    const dropped = cached.reduce((n, s) => n + s.cache!.dropped, 0);
    const note = [cacheNote && `the earlier cache was not used: ${cacheNote}`, dropped && `${number(dropped)} damaged entries computed again`].filter(Boolean);
    lines.push(`unchanged, from the cache: ${parts.join(', ')}${note.length ? `; ${note.join('; ')}` : ''}`);
  }
  const outOfHeap = stages.filter((s) => Number(s.result.workers_out_of_heap) > 0);
  if (outOfHeap.length) lines.push(outOfHeapLine(outOfHeap));
  const total = stages.reduce((ms, s) => ms + s.ms, 0);
  lines.push(`time: ${stages.map((s) => `${s.stage} ${seconds(s.ms)}`).join(', ')}; total ${seconds(total)}`);
  if (stages.every((s) => s.cpuMs !== undefined && s.peakRss !== undefined)) lines.push(resourceLine(stages));
  return lines.map((line) => `summary: ${line}`);
}

/** Pool workers that ran out of heap: the run's output is whole, but slower, and a person can raise the limit. */
function outOfHeapLine(stages: StageReport[]): string {
  const counts = stages.map((s) => `${s.stage} ${number(Number(s.result.workers_out_of_heap))}`).join(', ');
  return `pool workers out of heap: ${counts}; their articles were computed in the stage's thread (FRONTLINE_WORKER_HEAP_MB raises the limit)`;
}

/** CPU time per stage (what a shared machine inflates far less than wall time) and the peak memory after each. */
function resourceLine(stages: StageReport[]): string {
  const cpu = stages.reduce((ms, s) => ms + s.cpuMs!, 0);
  const megabytes = (bytes: number) => `${number(Math.round(bytes / 2 ** 20))} MB`;
  return `CPU: ${stages.map((s) => `${s.stage} ${seconds(s.cpuMs!)}`).join(', ')}; total ${seconds(cpu)}; peak memory after ${stages.map((s) => `${s.stage} ${megabytes(s.peakRss!)}`).join(', ')}`;
}
