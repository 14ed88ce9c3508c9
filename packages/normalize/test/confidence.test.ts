import { describe, expect, it } from 'vitest';
import { loadGazetteer, normalizeArticle, scoreConfidence, CONFIDENCE_WEIGHTS } from '../src/index.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();
const art = article({ published: '2019-03-08' });
const one = (extra: Parameters<typeof fact>[0]) => normalizeArticle([fact(extra)], art, gz).facts[0]!;

describe('confidence', () => {
  it('is 1 minus the weights of its reasons, never below 0.05, and corroboration raises it', () => {
    expect(scoreConfidence([])).toBe(1);
    expect(scoreConfidence(['hedged', 'no_reporter'])).toBe(Math.round((1 - CONFIDENCE_WEIGHTS.get('hedged')! - CONFIDENCE_WEIGHTS.get('no_reporter')!) * 100) / 100);
    expect(scoreConfidence([...CONFIDENCE_WEIGHTS.keys()].filter((k) => k !== 'corroborated'))).toBe(0.05);
    expect(scoreConfidence(['no_reporter', 'corroborated'])).toBeGreaterThan(scoreConfidence(['no_reporter']));
  });

  const quote = 'Shelling killed 12 people in Ariha on Monday, the Civil Defense said.';
  const stated = { quote, char_end: quote.length, figure_start: 16, figure_end: 18, cue_start: 9, cue_end: 15, place_mentions: [mention('Ariha')], time_phrase: 'on Monday', reporter_texts: ['the Civil Defense'], reporter_basis: 'stated' as const };

  it('gives a plainly stated, dated, placed and attributed figure no reason to doubt it', () => {
    const f = one(stated);
    expect(f.confidence_reasons).toEqual([]);
    expect(f.confidence).toBe(1);
  });

  it('names each weakness of the reading with its code', () => {
    expect(one({ ...stated, certainty: 'hedged', hedge: 'reportedly' }).confidence_reasons).toEqual(['hedged']);
    expect(one({ ...stated, reporter_texts: [] }).confidence_reasons).toEqual(['no_reporter']);
    // a count the clause-level backoff read, not a rule for its construction: marked, and trusted less than a stated one
    expect(one({ ...stated, certainty: 'inferred' }).confidence_reasons).toEqual(['inferred']);
    expect(one({ ...stated, certainty: 'inferred' }).confidence).toBeLessThan(one(stated).confidence);
    expect(one({ ...stated, quantity: { value: null, vague_word: 'dozens', modifier: '' }, count_phrase: 'dozens' }).confidence_reasons).toContain('vague_quantity');
    expect(one({ ...stated, place_mentions: [mention('Qaryat Nowhere al-Invented')] }).confidence_reasons).toContain('place_unresolved');
    expect(one({ ...stated, time_phrase: '' }).confidence_reasons).toContain('date_from_publication');
    // the predicate 40 characters (8 words) after the figure
    const far = 'At least 12, among them shopkeepers, two teachers and a nurse from the clinic, died.';
    expect(one({ ...stated, quote: far, char_end: far.length, figure_start: 9, figure_end: 11, cue_start: far.indexOf('died'), cue_end: far.indexOf('died') + 4 }).confidence_reasons).toContain('far_predicate');
    expect(one(stated).confidence).toBeGreaterThan(one({ ...stated, certainty: 'hedged', reporter_texts: [] }).confidence);
  });
});
