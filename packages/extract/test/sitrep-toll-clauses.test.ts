/**
 * Two constructions of flash updates' and monitors' tolls. (1) A breakdown whose parts are joined by "and"
 * ("including 6 women and 9 children") is closed by a further ", and": what follows is a clause of its own ("and 140
 * others injured"), so the parts keep the whole's verb. (2) A subject placed by the kind of place alone ("N people in
 * affected areas", "N civilians in the camps") keeps its verb, as a named place does (subject-place.ts). Sentences
 * written for the rules, in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const facts = (text: string) => extract(text).map((f) => [f.category, f.group, f.quantity?.value]);

describe('", and" after parts joined by "and" closes the breakdown', () => {
  it.each([
    ['sitrep, Yemen', 'Since 2 March, at least 27 people have been killed, including 6 women and 9 children, and 140 others injured in Taiz, according to health partners.', 6, 9, 140],
    ['monitor, Ukraine', 'At least 31 civilians were killed, including 4 women and 7 children, and 96 others wounded in Kharkiv Oblast during the week, the monitoring mission said.', 4, 7, 96],
  ])('%s', (_genre, text, women, children, injured) => {
    const found = facts(text);
    expect(found).toContainEqual(['killed', 'women', women]);
    expect(found).toContainEqual(['killed', 'children', children]);
    expect(found.filter(([category]) => category === 'injured').map(([, , value]) => value)).toEqual([injured]);
  });
});

describe('a subject placed by the kind of place keeps its verb', () => {
  it.each([
    ['sitrep, DR Congo', 'Some 4,500 people in affected villages have fled towards Goma since 3 February, partners report.', 'displaced', 4500],
    ['monitor, Myanmar', 'At least 17 civilians in the camps were killed by air strikes in March, the monitoring group said.', 'killed', 17],
    ['sitrep, Syria', 'As of 9 May, at least 38 people in affected areas have been killed by shelling, health authorities said.', 'killed', 38],
  ])('%s', (_genre, text, category, value) => {
    expect(facts(text).filter(([c]) => c === category).map(([, , v]) => v)).toEqual([value]);
  });

  it('an event between the subject and its verb is not crossed (wire, Sudan)', () => {
    expect(facts('Twelve civilians in the attack on villages near Kadugli were killed, officials said.').filter(([c]) => c === 'killed')).toEqual([]);
  });
});
