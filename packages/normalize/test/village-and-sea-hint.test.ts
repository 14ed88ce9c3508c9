/**
 * Two readings of a name against the area the sentence gives it. A village or town the sentence sets in its area
 * ("the village of X, Kherson region") is not a world-index namesake of another area: it stays unresolved and the
 * fact keeps the area named. A sea's name ("Yemen's Red Sea coast") is not the admin1 area named after it (Sudan's Red
 * Sea State) unless the text gives the area's word. Sentences written for the rules; names chosen for real namesakes.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();
const resolve = (m: ReturnType<typeof mention>, text: string) =>
  normalizeArticle([fact({ place_mentions: [m] })], article(), gz, { text }).mentions[0]!;

const ukraine = 'Russian drones struck farms across southern Ukraine, regional officials said.';
const yemen = 'Houthi forces said strikes hit fuel depots in Yemen overnight.';
const sudan = 'Clashes spread across eastern Sudan, officials in Port Sudan said.';

describe('a village set in its area by the sentence', () => {
  it.each([
    ['Pervomaiske', 'Kherson', ukraine],
    ['Pervomaiske', 'Zaporizhzhia', ukraine],
  ])('the village of %s in %s is no namesake elsewhere', (name, area, text) => {
    const r = resolve(mention(name, { feature_hint: 'village', admin_hint: area }), text);
    expect(r.place_id).toBe('');
    expect(r.reason).toMatch(/namesake of the village or town/);
  });

  it('a village in the area the sentence names is found', () => {
    const r = resolve(mention('Pervomaiske', { feature_hint: 'village', admin_hint: 'Mykolaiv' }), ukraine);
    expect(r.admin1).toBe('Mykolaiv');
  });
});

describe('a sea named like an admin1 area', () => {
  it('the Red Sea in a Yemeni story is the sea', () => {
    const r = resolve(mention('Red Sea'), yemen);
    expect(r.place_id).toBe('');
    expect(r.reason).toMatch(/a sea, not the admin1 area/);
  });

  it('Red Sea State, with its area word, is the state', () => {
    const r = resolve(mention('Red Sea', { feature_hint: 'province', admin_hint: 'Red Sea' }), sudan);
    expect(r.admin1).toBe('Red Sea');
  });
});
