/**
 * "A drone hit Shebekino, Russia, ...": a town with its country after a comma lies in that country, also when the
 * article is about another one and the town is too small to be taken abroad by its name alone. A country word that
 * goes on a list ("in Darfur, Chad and Niger") puts nothing anywhere. Texts written for this file, two wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { placesOf } from './written-places.ts';

describe('a town named with its country after a comma', () => {
  it('Ukraine, monitor update: a Russian border town in a story about Ukraine', () => {
    const out = placesOf(
      'Russian Offensive Campaign Update, May 14\n\nRussian forces shelled Kupiansk and Vovchansk in Kharkiv Oblast on May 13. ' +
        'Ukrainian forces captured two positions near Bakhmut in Donetsk Oblast. ' +
        'A drone struck an oil depot in Shebekino, Russia, injuring three people on May 13, the local governor said.',
    );
    expect(out.country).toBe('UA');
    expect(out.mention('Shebekino').country).toBe('RU');
    const injured = out.facts.find((f) => f.count_best === 3)!;
    expect(injured.admin1).toEqual(['Belgorod Oblast']);
  });

  it('Colombia, situation report: a Haitian town in a regional weekly led by Colombia', () => {
    const out = placesOf(
      'Latin America and the Caribbean: Weekly Situation Update\n\nCOLOMBIA\n\nClashes between armed groups in Tibu and Ocana, Norte de Santander, displaced 4,100 people this week. ' +
        'In Arauca department, 900 people were confined in Saravena.\n\nHAITI\n\n' +
        'About 2,300 people were displaced by gang attacks in Mirebalais, Haiti on 2-3 March, the IOM said.',
    );
    expect(out.mention('Mirebalais').country).toBe('HT');
    const displaced = out.facts.find((f) => f.count_best === 2300)!;
    expect(displaced.admin1).toEqual(['Centre']);
  });

  it('Sudan, wire: a country word that goes on a list puts no place in it', () => {
    const out = placesOf(
      'KHARTOUM (Reuters) - Fighting in El Fasher, North Darfur, killed 40 civilians on Sunday, medics said. ' +
        'More than 12,000 people fled from Geneina, Chad and South Sudan took in most of them, the UN said.',
    );
    expect(out.country).toBe('SD');
    expect(out.mention('Geneina').country).toBe('SD');
  });
});
