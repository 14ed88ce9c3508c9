/**
 * A monitor's or tracker's own bulletin that names itself only in its title, before the kind of report ("X Tracker:
 * Weekly Update ...", "X Monitor – Monthly Report"), and lists incidents crediting no one: the titled name is the
 * author of those figures, though the registry does not know it. A place or subject before the colon ("Sudan:
 * Situation Report") names no one. Every text is written for this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reportersOf = (text: string, value: number) => extract(text).map(brief).find((f) => f.value === value)?.reporters;

describe('a tracker named only in its title', () => {
  it.each([
    ['monitor, Sahel', 'Sahel Conflict Tracker: Weekly Update 3-9 March 2024\n\nThe main incidents of the week follow.\n\n  • 4 March: Gunmen attacked Djibo, killing 23 civilians.\n  • 6 March: Soldiers killed 40 militants near Arbinda.', 23, 'Sahel Conflict Tracker'],
    ['monitor, Myanmar', 'Myanmar Witness Monitor – Monthly Report, May 2024\n\nAirstrikes on villages in Sagaing killed at least 61 civilians in May.', 61, 'Myanmar Witness Monitor'],
    ['think tank, Sudan', 'Darfur Violence Observatory: Weekly Report 12-18 May 2024\n\nShelling of Abu Shouk camp near El Fasher killed 14 people on 15 May.', 14, 'Darfur Violence Observatory'],
    ['regional, DRC', 'Ituri Security Network | Daily Report, 2 June 2024\n\nADF fighters killed 11 villagers in Mambasa territory overnight.', 11, 'Ituri Security Network'],
  ])('%s', (_genre, text, value, name) => expect(reportersOf(text, value)).toEqual([name]));

  it('a place before the colon is no author', () => {
    const text = 'Sudan: Situation Report\n\n  • Fighting in El Fasher killed 23 civilians on 4 March.';
    expect(reportersOf(text, 23)).toEqual([]);
  });

  it('a name with no body noun is no author', () => {
    const text = 'Northern Shan: Weekly Update\n\nClashes near Lashio killed 9 civilians on Tuesday.';
    expect(reportersOf(text, 9)).toEqual([]);
  });
});
