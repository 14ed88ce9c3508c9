/**
 * With the article's country known, a place whose only candidate is a town abroad, in a country the text never names,
 * far from the article's country and not a city of the world's first rank, is a namesake of a place the packs lack:
 * it stays unresolved (the fact keeps the article's country and the admin1 its text gives), not placed abroad. A place
 * the text names as where people went ("fled to", "arrived in") is meant abroad, its country named or not. Texts
 * written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { placesOf } from './written-places.ts';

describe('a namesake abroad in a country the text never names', () => {
  it('Mozambique, outlet: a town of Cabo Delgado named like a Spanish city', () => {
    const out = placesOf(
      'Insurgents attack Palma\n\nMAPUTO - Insurgents attacked Palma on Wednesday, killing at least 12 civilians, while hundreds of residents escaped to Mueda and Pemba in Cabo Delgado province of Mozambique, the provincial government said.',
    );
    expect(out.country).toBe('MZ');
    expect(out.mention('Palma').resolved).toBe(false);
    expect(out.facts[0]!.admin1).not.toContain('Balearic Islands');
  });

  it('Ukraine, situation report: a village named like a Spanish city', () => {
    const out = placesOf(
      'Ukraine: Flash Update No. 12\n\nShelling killed four civilians in Granada, a village in Pokrovsk district of Donetsk oblast, and damaged homes in Myrnohrad and Pokrovsk.',
    );
    expect(out.country).toBe('UA');
    expect(out.mention('Granada').resolved).toBe(false);
    expect(out.facts[0]!.admin1).toEqual(['Donetsk']);
  });
});

describe('a city abroad the text names as where people went', () => {
  it('Ukraine, outlet: fled to Warsaw, arrived in Toulouse', () => {
    const out = placesOf(
      'Kharkiv families leave again\n\nAfter the strikes on Kharkiv and Izium, some 2,000 residents fled to Warsaw this week, and 300 children arrived in Toulouse on Friday, volunteers in Ukraine said.',
    );
    expect(out.country).toBe('UA');
    expect(out.mention('Warsaw').country).toBe('PL');
    expect(out.mention('Toulouse').country).toBe('FR');
  });

  it('Sudan, wire: evacuated students arrived in Lyon', () => {
    const out = placesOf(
      'KHARTOUM, May 2, 2023 (AFP) - Fighting in Khartoum and Omdurman killed 23 people on Monday, and 150 students evacuated from Port Sudan arrived in Lyon, officials in Sudan said.',
    );
    expect(out.country).toBe('SD');
    expect(out.mention('Lyon').country).toBe('FR');
  });
});
