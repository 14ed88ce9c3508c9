/**
 * Names listed between a count and its verb: ", identified as A and B," and ", named as A," are an apposition that
 * names the persons counted, so the count keeps its verb ("pastInsert" in frame-finder.ts). A trade the lexicon knows
 * counts one person after an article ("the body of a herder"). Sentences written for the rule, in several genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => `${f.category} ${f.value} ${f.group}`);

describe('victims named in an apposition', () => {
  it.each([
    ['monitor, Burkina Faso', 'Two gendarmes, identified as Traore and Konate, were shot dead near Djibo on 9 May; another gendarme, identified as Sawadogo, was wounded.', ['killed 2 government_forces', 'injured 1 government_forces']],
    ['outlet, Sudan', 'Two farmers, named as Yousif Adam and Hamid Bakhit, were killed when gunmen raided the village near Tawila.', ['killed 2 civilians']],
    ['wire, Nigeria', 'A policeman, identified as Sergeant Musa Bello, was shot dead at a checkpoint in Zamfara on Tuesday.', ['killed 1 government_forces']],
  ])('%s', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('an apposition with a clause of its own is no list of names (situation report, Myanmar)', () => {
    expect(facts('Two villagers, identified by their relatives later that day, were killed in the strike on Kani.')).toEqual([]);
  });

  it.each([
    ['situation report, Mali', 'The body of a herder was found near Menaka on 2 February.', ['killed 1 civilians']],
    ['outlet, DRC', 'Residents found the body of a fisherman on the shore of Lake Edward on Sunday.', ['killed 1 civilians']],
  ])('one person of a trade (%s)', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});
