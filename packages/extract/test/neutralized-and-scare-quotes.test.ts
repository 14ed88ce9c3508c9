/**
 * "Neutralized" as army statements use it (Sahel, Lake Chad, Cameroon, Nigeria): killed, in the passive and the
 * active; and a single verb in scare quotes ('12 rebels were also "neutralized"') is read as the verb it is. Sentences
 * written for the rule, in several wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const killed = (text: string) => extract(text).map(brief).filter((f) => f.category === 'killed').map((f) => f.value);

describe('neutralized: killed', () => {
  it.each([
    ['Burkina Faso, passive', 'Twenty-one militants were neutralized when troops repelled the attack near Djibo, the army said.', 21],
    ['Niger, active', 'Soldiers neutralised 14 assailants during the assault on the post near Ayorou, the ministry said.', 14],
    ['Nigeria, active', 'The air force neutralized nine bandits in a strike near Zurmi, a spokesman said.', 9],
  ])('%s', (_war, text, value) => expect(killed(text)).toEqual([value]));
});

describe('a verb in scare quotes', () => {
  it.each([
    ['Cameroon', 'Twelve separatists were also "neutralized" during the raid on the camp near Batibo, the army said.', 12],
    ['Mali', 'Some 30 jihadists were "neutralised" in the operation near Boni, the general staff said.', 30],
    ['Ukraine', 'The ministry said 40 fighters were “eliminated” near Bakhmut.', null],
  ])('%s', (_war, text, value) => expect(killed(text)).toEqual(value === null ? [] : [value]));

  it('quotes around a phrase are not blanked: a quoted statement stays a quotation', () => {
    const got = extract('"Seven soldiers were killed in the ambush," the spokesman said.').map(brief);
    expect(got.map((f) => [f.category, f.value, f.reporters])).toEqual([['killed', 7, ['spokesman']]]);
  });
});
