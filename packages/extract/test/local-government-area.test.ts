/**
 * Nigeria's local government areas are the districts of its states, and their division words are capitalised:
 * "Kankara Local Government Area", "Guma Local Government", "Damboa LGA". The place is the name before them, read as a
 * district. Sentences written for the rule, in several genres and states; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const placesOf = (s: string) => extract(s).map((f) => brief(f).places).flat();

describe('division words after a local government name', () => {
  it.each([
    { genre: 'police statement, Zamfara', s: 'Bandits killed 14 villagers in Maru Local Government Area of Zamfara State on Sunday.', place: 'Maru' },
    { genre: 'outlet, Benue', s: 'Gunmen killed six farmers in Agatu Local Government of Benue State, police said.', place: 'Agatu' },
    { genre: 'army statement, Borno', s: 'Insurgents killed five soldiers in Damboa LGA of Borno State on Monday.', place: 'Damboa' },
    { genre: 'outlet, Plateau', s: 'About 2,000 residents fled Bokkos Local Government Area after the attacks, the council chairman said.', place: 'Bokkos' },
  ])('$genre: $s', ({ s, place }) => {
    const all = placesOf(s);
    expect(all).toContain(place);
    expect(all.some((p) => /local government/i.test(p))).toBe(false);
  });

  it('reads the mention as a district', () => {
    const [fact] = extract('Bandits killed 14 villagers in Maru Local Government Area of Zamfara State on Sunday.');
    expect(fact!.place_mentions.find((p) => p.text === 'Maru')?.feature_hint).toBe('district');
  });
});
