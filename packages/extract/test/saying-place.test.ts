/**
 * Where a statement was made is no place of the fact (sixth round of fresh wire texts): "a UN spokesperson said in New
 * York", "told reporters in Geneva", "said at a briefing in Brussels". The place of the fact itself stays. Every
 * sentence is written for this file (other wars, places and numbers than the fresh texts).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const placesOf = (text: string) => extract(text).flatMap((f) => f.place_mentions.map((p) => p.text));

describe('the place of the saying is not the place of the fact', () => {
  it.each([
    ['wire, Burkina Faso', 'At least 21 villagers were killed near Djibo, a UN spokesperson said in New York.', 'Djibo', 'New York'],
    ['wire, DRC', 'Some 1,200 families fled Rutshuru this week, a UNHCR spokesperson told reporters in Geneva.', 'Rutshuru', 'Geneva'],
    ['wire, Ukraine', 'Russian strikes killed 14 people in Kharkiv on Monday, the foreign minister said at a news conference in Brussels.', 'Kharkiv', 'Brussels'],
  ] as const)('%s', (_name, text, kept, dropped) => {
    const places = placesOf(text);
    expect(places).toContain(kept);
    expect(places).not.toContain(dropped);
  });

  it('outlet, Sudan: a place after a saying verb that is not "in" stays the fact\'s', () => {
    expect(placesOf('Nine people were killed in Kadugli, officials said, as shelling continued.')).toContain('Kadugli');
  });
});
