/**
 * "Niger State", "Niger state": a name the text closes with a region word is the admin1 area, not the country of that
 * name, both when the article's country is told and when the place is resolved. Invented wire and outlet sentences.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { resolveOne } from '../src/places/index.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();
const named = (text: string) => mention(text, { feature_hint: 'province', admin_hint: text });

describe('a state named like a country', () => {
  it('wire, Nigeria: the story names no country, only the state', () => {
    const text = 'Bandits killed 14 villagers in Kagara, Rafi local government area of Niger State, on Sunday, police in Minna said.';
    const out = normalizeArticle([fact({ quote: text, place_mentions: [mention('Kagara'), named('Niger')] })], article(), gz, { text });
    expect(out.country).toBe('NG');
    expect(out.facts[0]!.admin1).toEqual(['Niger State']);
  });

  it('outlet, Nigeria: a lower-case region word', () => {
    const text = 'Gunmen killed six farmers near Minna, Niger state, on Monday, the police command said.';
    const out = normalizeArticle([fact({ quote: text, place_mentions: [mention('Minna'), named('Niger')] })], article(), gz, { text });
    expect(out.country).toBe('NG');
  });

  it('resolves the area in the article\'s country, and the country elsewhere', () => {
    expect(resolveOne(named('Niger'), gz, new Map(), 'NG').place?.name).toBe('Niger State');
    expect(resolveOne(named('Niger'), gz, new Map(), 'NE').place?.precision).toBe('country');
    expect(resolveOne(mention('Niger'), gz, new Map(), 'NG').place?.precision).toBe('country');
  });

  it('wire, Niger: the country itself is still named', () => {
    const text = 'Jihadists killed 17 soldiers near Tillaberi in western Niger on Tuesday, the defence ministry said.';
    const out = normalizeArticle([fact({ quote: text, place_mentions: [mention('Tillaberi'), mention('Niger')] })], article(), gz, { text });
    expect(out.country).toBe('NE');
  });
});
