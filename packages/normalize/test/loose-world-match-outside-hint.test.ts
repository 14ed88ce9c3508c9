/**
 * A place of the world index found only by a looser spelling, in another state than the one the sentence puts it in
 * ("Agatu ... of Benue State" finding "Oguta" in Imo), is a namesake: the mention stays unresolved and the fact keeps
 * the state the sentence names. An exact spelling, or a loose one inside the named state, is still taken; a region
 * pack's loose spellings (its transliterations) are not judged so.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();
const resolveIn = (name: string, state: string, text: string) =>
  normalizeArticle([fact({ place_mentions: [mention(name, { feature_hint: 'district', admin_hint: state })] })], article(), gz, { text }).mentions[0]!;

describe('a loose world-index match outside the state the sentence names', () => {
  const nigeria = 'Gunmen attacked villages in Nigeria, police in Abuja said.';
  it('is not taken for the place', () => {
    const r = resolveIn('Agatu', 'Benue', nigeria);
    expect(r.place_id).toBe('');
    expect(r.reason).toMatch(/loose spelling/);
  });

  it('an exact spelling in the named state is taken', () => {
    expect(resolveIn('Kankara', 'Katsina', nigeria)).toMatchObject({ country: 'NG', admin1: expect.stringMatching(/Katsina/) });
  });

  it('a Syria pack transliteration keeps its own governorate', () => {
    const r = normalizeArticle([fact({ place_mentions: [mention('Um Turayka', { admin_hint: 'Hama' })] })], article(), gz,
      { text: 'The Syrian army said villages were seized in northeast Hama province.' }).mentions[0]!;
    expect(r.place_id).not.toBe('');
  });
});
