/**
 * An acronym an article defines in brackets after a registry group ("the Arakan Army (AA)") names that group in the
 * article (src/defined-acronyms.ts). The sentences are written for the rule: a Myanmar outlet's report and a
 * think-tank assessment of the Tigray war; none is taken from a corpus text.
 */
import { describe, expect, it } from 'vitest';
import { resolveActor } from '../src/actors.ts';
import { definedAcronyms } from '../src/defined-acronyms.ts';

const countries = [
  { code: 'MM', names: ['Myanmar'], demonyms: ['Burmese'] },
  { code: 'ET', names: ['Ethiopia'], demonyms: ['Ethiopian'] },
  { code: 'ER', names: ['Eritrea'], demonyms: ['Eritrean'] },
];

/** The actor words resolved in an article of `country` whose text is `text`. */
function actorIn(text: string, country: string, actorText: string) {
  return resolveActor(actorText, { country, countries, defined: definedAcronyms(text) });
}

describe('an acronym the article defines after a group of the registry', () => {
  // [genre, the article's country, its text, the actor words, what they name with the rule]
  const cases: [string, string, string, string, { actor: string; actor_name: string }][] = [
    // An outlet in Myanmar: the acronym's troops are the group's, not the junta's "troops".
    [
      'outlet', 'MM',
      'The Arakan Army (AA) has stepped up its attacks on junta positions across Rakhine State. AA troops overran a ' +
        'border guard post near Kyauktaw on Tuesday, the group said.',
      'AA troops', { actor: 'opposition', actor_name: 'Arakan Army' },
    ],
    // An assessment of the Tigray war: a foreign state's army defined by its acronym stays foreign.
    [
      'assessment', 'ET',
      'Eritrean Defence Forces (EDF) and allied militias continued operations in central Tigray. EDF troops likely ' +
        'seized Adigrat on November 20, according to local sources.',
      'EDF troops', { actor: 'foreign:ER', actor_name: 'Eritrean Defence Forces' },
    ],
  ];
  for (const [genre, country, text, words, expected] of cases) {
    it(`${genre}: "${words}" is the group's, not the state forces the role word alone gives`, () => {
      expect(actorIn(text, country, words)).toEqual(expected);
      expect(resolveActor(words, { country, countries }).actor).toBe('government');
    });
  }

  it('defines nothing from a role, from letters that are not the initials, or from an acronym the registry knows', () => {
    expect(definedAcronyms('Government Forces (GF) shelled the town.')).toEqual([]);
    expect(definedAcronyms('Fighters of the Arakan Army (ULA) entered the town.')).toEqual([]);
    expect(definedAcronyms('The Ta’ang National Liberation Army (TNLA) took the town.')).toEqual([]);
  });

  it('leaves an article that defines no acronym as the registry reads it', () => {
    expect(actorIn('Fighting went on near Kyauktaw.', 'MM', 'AA troops').actor).toBe('government');
  });
});
