/**
 * Two villages of one sentence that land in the same admin1 by different names vouch for each other: neither is a
 * namesake far from the article's other places (index.ts `farOutlier`, `corroborated`), so the fact keeps their
 * admin1. A lone village there, with the article's towns elsewhere, is still doubted. Invented article: a Syria
 * monitor whose cities lie in Homs, Hama and Aleppo, and a later sentence about two villages of Tartous.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();
const text = 'Strikes hit Homs, Hama and Aleppo on Friday. Families fled from Ballutiyeh and Jweibat after shelling killed four.';

function run(villages: string[]) {
  const facts = [
    fact({ place_mentions: ['Homs', 'Hama', 'Aleppo'].map((t) => mention(t, { feature_hint: 'town' })) }),
    fact({ place_mentions: villages.map((t) => mention(t)), sentence_index: 1 }),
  ];
  return normalizeArticle(facts, article(), gz, { text });
}

describe('villages of one sentence in one admin1', () => {
  it('monitor, Syria: two Tartous villages keep their admin1 beside towns elsewhere', () => {
    const out = run(['Ballutiyeh', 'Jweibat']);
    expect(out.facts[1]!.admin1).toEqual(['Tartus']);
    expect(out.facts[1]!.places).toHaveLength(2);
  });

  it('a lone village there is still a namesake far from the story', () => {
    const out = run(['Ballutiyeh']);
    expect(out.facts[1]!.places).toEqual([]);
  });
});
