import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { candidateId, CORRECTION_HEADERS, factCorrections, placeCorrection, reviewQueue } from '@frontline/io';
import { formatQueue } from '../packages/cli/src/review.ts';
import { makeFact } from './fixtures/facts.ts';

const facts = [
  makeFact({ fact_id: 'a:1:0', fact_key: '0123456789abcdef', confidence: 0.4, confidence_reasons: ['hedged', 'no_reporter'], quote: 'Some 40 people reportedly died\u001b[31m there.', count_best: 40, count_phrase: 'Some 40' }),
  makeFact({ fact_id: 'a:2:0', fact_key: '1111111111111111', confidence: 0.9, confidence_reasons: ['date_coarse'] }),
  makeFact({ fact_id: 'a:3:0', fact_key: '2222222222222222', confidence: 0.2, reviewed: true, corrected_by: ['c1'] }),
];
const unresolved = [{ fact_id: 'a:1:0', article_id: 'a', mention: '=Tell Nowhere', quote: 'They fled =Tell Nowhere.', sentence_index: 1, reason: 'no gazetteer match', candidates: ['Tell Somewhere (Idlib, SY) [C1]'] }];
const events = [{ event_id: 'EC-1', kind: 'casualty', category: 'killed', fact_ids: ['a:1:0', 'a:2:0'], count_best_values: ['40', '10'], disagreement: true }];

describe('review queue', () => {
  const text = formatQueue(reviewQueue(facts, unresolved, events, 10), 'A. Analyst', '2026-11-30');

  it('lists unreviewed facts lowest confidence first, with reasons and the sentence', () => {
    const queue = reviewQueue(facts, unresolved, events, 10);
    expect(queue.facts.map((f) => f.fact_id)).toEqual(['a:1:0', 'a:2:0']);
    expect(text).toContain('0.40 a:1:0 casualty/killed "Some 40" [hedged, no_reporter]');
  });

  it('gives correction lines that parse as rows of the corrections files', () => {
    const line = (file: string) => text.split('\n').find((l) => l.includes(`${file}: `) && l.includes('0123456789abcdef'))!.split(`${file}: `)[1]!;
    expect(parse(line('reject.csv'))[0]).toEqual(['r-0123456789abcdef', '0123456789abcdef', 'A. Analyst', '2026-11-30', 'WHY']);
    expect(parse(line('change.csv'))[0]).toEqual(['c-0123456789abcdef', '0123456789abcdef', 'count', '40', 'A. Analyst', '2026-11-30', 'WHY']);
    const place = text.split('\n').find((l) => l.startsWith('  places.csv: '))!.split('places.csv: ')[1]!;
    expect(parse(place)[0]).toEqual(['p-tell-nowhere', "'=Tell Nowhere", 'C1', 'A. Analyst', '2026-11-30', 'WHY']);
  });

  it('prints article text inert: no terminal escape reaches the terminal', () => {
    expect(text).not.toContain('\u001b');
    expect(text).toContain('reportedly died [31m there.');
  });

  it('shows disagreeing events with each fact', () => {
    expect(text).toContain('EC-1 casualty/killed: 40 vs 10');
  });
});

describe('review rows (shared by the CLI and the dashboard)', () => {
  const s = { who: '+A. Analyst', when: 'WHEN', why: '=why' };

  it('builds one row per file with as many cells as its header, formula text made inert', () => {
    const rows = factCorrections(facts[0]!, s);
    expect(rows.map((r) => r.file)).toEqual(['reject.csv', 'change.csv']);
    for (const r of rows) expect(parse(r.line)[0]).toHaveLength(CORRECTION_HEADERS[r.file].split(',').length);
    expect(parse(rows[1]!.line)[0]).toEqual(['c-0123456789abcdef', '0123456789abcdef', 'count', '40', "'+A. Analyst", 'WHEN', "'=why"]);
  });

  it('leaves the value empty for a fact without a figure, and names PLACE_ID when no candidate has an id', () => {
    expect(parse(factCorrections({ ...facts[0]!, count_best: null }, s)[1]!.line)[0][3]).toBe('');
    expect(candidateId('Somewhere (Idlib, SY)')).toBe('PLACE_ID');
    expect(candidateId(undefined)).toBe('PLACE_ID');
    const place = placeCorrection({ mention: 'Tell  Ab', facts: 1, example: { ...unresolved[0]!, candidates: [] } }, s);
    expect(place.file).toBe('places.csv');
    expect(parse(place.line)[0].slice(0, 3)).toEqual(['p-tell-ab', 'Tell  Ab', 'PLACE_ID']);
  });
});
