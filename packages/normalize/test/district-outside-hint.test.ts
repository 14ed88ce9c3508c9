/**
 * A district lies in the province the sentence gives it, and takes its seat's name: a world-index town of the
 * district's name in another province ("Kohistan district, Faryab province" finding Kohistan in Herat) is a
 * namesake, exact spelling or not. The mention stays unresolved and the fact keeps the province named. Names chosen
 * for real namesakes across provinces; sentences written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();
const resolveIn = (name: string, province: string, text: string) =>
  normalizeArticle([fact({ place_mentions: [mention(name, { feature_hint: 'district', admin_hint: province })] })], article(), gz, { text }).mentions[0]!;

const afghanistan = 'Taliban fighters attacked police posts in Afghanistan, a governor said.';
const nigeria = 'Gunmen attacked villages in Nigeria, police said.';

describe('a district named like a town of another province', () => {
  it.each([
    ['Kohistan', 'Faryab', afghanistan],
    ['Kohistan', 'Badakhshan', afghanistan],
    ['Surulere', 'Oyo', nigeria],
    ['Bassa', 'Kogi', nigeria],
    ['Obi', 'Benue', nigeria],
  ])('%s district of %s is not the town elsewhere', (name, province, text) => {
    const r = resolveIn(name, province, text);
    expect(r.place_id).toBe('');
    expect(r.reason).toMatch(/named like the district/);
  });

  it.each([
    ['Dawlatabad', 'Balkh', afghanistan],
    ['Bassa', 'Plateau', nigeria],
  ])('%s district of %s, where the town is, is the town', (name, province, text) => {
    expect(resolveIn(name, province, text).admin1).toMatch(new RegExp(province));
  });
});
