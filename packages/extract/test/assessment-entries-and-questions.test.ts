/**
 * Two constructions of analysts' updates: a side that "marched into", "rolled into" or "swept into" a place entered it
 * (short of a capture, as "gained a foothold in" is; data/territory-words.csv); and "how many" opens a question about
 * a count ("it is difficult to assess how many were killed"), which is no count at all; a side that "secured limited
 * gains" or "gained ground" near a place advanced there, it took no place. Sentences written for this file, several
 * wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';
import { findQuantities } from '../src/numbers.ts';

/** The one territory fact of a sentence: its category and the places it names. */
function territoryOf(text: string): [string, string[]] {
  const found = extract(text).filter((f) => f.kind === 'territory');
  expect(found).toHaveLength(1);
  return [found[0]!.category, found[0]!.place_mentions.map((p) => p.text)];
}

describe('a march, roll or sweep into a place is an entry', () => {
  it.each([
    ['assessment, Somalia', 'On 4 February, al-Shabaab fighters marched into Bulo Burde after the troops withdrew.', 'Bulo Burde'],
    ['wire, Mali', 'Army and Wagner columns rolled into Kidal on Tuesday, the junta said.', 'Kidal'],
    ['encyclopedic, Afghanistan', 'Taliban fighters swept into Kunduz city on 8 August 2021.', 'Kunduz'],
    ['outlet, Sudan', 'RSF units marched into Um Kadada on Sunday, residents said.', 'Um Kadada'],
  ] as const)('%s', (_name, text, place) => {
    const [category, places] = territoryOf(text);
    expect(category).toBe('entered');
    expect(places).toContain(place);
  });

  it('marching into something that is no place takes nothing', () => {
    expect(extract('The battalion marched into the night towards the river.').filter((f) => f.kind === 'territory')).toEqual([]);
  });
});

describe('"how many" asks about a count', () => {
  it.each([
    ['assessment, Somalia', 'Both sides exaggerate, so it is difficult to assess how many were killed in the attack on the base.'],
    ['wire, Yemen', 'Officials did not say how many civilians were wounded in the strike on Taiz.'],
    ['outlet, Ukraine', 'It remains unclear how many residents fled Vovchansk before the assault.'],
  ] as const)('%s', (_name, text) => {
    expect(findQuantities(text).filter((q) => q.vague_word === 'many')).toEqual([]);
    expect(extract(text)).toEqual([]);
  });

  it('"many" stated as a count is still one', () => {
    expect(extract('Many civilians were killed in the shelling of Marib on Sunday.').map((f) => f.quantity?.vague_word)).toEqual(['many']);
  });
});

describe('gains and ground won near a place are an advance', () => {
  it.each([
    ['assessment, Ukraine', 'Russian forces secured limited gains northwest of Vuhledar but remain unable to mass for a breakthrough.', 'Vuhledar'],
    ['assessment, DRC', 'M23 fighters made marginal gains south of Masisi on Sunday.', 'Masisi'],
    ['outlet, Sudan', 'The army gained ground near Bara on Tuesday, residents said.', 'Bara'],
    ['assessment, Syria', 'HTS-led forces secured minor gains east of Morek on 1 December.', 'Morek'],
  ] as const)('%s', (_name, text, place) => {
    const [category, places] = territoryOf(text);
    expect(category).toBe('advanced');
    expect(places).toContain(place);
  });

  it('securing a place is still taking it', () => {
    expect(territoryOf('Ukrainian forces secured the village of Robotyne on Monday.')[0]).toBe('captured');
  });
});
