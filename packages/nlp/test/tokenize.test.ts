import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/index.ts';

describe('tokenize', () => {
  it('gives each word its offsets, part of speech and lemma', () => {
    const s = 'Aid agencies recorded 4,200 arrivals in two towns.';
    const tokens = tokenize(s);
    for (const t of tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
    const recorded = tokens.find((t) => t.text === 'recorded')!;
    expect(recorded).toMatchObject({ lemma: 'record', pos: 'VERB' });
    expect(tokens.find((t) => t.text === '4,200')!.pos).toBe('NUM');
    expect(tokens.find((t) => t.text === 'arrivals')!.lemma).toBe('arrival');
  });

  it('keeps offsets right across curly quotes, dashes and repeated words', () => {
    const s = '“Ten died — ten more were hurt,” a medic said in al-Bab’s hospital.';
    const tokens = tokenize(s);
    for (const t of tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.filter((t) => t.lemma === 'ten')).toHaveLength(2);
  });
});
