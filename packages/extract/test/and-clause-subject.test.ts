import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** The side of each capture, by place. */
function sides(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of extract(text)) if (f.category === 'captured') for (const p of f.place_mentions) out[p.text] = f.actor_text;
  return out;
}

describe('"and" between two clauses: the second capture has its own subject', () => {
  it.each([
    // Encyclopedic narrative, Ukraine
    ['Russian forces captured Soledar in January and Ukrainian troops retook Klishchiivka in September.', 'Klishchiivka', 'Ukrainian troops', 'Soledar', 'Russian forces'],
    // Wire copy, Sudan, with a comma before "and"
    ['The RSF took Wad Madani, and the army recaptured Omdurman weeks later.', 'Omdurman', 'the army', 'Wad Madani', 'RSF'],
    // Monitor, Syria, an adverb before the verb
    ['Troops advanced on the town and militants later captured Bunagana.', 'Bunagana', 'militants', '', ''],
    // Outlet, Somalia, an auxiliary before the verb
    ['Al-Shabaab overran the base and Somali troops had retaken Bulo Marer by evening.', 'Bulo Marer', 'Somali troops', '', ''],
    // Assessment, Syria
    ['ISIS attacked Kobani and the YPG recaptured Tell Abyad on 15 June.', 'Tell Abyad', 'YPG', '', ''],
  ])('%s', (text, place, side, firstPlace, firstSide) => {
    const got = sides(text);
    expect(got[place]).toBe(side);
    if (firstPlace) expect(got[firstPlace]).toBe(firstSide);
  });
});

describe('"and" inside one subject keeps the subject whole', () => {
  it('a participle with its agent before "and" is no clause of its own', () => {
    expect(sides('Rebels backed by drones and the militia seized Kafr Zita.')['Kafr Zita']).toBe('Rebels');
  });
  it('a compound adjective before "and" is no clause of its own', () => {
    expect(sides('Turkish-backed rebels and Kurdish forces took Tal Rifaat.')['Tal Rifaat']).toBe('Turkish-backed rebels');
  });
  it('a side after "and" followed by more than adverbs before the verb is not a subject', () => {
    expect(sides('The army shelled the villages and the rebels who held them fled as government troops captured Morek.')['Morek']).not.toBe('the rebels');
  });
});
