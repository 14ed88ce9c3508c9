/**
 * Reconciliation end to end: invented articles that repeat, contradict and update each other go through the whole
 * pipeline, and the published tables must show one event per real-world thing, disagreements side by side, and
 * running totals as series that nothing adds up. Then the same properties on the seed articles.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASUALTIES_TIMELINE, DISPLACEMENT_TIMELINE, EVENTS, PLACE_MENTIONS, TERRITORY_TIMELINE, UNRESOLVED_PLACES } from '@frontline/schema';
import { readCsv, type Row } from '@frontline/io';
import { besidesSummary, pipeline } from './cli.ts';

const article = (published: string, body: string) => `---\npublished: ${published}\noutlet: Invented Wire\n---\nInvented report\n\n${body}\n`;

const INVENTED = {
  'a1.txt': article(
    '2018-02-01',
    [
      'Government forces captured the villages of Tell Sultan and Ghadqa on Wednesday, the Syrian army said.',
      'At least 12 civilians were killed in an airstrike on Saraqib on Tuesday, the White Helmets said.',
      'The Syrian Observatory for Human Rights said 150 civilians have been killed since January 20.',
    ].join('\n\n'),
  ),
  'a2.txt': article(
    '2018-02-02',
    [
      'Syrian troops seized Tell Sultan and Ghadqa on Wednesday, SANA reported.',
      'An airstrike on Saraqib on Tuesday killed 17 civilians, according to the Syrian Observatory for Human Rights.',
    ].join('\n\n'),
  ),
  'a3.txt': article(
    '2018-02-08',
    'The Syrian Observatory for Human Rights said on Thursday that 210 civilians have been killed since January 20.',
  ),
};

function run(input: string) {
  const out = mkdtempSync(join(tmpdir(), 'frontline-reconcile-out-'));
  const result = pipeline('all', '--input', input, '--out', out);
  expect(besidesSummary(result.stderr)).toBe('');
  expect(result.status).toBe(0);
  return out;
}

const list = (row: Row, column: string) => row[column] as string[];

describe('invented articles that repeat, contradict and update each other', () => {
  let out: string;
  beforeAll(() => {
    const input = mkdtempSync(join(tmpdir(), 'frontline-reconcile-in-'));
    for (const [name, text] of Object.entries(INVENTED)) writeFileSync(join(input, name), text);
    out = run(input);
  });

  it('makes one event of a capture two outlets report', () => {
    const captures = readCsv(EVENTS, join(out, 'events.csv')).filter((e) => e.kind === 'territory');
    expect(captures).toHaveLength(1);
    expect(captures[0]).toMatchObject({ category: 'captured', actor: 'government', n_sources: 2 });
    expect(list(captures[0], 'article_ids').sort()).toEqual(['a1', 'a2']);
    const rows = readCsv(TERRITORY_TIMELINE, join(out, 'territory_timeline.csv')).filter((r) => r.place);
    expect(rows).toHaveLength(2); // Tell Sultan and Ghadqa, each once, each with both sources
    for (const row of rows) expect(row).toMatchObject({ date: '2018-01-31', n_sources: 2 });
  });

  it('shows the two tolls of one airstrike side by side as a disagreement', () => {
    const strike = readCsv(EVENTS, join(out, 'events.csv')).filter((e) => e.kind === 'casualty' && !e.cumulative);
    expect(strike).toHaveLength(1);
    expect(strike[0]).toMatchObject({ count_low: 12, n_sources: 2, disagreement: true });
    expect(list(strike[0], 'count_best_values')).toEqual(['12', '17']);
  });

  it('keeps the running total as one series (150, then 210), never added to itself or to the airstrike', () => {
    const timeline = readCsv(CASUALTIES_TIMELINE, join(out, 'casualties_timeline.csv'));
    const series = timeline.filter((r) => r.series_kind === 'running_total');
    expect(series.map((r) => r.persons_best)).toEqual([150, 210]);
    expect(new Set(series.map((r) => r.series_id)).size).toBe(1);
    const incidents = timeline.filter((r) => r.series_kind === 'incident');
    expect(incidents.every((r) => r.covered_by_series === series[0].series_id)).toBe(true);
    const figures = timeline.map((r) => r.persons_best);
    for (const sum of [360, 150 + 12, 210 + 17, 12 + 17]) expect(figures).not.toContain(sum);
  });
});

describe('the seed articles', () => {
  let out: string;
  beforeAll(() => {
    out = run('seeds');
  });

  it('reconcile the capture of three villages reported by two articles into one event', () => {
    const events = readCsv(EVENTS, join(out, 'events.csv'));
    const capture = events.filter((e) => e.kind === 'territory' && list(e, 'article_ids').length === 2 && list(e, 'places').length >= 2);
    expect(capture).toHaveLength(1);
    expect(capture[0]).toMatchObject({ n_sources: 2, actor: 'government' });
  });

  it('keep the civilian toll of one monitor as a series, 43 then 96, and no chart table adds them', () => {
    const timeline = readCsv(CASUALTIES_TIMELINE, join(out, 'casualties_timeline.csv'));
    const civilians = timeline.filter((r) => r.series_kind === 'running_total' && r.group === 'civilians' && list(r, 'reported_by').length);
    expect(civilians.map((r) => r.persons_best)).toEqual([43, 96]);
    expect(new Set(civilians.map((r) => r.series_id)).size).toBe(1);
    for (const file of ['casualties_timeline.csv', 'displacement_timeline.csv']) {
      const schema = file.startsWith('casualties') ? CASUALTIES_TIMELINE : DISPLACEMENT_TIMELINE;
      expect(readCsv(schema, join(out, file)).map((r) => r.persons_best)).not.toContain(139);
    }
  });

  it('resolve every place mention with coordinates, or list it as unresolved with its sentence', () => {
    const mentions = readCsv(PLACE_MENTIONS, join(out, 'place_mentions.csv'));
    const unresolved = readCsv(UNRESOLVED_PLACES, join(out, 'unresolved_places.csv'));
    expect(mentions.length).toBeGreaterThan(20);
    for (const m of mentions) {
      if (m.resolved) {
        expect(m.latitude, String(m.mention)).not.toBeNull();
        expect(['point', 'near', 'district', 'governorate', 'country']).toContain(m.precision);
      } else {
        expect(unresolved.some((u) => u.fact_id === m.fact_id && u.mention === m.mention && String(u.quote).length > 0)).toBe(true);
      }
    }
    expect(unresolved.length).toBe(mentions.filter((m) => !m.resolved).length);
  });

  it('resolve the airbase spelled three ways in three articles to one place', () => {
    const mentions = readCsv(PLACE_MENTIONS, join(out, 'place_mentions.csv'));
    const airbase = mentions.filter((m) => /^Abu\b/.test(String(m.mention)) && String(m.place).includes('airbase'));
    expect(new Set(airbase.map((m) => m.mention)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(airbase.map((m) => m.place_id)).size).toBe(1);
  });
});
