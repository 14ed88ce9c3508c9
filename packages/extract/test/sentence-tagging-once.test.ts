/**
 * Speed (issues 9 and 12), same answers: a sentence is tagged once in an article (text.ts `sentenceTokens`), though
 * the frame finder, the reader of a toll's later parts, the clause backoff, the territory reader and the continuation
 * test each read its tokens; a new article tags it anew; each caller gets tokens of its own. Articles written for this
 * test (wire, situation report, monitor, encyclopedic; Sudan, Yemen, Ukraine, Myanmar); none comes from the corpus.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const tagged: string[] = [];
vi.mock('@frontline/nlp', async (original) => {
  const real = await original<typeof import('@frontline/nlp')>();
  return { ...real, tokenize: (s: string) => (tagged.push(s), real.tokenize(s)) };
});
const { extractArticle } = await import('../src/index.ts');
const { forgetArticleTexts, sentenceTokens } = await import('../src/text.ts');
const { article } = await import('./helpers.ts');

/** The texts of the article's sentences tagged more than once while it was read. */
function taggedTwice(text: string): string[] {
  tagged.length = 0;
  const a = article(text);
  extractArticle(a);
  const sentences = new Set(a.sentence_list.map((s) => a.text.slice(s.start, s.end)));
  const counts = new Map<string, number>();
  for (const t of tagged) if (sentences.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([t]) => t);
}

beforeEach(() => forgetArticleTexts());

describe('a sentence is tagged once in an article', () => {
  it.each([
    ['wire, Sudan', 'Shelling killed 40 people in El Fasher on Sunday, among them 12 women, medics said. Women represented 12 of those killed, the network added.'],
    ['situation report, Yemen', 'Clashes in Hodeidah displaced some 3,000 families, of whom 1,200 were women, OCHA said. Some 1,800 people sought refuge in Zabid.'],
    ['monitor, Ukraine', 'Russian forces shelled Kherson, killing 5 civilians and wounding 17 others, including 4 children, the regional governor said.'],
    ['encyclopedic, Myanmar', 'In November 2023 the Arakan Army seized Paletwa after fighting in which 25 soldiers died and 60 surrendered.'],
  ])('%s', (_case, text) => {
    expect(taggedTwice(text)).toEqual([]);
  });

  it('tags a text once, again in the next article, and gives each caller its own tokens', () => {
    const s = 'Airstrikes killed 9 fighters near Marib, the ministry said.';
    tagged.length = 0;
    const first = sentenceTokens(s);
    first[0]!.pos = 'X';
    first.pop();
    const again = sentenceTokens(s);
    expect(tagged).toEqual([s]);
    expect(again.length).toBe(first.length + 1);
    expect(again[0]!.pos).not.toBe('X');
    forgetArticleTexts();
    sentenceTokens(s);
    expect(tagged).toEqual([s, s]);
  });
});
