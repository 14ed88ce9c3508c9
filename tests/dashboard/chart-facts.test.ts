/**
 * The chart part's facts (tables().chartFacts): only the facts a timeline row names, only the columns the rows'
 * provenance reads, and the rows' provenance the same as from every fact. Invented reports from Sudan and Mali.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { territoryRows } from '../../apps/dashboard/src/lib/server/rows.ts';
import { CHART_FACT_COLUMNS, tables } from '../../apps/dashboard/src/lib/server/tables.ts';
import { writeDataFolder } from './data-folder.ts';

const TEXT = 'The RSF took Wad Madani on Monday, residents said.\nThe army said it had retaken Wad Madani.\nIn Mali, 40 people fled Ber.';
const fact = (fact_id: string, sentence_index: number, kind: string, confidence: number) => {
  const lines = TEXT.split('\n');
  const char_start = lines.slice(0, sentence_index).reduce((n, l) => n + l.length + 1, 0);
  return { fact_id, article_id: 'sd', kind, category: 'captured', quote: lines[sentence_index], sentence_index, char_start, confidence, confidence_reasons: ['stated'] };
};
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'frontline-chart-facts-'));
  writeDataFolder(dir, {
    articles: [{ article_id: 'sd', title: 'Wad Madani', published: '2023-12-19' }],
    facts: [fact('sd:0:0', 0, 'territory', 0.8), fact('sd:1:0', 1, 'territory', 0.7), fact('sd:2:0', 2, 'displacement', 0.6)],
    territory: [{ date: '2023-12-18', category: 'captured', place: 'Wad Madani', fact_ids: ['sd:1:0', 'sd:0:0'], quote: TEXT.split('\n')[0], article_id: 'sd' }],
    texts: { sd: TEXT },
  });
  process.env.FRONTLINE_DATA_DIR = dir;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the chart facts', () => {
  it('holds the facts a timeline row names, with the provenance columns only', () => {
    const chart = tables().chartFacts;
    expect(chart.map((f) => f.fact_id).sort()).toEqual(['sd:0:0', 'sd:1:0']);
    for (const f of chart) expect(Object.keys(f).sort()).toEqual([...CHART_FACT_COLUMNS].sort());
    expect(tables().facts.map((f) => f.fact_id)).toEqual(['sd:0:0', 'sd:1:0', 'sd:2:0']);
  });

  it("gives a territory row its first report's sentence (the fact whose quote is the row's)", () => {
    const [row] = territoryRows();
    expect(row?.prov.fact_id).toBe('sd:0:0');
    expect(row?.prov.sentence_index).toBe(0);
    expect(row?.prov.title).toBe('Wad Madani');
  });
});
