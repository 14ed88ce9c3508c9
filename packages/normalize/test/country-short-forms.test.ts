/**
 * The article's country (places/country.ts) from the short forms reporting uses and world-countries lacks
 * (packs/world/countries-extra.csv: "DRC", "KSA"), and a word that is both a country's name and its demonym
 * ("Saudi" in "pro-Saudi forces", "Saudi mediators") counted once, as the demonym: counted twice, a neighbour's
 * adjective outvoted the country the text names, and the areas of that country were then looked for abroad.
 * Invented sentences of several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from '@frontline/schema';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();

const area = (name: string) => mention(name, { feature_hint: 'area' });
const judged = (facts: ExtractedFact[], text: string) => {
  const out = normalizeArticle(facts, article(), gz, { text });
  return { country: out.country, admin1: out.facts.map((f) => f.admin1) };
};

describe('a name that is also the demonym counts once', () => {
  it('wire (Yemen): "pro-Saudi forces" and one "Yemen" leave the story in Yemen, and its area found', () => {
    const text = 'Tribal gunmen and pro-Saudi forces clashed in Hadramout province in eastern Yemen on Sunday, killing 4 fighters.';
    expect(judged([fact({ place_mentions: [area('Hadramout')] })], text)).toEqual({ country: 'YE', admin1: [['Hadramaout']] });
  });

  it('regional outlet (Sudan): "Saudi mediators" do not move a South Kordofan story abroad', () => {
    const text = 'Saudi mediators met army envoys as shelling in South Kordofan, Sudan, killed 9 civilians.';
    expect(judged([fact({ place_mentions: [area('South Kordofan')] })], text)).toEqual({ country: 'SD', admin1: [['Southern Kordofan']] });
  });

  it('the demonym alone still votes, as a demonym (assessment, Yemen war)', () => {
    const text = 'The Saudi air campaign intensified; our assessment is that strikes killed 30 fighters.';
    expect(judged([fact()], text).country).toBe('SA');
  });
});

describe('short forms of country names', () => {
  it('situation report (DR Congo): "eastern DRC"', () => {
    const text = 'Fighting between the army and rebels in eastern DRC displaced 12,000 people this week, partners report.';
    expect(judged([fact({ kind: 'displacement', category: 'displaced' })], text).country).toBe('CD');
  });

  it('wire (Yemen war): "KSA" for Saudi Arabia', () => {
    const text = 'A missile fired from across the border fell near a market in southern KSA, wounding 3 people, the coalition said.';
    expect(judged([fact({ category: 'injured' })], text).country).toBe('SA');
  });

  it('only in capitals: the letters inside a lower-case word or a word are no country', () => {
    const text = 'Rescuers in the Kasai drc office said 6 people died when the bridge collapsed.';
    expect(judged([fact()], text).country).toBe('');
  });
});
