/**
 * State media and armies name the enemy dead "terrorists", Pakistan's "khawarij", sometimes in scare quotes, and
 * Pakistan's military says they "were sent to hell": all count fighters killed. Sentences written for the rule, in
 * several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map((f) => [f.category, brief(f).group, brief(f).value]);

describe('fighters named as their enemies name them', () => {
  it.each([
    // nouns that count fighters
    ['army statement, Egypt', 'Eight terrorists were killed in a raid south of Rafah, the army spokesman said.', ['killed', 'opposition_fighters', 8]],
    ['military release, Pakistan', 'One terrorist was killed in an exchange of fire in Tank district, the military said.', ['killed', 'opposition_fighters', 1]],
    ['outlet, Pakistan', 'Security forces killed four khawarij in an operation in Bajaur on Friday.', ['killed', 'opposition_fighters', 4]],
    ['outlet, Pakistan', 'Another terrorist was killed in an operation near Datta Khel, the statement said.', ['killed', 'opposition_fighters', 1]],
    // a noun in scare quotes
    ['state media, Syria', 'At least 15 "terrorists" were killed in army strikes on Idlib countryside, the agency said.', ['killed', 'opposition_fighters', 15]],
    ['ministry, Russia-Ukraine', 'The ministry said 30 “militants” were killed near Avdiivka on Tuesday.', ['killed', 'opposition_fighters', 30]],
    ['army, Nigeria', 'Troops said six «insurgents» were wounded in the clash near Bama.', ['injured', 'opposition_fighters', 6]],
    // separatists, secessionists: fighters, even after a sentence on the army's own dead
    ['army, Cameroon', 'Troops killed nine separatists in a raid on their camp near Batibo, the army said.', ['killed', 'opposition_fighters', 9]],
    ['wire, Cameroon', 'Two gendarmes died in the attack. Twelve secessionists were also killed, the army said.', ['killed', 'opposition_fighters', 12]],
    ['outlet, Ukraine 2014', 'Ukrainian forces said 40 separatists were killed near Sloviansk.', ['killed', 'opposition_fighters', 40]],
    // "sent to hell"
    ['military release, Pakistan', 'During the operation, after an intense exchange of fire, five terrorists were sent to hell, the ISPR said.', ['killed', 'opposition_fighters', 5]],
    ['outlet, Pakistan', 'Three khawarij were sent to hell in an intelligence-based operation in Lakki Marwat on Sunday.', ['killed', 'opposition_fighters', 3]],
  ])('%s: %s', (_genre, s, want) => expect(facts(s as string)).toContainEqual(want));

  it('is not every sending', () => {
    expect(facts('Two hundred soldiers were sent to the front near Pokrovsk on Monday.')).toEqual([]);
  });
});
