/**
 * "The SDF declared final victory over ISIL in X on 23 March": a side that declares victory in a place holds it, as a
 * battle that "ended in an RSF victory" does (fresh encyclopedic texts, round ency13). A victory in something that is
 * no place ("in the election") takes nothing. Sentences written for this file, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (text: string) => extract(text).map(brief).filter((f) => f.category === 'captured').map((f) => [f.places, f.time]);

describe('a side that declares victory in a place has taken it', () => {
  it.each([
    ['Iraq, encyclopedic', 'On 9 December 2017, Prime Minister Haider al-Abadi declared victory over ISIL in Rawa.', [[['Rawa'], 'On 9 December 2017']]],
    ['Syria, wire', 'Kurdish-led forces declared final victory in Hajin on Friday after weeks of fighting.', [[['Hajin'], 'on Friday']]],
    ['DRC, outlet', 'M23 rebels proclaimed victory in Bunagana on 13 June as Congolese troops fled into Uganda.', [[['Bunagana'], 'on 13 June']]],
  ])('%s', (_genre, text, expected) => {
    expect(captures(text)).toEqual(expected);
  });

  it('a victory in something that is no place takes nothing', () => {
    expect(captures('The ruling party declared victory in the parliamentary election on Sunday.')).toEqual([]);
  });
});
