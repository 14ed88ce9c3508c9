/**
 * The plural nouns of places that lead a list of the places taken ("seized several areas, including X and Y") are
 * data (territory-words.csv, role "listed"): "locations", "areas", "positions" and "strongholds" lead one as
 * "villages" and "towns" do.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const captured = (text: string) => extract(text).filter((f) => f.category === 'captured').flatMap((f) => f.place_mentions.map((p) => p.text));

describe('a capture list led by a plural noun of places', () => {
  const cases = [
    ['By mid-May, the Houthis had captured several strategic locations, including Harib and Juba.', ['Harib', 'Juba']],
    ['The Arakan Army seized several areas, including Paletwa and Maungdaw, in January.', ['Paletwa', 'Maungdaw']],
    ['Ukrainian troops retook several positions, including Robotyne, on Tuesday.', ['Robotyne']],
    ['Iraqi forces captured several ISIS strongholds, such as Hit and Rutba.', ['Hit', 'Rutba']],
    ['The RSF took 12 villages, including Um Rawaba and Babanusa.', ['Um Rawaba', 'Babanusa']],
  ] as const;
  for (const [text, places] of cases) it(text, () => expect(captured(text)).toEqual(expect.arrayContaining([...places])));

  it('a list after a noun that is no place names no place taken', () => {
    expect(captured('The army seized several weapons, including rifles from Kidal.')).not.toContain('Kidal');
  });
});
