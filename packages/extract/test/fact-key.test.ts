import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/index.ts';
import { article } from './helpers.ts';

const keys = (text: string) => extractArticle(article(text)).map((f) => [f.count_phrase, f.fact_key!] as const);

describe('fact_key', () => {
  const body = 'Shelling killed 12 civilians in the town on Monday, the monitor said.\nSome 4,000 people fled the district, aid workers said.';

  it('is the same on a re-run and is unique within an article', () => {
    const first = keys(body);
    expect(first.length).toBeGreaterThanOrEqual(2);
    expect(keys(body)).toEqual(first);
    expect(new Set(first.map(([, k]) => k)).size).toBe(first.length);
    for (const [, k] of first) expect(k).toMatch(/^[0-9a-f]{16}$/);
  });

  it('survives a sentence added before the fact (its fact_id moves, its key does not)', () => {
    const before = extractArticle(article(body));
    const after = extractArticle(article(`A convoy reached the area at dawn.\n${body}`));
    const fled = (fs: typeof before) => fs.find((f) => f.count_phrase.includes('4,000'))!;
    expect(fled(after).fact_id).not.toBe(fled(before).fact_id);
    expect(fled(after).fact_key).toBe(fled(before).fact_key);
  });

  it('changes when the sentence itself changes', () => {
    const edited = body.replace('Some 4,000 people fled the district', 'Some 4,000 people fled the whole district');
    const fled = (text: string) => keys(text).find(([p]) => p.includes('4,000'))![1];
    expect(fled(edited)).not.toBe(fled(body));
    expect(keys(edited).find(([p]) => p === '12')?.[1]).toBe(keys(body).find(([p]) => p === '12')?.[1]);
  });
});
