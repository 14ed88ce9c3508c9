/**
 * With the article's country known, a place the packs lack there is not taken for a namesake abroad found by another
 * of its names or by a looser spelling: it stays unresolved (its text kept, no admin1). A place abroad the text names
 * with its country still resolves, and so does a country named as such. Invented articles in several wars.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { article, fact, mention } from './factory.ts';

const gz = loadGazetteer();

function run(mentions: ReturnType<typeof mention>[], text: string) {
  const out = normalizeArticle([fact({ place_mentions: mentions, quote: text })], article(), gz, { text });
  return { country: out.country, fact: out.facts[0]!, unresolved: out.unresolved.map((u) => u.mention) };
}

describe('a namesake abroad of a place in the article\'s country', () => {
  it('Mali, wire: another name of a town abroad is refused', () => {
    const out = run([mention('Boni', { near: true }), mention('Mali')], 'Gunmen killed nine herders near Boni in central Mali on Friday.');
    expect(out.country).toBe('ML');
    expect(out.fact.place_mentions).toContain('Boni');
    expect(out.fact.places).toEqual(['Mali']);
    expect(out.fact.admin1).toEqual([]);
    expect(out.unresolved).toContain('Boni');
  });

  it('Nigeria, outlet: a town abroad known by the name does not tell the article\'s country', () => {
    const out = run(
      [mention('Maru'), mention('Zamfara', { feature_hint: 'province', admin_hint: 'Zamfara' })],
      'Bandits killed 14 farmers in Maru, Zamfara State, in northwestern Nigeria, police said.',
    );
    expect(out.country).toBe('NG');
    expect(out.fact.admin1).toEqual(['Zamfara State']);
    expect(out.fact.places).toContain('Maru');
  });

  it('DR Congo, sitrep: a skeleton namesake in Benin is refused', () => {
    const out = run([mention('Djugu'), mention('Ituri')], 'Armed men killed 19 displaced people in Djugu territory, Ituri province, DR Congo.');
    expect(out.country).toBe('CD');
    expect(out.fact.admin1).toEqual(['Ituri']);
    expect(out.unresolved).toContain('Djugu');
  });

  it('Ethiopia, monitor: a skeleton namesake in England is refused', () => {
    const out = run([mention('Hawzen'), mention('Tigray')], 'Shelling killed 26 civilians in Hawzen in the Tigray region of Ethiopia, residents said.');
    expect(out.country).toBe('ET');
    expect(out.fact.admin1).toEqual(['Tigray']);
    expect(out.unresolved).toContain('Hawzen');
  });
});

describe('a place abroad the text names as such', () => {
  it('Myanmar war, outlet: another name of a city across the border resolves where the text names its country', () => {
    const out = run(
      [mention('Rangoon'), mention('Chittagong'), mention('Dhaka')],
      'Police in Chittagong and Dhaka, Bangladesh, said 40 Rohingya who had left Rangoon in Myanmar drowned.',
    );
    expect(out.country).toBe('BD');
    expect(out.fact.places).toContain('Yangon');
  });

  it('the same name, its country not named, is refused', () => {
    const out = run([mention('Rangoon'), mention('Chittagong'), mention('Dhaka')], 'Police in Chittagong and Dhaka, Bangladesh, said 40 refugees who had left Rangoon drowned.');
    expect(out.country).toBe('BD');
    expect(out.fact.places).not.toContain('Yangon');
    expect(out.unresolved).toContain('Rangoon');
  });

  it('Syria, monitor: shelling from the neighbouring country named as such', () => {
    const out = run(
      [mention('Turkey'), mention('Tal Rifaat'), mention('Afrin')],
      'Shelling from Turkey killed five civilians in Tal Rifaat and Afrin in northern Syria, the monitor said.',
    );
    expect(out.country).toBe('SY');
    expect(out.fact.places).toContain('Türkiye');
    expect(out.fact.admin1).toEqual(['Aleppo']);
  });

  it('Sudan, wire: a neighbouring country named as the place fled to resolves', () => {
    const out = run(
      [mention('Chad'), mention('El Fasher'), mention('North Darfur')],
      'Sudanese families fled to Chad after shelling killed 31 people in El Fasher, North Darfur, in Sudan.',
    );
    expect(out.fact.places).toContain('Chad');
  });

  it('Yemen, monitor: a Saudi city named by its own name resolves', () => {
    const out = run(
      [mention('Jizan'), mention('Hodeidah'), mention('Taiz'), mention('Marib')],
      'Houthi drones launched from Hodeidah, Taiz and Marib in Yemen struck Jizan, wounding four people.',
    );
    expect(out.country).toBe('YE');
    expect(out.fact.places).toContain('Jizan');
  });

  it('Myanmar, outlet: an Indian state across the border resolves', () => {
    const out = run(
      [mention('Mizoram'), mention('Hakha'), mention('Chin State', { admin_hint: 'Chin State' })],
      'Junta air strikes on Hakha in Chin State of Myanmar killed seven people and sent 2,000 fleeing to Mizoram in India.',
    );
    expect(out.country).toBe('MM');
    expect(out.fact.places).toContain('Mizoram');
  });
});
