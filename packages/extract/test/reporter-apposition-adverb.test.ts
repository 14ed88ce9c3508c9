/**
 * "The Sudanese Doctors Network, a non-governmental organization, also reported six deaths": an adverb after an
 * apposition's closing comma does not open a new clause; the subject before the apposition reports the figure.
 * Sentences written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const norm = (s: string) => s.toLowerCase().replace(/^(?:the|an?)\s+/, '').trim();
const reporters = (s: string) => extract(s).flatMap((f) => f.reporter_texts.map(norm));

describe('the subject before an apposition and an adverb reports', () => {
  it.each([
    ['wire, Sudan', 'The Sudanese Doctors Network, a non-governmental organization, also reported six deaths but 37 injuries.', 'sudanese doctors network'],
    ['monitor, Syria', 'The Syrian Network for Human Rights, a monitoring group, also reported 12 deaths in Idlib.', 'syrian network for human rights'],
    ['sitrep, Yemen', 'UNHCR, the UN refugee agency, also reported 4,300 displaced people in Marib in March.', 'un refugee agency'],
    ['outlet, Ukraine', 'Ukrinform, the state news agency, later reported 9 deaths in the strike on Odesa.', 'ukrinform'],
  ])('%s: %s', (_genre, s, who) => expect(reporters(s)).toContain(who));
});
