/**
 * "resulted in the loss of two farmers", "the injury of three civilians": a harm noun whose "of" complement holds the
 * count, as statements translated from Arabic and Kurdish write a toll. "Loss" counts only people: "the loss of 300
 * homes" or "of 40 percent of its revenue" is no death. Sentences written for the rule, in several wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => `${f.category} ${f.value}`);

describe('the loss of N people is a death, the injury of N an injury', () => {
  it.each([
    ['Syria', 'The shelling resulted in the loss of two farmers in Tel Tamr and the injury of three civilians in Manbij.', ['killed 2', 'injured 3']],
    ['Ukraine', 'The strike led to the loss of four soldiers near Kupiansk, the brigade said.', ['killed 4']],
    ['Sudan', 'The council mourned the loss of five volunteers in the shelling of Omdurman on Friday.', ['killed 5']],
    ['Yemen', 'Medics reported the injury of 14 civilians in the shelling of Marib on Sunday.', ['injured 14']],
    ['Iraq', 'The attack caused the loss of an officer and the injury of two policemen in Tarmiyah.', ['killed 1', 'injured 2']],
  ])('%s', (_war, text, expected) => expect(facts(text)).toEqual(expect.arrayContaining(expected)));

  it.each([
    ['homes', 'Residents mourned the loss of 300 homes near Bakhmut after the fighting.'],
    ['jobs and vehicles', 'The army reported the loss of 12 vehicles and 300 jobs in Kharkiv.'],
    ['a share', 'The government faced the loss of 40 percent of its revenue in Sudan.'],
  ])('the loss of %s is no death', (_what, text) => expect(facts(text).filter((f) => f.startsWith('killed'))).toEqual([]));
});
