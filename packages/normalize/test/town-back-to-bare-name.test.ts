/**
 * "Fighting reached Djibo on Monday. ... in the town, 12 civilians were killed": "the town" ("the city") of a toll
 * whose sentence names no place points back to the place named last, even one the text named bare, without the noun
 * ("the town of X"). Not to a region or a country named last, and not to a place only near which something happened.
 * Sentences written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { facts, on } from './dated-text.ts';

const placesOf = (text: string, value: number) =>
  facts(text).filter((f) => f.kind === 'casualty' && f.count_best === value).map((f) => f.place_mentions.join('|'));

describe("'the town' points back to a place named bare", () => {
  it.each([
    ['wire, Burkina Faso', on('2023-05-16', 'OUAGADOUGOU, May 16 (Reuters) - Fighting reached Djibo on Monday, residents said.\n\n' +
      'In the town, 12 civilians were killed by stray fire, a local official said.'), 12, 'Djibo'],
    ['sitrep, Sudan', 'Sudan: Flash Update No. 4\nAs of 12 May 2024\n\nHeavy fighting was reported in El Fasher on 10 May. ' +
      'Health partners said that 27 people were killed in the city, including four children.', 27, 'El Fasher'],
    ['encyclopedic, Ukraine', 'Battle of Vuhledar\nDate 2022 – 2024\n\n## Siege\n\nOn 5 November 2022, Russian marines attacked Vuhledar. ' +
      'The next day, shelling of the town killed 9 civilians.', 9, 'Vuhledar'],
    ['monitor, Myanmar', on('2024-02-05', 'Myanmar: January 2024\n\nResistance forces attacked Mindat on 3 January. ' +
      'Junta airstrikes on the town killed 6 civilians the next day, AAPP documented.'), 6, 'Mindat'],
  ])('%s', (_genre, text, value, place) => {
    expect(placesOf(text, value)).toEqual([place]);
  });

  // A paragraph apart, so that the toll does not go on telling the sentence before's incident (incident-carry.ts).
  it('not a country or region named last, nor a place something was only near', () => {
    expect(placesOf('Violence spread across Burkina Faso in 2022.\n\nIn the town, 12 civilians were killed in May.', 12)).toEqual(['']);
    expect(placesOf('On 4 March 2023, rebels attacked positions near Kiwanja.\n\nIn the town, 5 soldiers were killed.', 5)).toEqual(['']);
  });
});
