/**
 * A place the text calls a town or village, whose admin hint is its own name (extract reads any admin1 name of any
 * pack as one), is not the admin1 area abroad of that name, and an admin hint that names an area outside the article's country places nothing: "New York",
 * a village of the story, is no US state, and the places near it are not put in that state. The text naming the
 * area's country keeps it. Texts written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { placesOf } from './written-places.ts';

describe('an admin1 name abroad as a place of the story', () => {
  it('Ukraine, wire: the village of New York near Toretsk', () => {
    const out = placesOf(
      'KYIV, March 3, 2024 (Reuters) - Russian shelling killed three civilians in the village of New York near Toretsk in Ukraine\'s Donetsk region on Sunday, the regional governor said.',
    );
    expect(out.country).toBe('UA');
    expect(out.mention('New York').resolved).toBe(false);
    expect(out.mention('Toretsk').country).toBe('UA');
    expect(out.facts[0]!.admin1).toEqual(['Donetsk']);
  });

  it('Nigeria, outlet: a hamlet named like a German state', () => {
    const out = placesOf(
      'Bandits kill 11 in Zamfara\n\nBandits killed 11 villagers in the hamlet of Bavaria in Maru local government in Zamfara State of Nigeria, on Monday, police said. ' +
        'Last week gunmen killed six people in Gusau and Kaura Namoda, and four in Sokoto.',
    );
    expect(out.country).toBe('NG');
    expect(out.mention('Bavaria').resolved).toBe(false);
    expect(out.facts[0]!.admin1).toEqual(['Zamfara State']);
  });

  it('Myanmar, outlet: a hint abroad does not place an unknown village', () => {
    const out = placesOf(
      'Junta jets bomb Sagaing village\n\nJunta air strikes killed nine people in Kyaukmyaung in Sagaing Region of Myanmar on Friday. Two days later, junta shelling killed four villagers in Tanbo near Punjab, residents said.',
    );
    expect(out.country).toBe('MM');
    const second = out.facts.find((f) => f.count_best === 4)!;
    expect(second.admin1).not.toContain('Punjab');
  });

  it('Myanmar, outlet: an Indian state the text names with its country stays', () => {
    const out = placesOf(
      'Junta strikes hit Chin State\n\nJunta air strikes on Hakha in Chin State of Myanmar killed seven people and sent 2,000 fleeing to Mizoram in India, residents said. ' +
        'Shelling of Falam and Tedim killed five more in Myanmar\'s Chin State, and 300 people fled from Mindat to Mandalay.',
    );
    expect(out.country).toBe('MM');
    expect(out.mention('Mizoram').country).toBe('IN');
  });
});
