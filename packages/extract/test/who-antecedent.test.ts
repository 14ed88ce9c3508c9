/**
 * "attacks by the Houthis and their allies, who have advanced ..., capturing X": the actor right before ", who" is the
 * subject of the relative clause and of the participle after it, though a preposition governs it (actors.ts,
 * whoAntecedent). Sentences written for the rule, in several wars; the verb is found by its word.
 */
import { describe, expect, it } from 'vitest';
import { subjectActor } from '../src/actors.ts';

const subjectOf = (s: string, verb: string) => subjectActor(s, s.indexOf(verb));

describe('the actor before ", who" is the subject of what follows', () => {
  it.each([
    ['Marib came under heavy fire from the Houthis and their allies, who pushed into the western districts, capturing the village of Sirwah.', 'capturing', 'Houthis'],
    ['El Obeid faced repeated assaults by the RSF, who have besieged the city since May, seizing two police posts on its outskirts.', 'seizing', 'RSF'],
    ['Residents described shelling by the Tatmadaw, who entered the town at dawn, killing 11 villagers.', 'killing', 'Tatmadaw'],
  ])('%s', (s, verb, actor) => expect(subjectOf(s, verb)).toBe(actor));

  it.each([
    // a person before ", who" is no armed side
    ['Aid reached the area, said the governor, who visited Mekelle, adding that 40 people were killed.', 'killed'],
    // an actor followed by other words before ", who" is not the antecedent
    ['A report on the RSF offensive in Darfur, who researchers say was planned, found 30 villages burned.', 'burned'],
  ])('no subject from ", who" in: %s', (s, verb) => expect(subjectOf(s, verb)).toBe(''));
});
