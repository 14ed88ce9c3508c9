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
  const m = (...names: string[]) => names.map((n) => mention(n));
  // [case, mentions, text, article's country, place resolved abroad]
  const cases: [string, ReturnType<typeof mention>[], string, string, string][] = [
    [
      'Myanmar war, outlet: another name of a city across the border, its country named',
      m('Rangoon', 'Chittagong', 'Dhaka'),
      'Police in Chittagong and Dhaka, Bangladesh, said 40 Rohingya who had left Rangoon in Myanmar drowned.',
      'BD', 'Yangon',
    ],
    [
      'Syria, monitor: shelling from the neighbouring country',
      m('Turkey', 'Tal Rifaat', 'Afrin'),
      'Shelling from Turkey killed five civilians in Tal Rifaat and Afrin in northern Syria, the monitor said.',
      'SY', 'Türkiye',
    ],
    [
      'Sudan, wire: the neighbouring country fled to',
      m('Chad', 'El Fasher', 'Kutum', 'North Darfur'),
      'Sudanese families fled to Chad after shelling killed 31 people in El Fasher and Kutum, North Darfur, in Sudan.',
      'SD', 'Chad',
    ],
    [
      'Yemen, monitor: a Saudi city by its own name',
      m('Jizan', 'Hodeidah', 'Taiz', 'Marib'),
      'Houthi drones launched from Hodeidah, Taiz and Marib in Yemen struck Jizan, wounding four people.',
      'YE', 'Jizan',
    ],
    [
      'Myanmar, outlet: an Indian state across the border',
      [...m('Mizoram', 'Hakha'), mention('Chin State', { admin_hint: 'Chin State' })],
      'Junta air strikes on Hakha in Chin State of Myanmar killed seven people and sent 2,000 fleeing to Mizoram in India.',
      'MM', 'Mizoram',
    ],
  ];
  it.each(cases)('%s', (_, mentions, text, country, place) => {
    const out = run(mentions, text);
    expect(out.country).toBe(country);
    expect(out.fact.places).toContain(place);
  });

  it('another name of a city abroad, its country not named, is refused', () => {
    const out = run(m('Rangoon', 'Chittagong', 'Dhaka'), 'Police in Chittagong and Dhaka, Bangladesh, said 40 refugees who had left Rangoon drowned.');
    expect(out.country).toBe('BD');
    expect(out.fact.places).not.toContain('Yangon');
    expect(out.unresolved).toContain('Rangoon');
  });
});
