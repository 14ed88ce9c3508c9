/**
 * "in Abyan", "in Rivers", "in Edo": an admin1 area named by its bare name (GeoNames' "Abyan Governorate", "Rivers
 * State", "Edo State") whose spelling is also a small place of another country (a Syrian village Abyan, a Canadian
 * Rivers, an Indonesian Edo) must not vote for that other country when the article's country is told. The area casts
 * no vote of its own (another form of its name); the name is no longer plain. Invented sentences, several genres.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { scopeOf } from '../src/places/index.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();
const killedIn = (quote: string, ...places: string[]) => fact({ quote, place_mentions: places.map((p) => mention(p)) });

describe('an admin1 area by its bare name, with a namesake village abroad', () => {
  it('situation report, Yemen: "Abyan" is not the Syrian village', () => {
    const text = 'Clashes in Abyan displaced some 2,300 families this week, humanitarian partners in Yemen reported.';
    expect(scopeOf([killedIn(text, 'Abyan')], gz, { text }).country).toBe('YE');
  });

  it('regional outlet, Nigeria: "Rivers" is not the Canadian town', () => {
    const text = 'Gunmen killed seven people in Rivers on Sunday, the Nigerian police said.';
    expect(scopeOf([killedIn(text, 'Rivers')], gz, { text }).country).toBe('NG');
  });

  it('wire, Nigeria: "Edo" is not the Indonesian village, and the fact takes the state', () => {
    const text = 'Kidnappers killed four travellers on a highway in Edo, police in Nigeria said on Friday.';
    const out = normalizeArticle([killedIn(text, 'Edo')], article(), gz, { text });
    expect(out.country).toBe('NG');
    expect(out.facts[0]!.admin1).toEqual(['Edo State']);
  });

  it('a village with no such area namesake still votes for its country', () => {
    const text = 'Militants killed 12 soldiers at a post near Bamba, the army said.';
    expect(scopeOf([killedIn(text, 'Bamba')], gz, { text }).country).toBe('US');
  });
});
