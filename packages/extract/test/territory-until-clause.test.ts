/**
 * A capture in an "until" clause in the present tense has not happened: "we will continue until we liberate the
 * region", "the offensive goes on until Raqqa is freed". In the past tense it has: "held out until the army retook
 * X". Sentences written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const taken = (text: string) => extract(text).filter((f) => f.kind === 'territory').map((f) => f.category);

describe('a capture the clause still waits for', () => {
  it.each([
    '"We will keep fighting until we liberate Bakhmut," a Ukrainian commander said.',
    '"The operation is still going on and we will continue until we liberate the Lower Juba region from al-Shabaab," an officer said.',
    'Commanders said the offensive would go on until Raqqa is liberated from the Islamic State.',
    'The governor said the army would not stop until it retakes Kidal from the rebels.',
    'Fighters vowed to press on until they capture Marib city.',
  ])('%s', (text) => expect(taken(text)).toEqual([]));

  it.each([
    'Rebels held the town for three weeks until government forces recaptured Maarat al-Numan in January 2020.',
    'The siege lasted until the army retook Marawi on 17 October 2017.',
    'The garrison resisted until Goma was captured by M23 fighters on 20 November 2012.',
  ])('a past capture stays: %s', (text) => expect(taken(text)).toContain('captured'));
});
