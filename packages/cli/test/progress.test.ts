import { describe, expect, it } from 'vitest';
import { duration, progress } from '../src/progress.ts';
import { countReasons, reasonKind, summaryLines } from '../src/summary.ts';

/** A progress bar on a clock the test moves: each tick takes `msPerTick`. */
function drive(tty: boolean, total: number, msPerTick: number, quiet = false) {
  let t = 0;
  const written: string[] = [];
  const bar = progress('extract', total, 'articles', { tty, quiet, now: () => t, write: (s) => written.push(s) });
  for (let i = 0; i < total; i++) {
    t += msPerTick;
    bar.tick();
  }
  bar.end(`${total} of ${total} articles`);
  return written;
}

describe('progress on stderr', () => {
  it('outside a terminal: a plain line every ten seconds once a stage runs that long, with rate and time left', () => {
    expect(drive(false, 50, 100)).toEqual([]); // a five-second stage says nothing
    const lines = drive(false, 1000, 100); // 100 s
    expect(lines).toHaveLength(10); // at 10 s, 20 s ... 100 s
    expect(lines[0]).toBe('extract: 100/1,000 articles (10%), 10 a second, about 1m 30s left\n');
    expect(lines.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true);
  });

  it('at a terminal: one line redrawn in place, then the stage summary', () => {
    const written = drive(true, 1000, 50);
    expect(written[0]).toMatch(/^\r\x1b\[Kextract: 2\/1,000 articles \(0%\), 20 a second, about 50s left$/);
    expect(written.at(-2)).toBe('\r\x1b[K');
    expect(written.at(-1)).toBe('extract: 1000 of 1000 articles\n');
  });

  it('prints nothing with --quiet', () => {
    expect(drive(true, 1000, 100, true)).toEqual([]);
    expect(drive(false, 1000, 100, true)).toEqual([]);
  });

  it('writes durations for people', () => {
    expect([duration(42_000), duration(185_000), duration(3_720_000)]).toEqual(['42s', '3m 05s', '1h 02m']);
  });
});

describe('the summary a run ends with', () => {
  it('counts rejections by kind, without what is particular to a file', () => {
    expect(reasonKind('exact duplicate of a/b.txt')).toBe('exact duplicate');
    expect(reasonKind('unreadable (EACCES)')).toBe('unreadable');
    expect(reasonKind("duplicate article id 'x' (also y.txt)")).toBe('duplicate article id');
    expect(reasonKind('hidden')).toBe('hidden');
    expect(countReasons(['empty file', 'exact duplicate of a.txt', 'exact duplicate of b.txt'])).toEqual({ 'empty file': 1, 'exact duplicate': 2 });
  });

  it('says what was read, what came from the cache, what was rejected, the facts and the time of each stage', () => {
    const cache = (hits: number, misses: number, dropped = 0) => ({ hits, misses, dropped });
    const lines = summaryLines({
      stages: [
        { stage: 'ingest', ms: 1200, result: { articles: 1020, rejected: 3 }, cache: cache(1000, 23) },
        { stage: 'extract', ms: 800, result: { facts: 5000, failed: 0 }, cache: cache(1000, 20) },
        { stage: 'normalize', ms: 12_345, result: { facts: 5001, failed: 0 }, cache: cache(999, 21, 1) },
        { stage: 'aggregate', ms: 2000, result: { facts: 5001 } },
      ],
      rejected: { 'exact duplicate': 2, 'empty file': 1 },
      cacheNote: '',
    });
    expect(lines).toEqual([
      'summary: 1,020 articles read, 3 rejected (2 exact duplicate, 1 empty file); 5,001 facts',
      'summary: unchanged, from the cache: ingest 1,000 of 1,023 files, extract 1,000 of 1,020 articles, normalize 999 of 1,020 articles; 1 damaged entries computed again',
      'summary: time: ingest 1.20 s, extract 0.80 s, normalize 12.3 s, aggregate 2.00 s; total 16.3 s',
    ]);
  });

  it('says which stages lost pool workers for want of heap, and how many', () => {
    const lines = summaryLines({
      stages: [
        { stage: 'extract', ms: 800, result: { facts: 50, failed: 0, workers_out_of_heap: 2 } },
        { stage: 'normalize', ms: 900, result: { facts: 50, failed: 0 } },
      ],
      rejected: {},
      cacheNote: '',
    });
    expect(lines).toContain(
      "summary: pool workers out of heap: extract 2; their articles were computed in the stage's thread (FRONTLINE_WORKER_HEAP_MB raises the limit)",
    );
    expect(summaryLines({ stages: [{ stage: 'extract', ms: 1, result: { facts: 1 } }], rejected: {}, cacheNote: '' }).join('\n')).not.toContain('heap');
  });

  it('adds the CPU time and the peak memory after each stage when the run measured them', () => {
    const stage = (name: string, ms: number, cpuMs: number, mb: number) => ({ stage: name, ms, result: {}, cpuMs, peakRss: mb * 2 ** 20 });
    const lines = summaryLines({
      stages: [stage('ingest', 1500, 900, 210), stage('extract', 4000, 3100, 480), stage('normalize', 2000, 1800, 480), stage('aggregate', 3000, 2500, 1530)],
      rejected: {},
      cacheNote: '',
    });
    expect(lines.at(-1)).toBe(
      'summary: CPU: ingest 0.90 s, extract 3.10 s, normalize 1.80 s, aggregate 2.50 s; total 8.30 s; peak memory after ingest 210 MB, extract 480 MB, normalize 480 MB, aggregate 1,530 MB',
    );
  });
});
