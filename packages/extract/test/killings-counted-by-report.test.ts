/**
 * "The tracker recorded 112 killings in Benue": a count of killings a report records is a count of people killed, as
 * "recorded 112 deaths" is. Only a reporting verb licenses it (frames.csv, `licensed_by` reporting): "condemned the
 * killings of 12 farmers" is read by the noun's "of" complement, and "denied two killings" counts nothing. Sentences
 * written for the rule, in several wars; none comes from the corpus or the fresh texts.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const killed = (text: string) => extract(text).filter((f) => f.category === 'killed').map((f) => f.quantity?.value);

describe('killings a report records', () => {
  it.each([
    ['tracker, Nigeria', 'The tracker recorded 112 killings in Benue State in June.', [112]],
    ['monitor, DR Congo', 'Monitors documented 45 killings in Ituri last month.', [45]],
    ['tracker, Nigeria (zones)', 'By zone, the north-west registered 96 killings and the south recorded 31 killings in March.', [96, 31]],
  ])('%s', (_genre, text, values) => expect(killed(text)).toEqual(values));

  it('wire, Burkina Faso: a killing nobody counts is no figure', () => {
    expect(killed('The army denied two killings attributed to its soldiers near Djibo.')).toEqual([]);
  });
});
