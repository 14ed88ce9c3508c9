import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** Each capture as "place by side | time". */
function captures(text: string): string[] {
  return extract(text).filter((f) => f.kind === 'territory').map((f) => `${f.place_mentions.map((p) => p.text).join('+')} by ${f.actor_text} | ${f.time_phrase}`);
}

describe('"it" after a clause of its own stands for the place an earlier verb of the sentence took', () => {
  it.each([
    // Encyclopedic narrative, Syria
    ['ISIS captured Palmyra in May 2015, but government forces recaptured it in March 2016.', ['Palmyra by ISIS | in May 2015', 'Palmyra by government forces | in March 2016']],
    // Outlet, Sudan: "until" opens the retaking clause
    ['The RSF overran Nyala in October and held it until the army retook it in January.', ['Nyala by RSF | in October', 'Nyala by the army | in January']],
    // Wire, Somalia: "before" opens it; the registry knows "troops" as no side
    ['Al-Shabaab captured Mahaday near the river before troops retook it.', ['Mahaday by Al-Shabaab | ', 'Mahaday by troops | ']],
    // Monitor, Yemen: after a semicolon, with a sequel's time
    ['Houthi fighters seized Hazm; Saudi-led coalition forces retook it the following week.', ['Hazm by Houthi fighters | ', 'Hazm by Saudi-led coalition | the following week']],
    // "them" for a list
    ['Rebels took Kafr Nabl and Hass, but the army recaptured them days later.', ['Kafr Nabl+Hass by Rebels | ', 'Kafr Nabl+Hass by the army | ']],
  ])('%s', (text, expected) => expect(captures(text)).toEqual(expected));
});

describe('what "it" does not stand for', () => {
  it('a place no capture verb took', () => {
    expect(captures('Rebels shelled Morek for weeks, but the army held it.')).toEqual([]);
  });
  it('a list for "it", or one place for "them"', () => {
    expect(captures('Rebels took Kafr Nabl and Hass, but the army recaptured it.')).toEqual(['Kafr Nabl+Hass by Rebels | ']);
    expect(captures('Rebels took Kafr Nabl, but the army recaptured them.')).toEqual(['Kafr Nabl by Rebels | ']);
  });
  it('one subject securing what it took is one capture', () => {
    expect(captures('The army captured Morek and secured it by evening.')).toEqual(['Morek by army | ']);
  });
});
