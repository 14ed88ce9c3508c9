/**
 * A reporter written as a bare surname ("Shami added that ...", "Mr Haddad said") is the person the text named in full
 * before, where the text did not yet quote that person (a speaker quoted before is attribution.ts's). Sentences written for the rule, in wire copy, outlet and situation-report prose, across several wars; none
 * comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';
import { parsePersonTitles } from '../src/person-titles.ts';

/** The reporters of the last figure of a text. */
const lastReporters = (text: string) => extract(text).at(-1)!.reporter_texts;

describe('a surname that points back', () => {
  it.each([
    [
      'outlet, Syria',
      'Karim Haddad, a spokesman for the Kurdish-led forces, toured the dam on Sunday. Haddad added that 120 fighters had been killed near the bridge.',
      'Karim Haddad',
    ],
    [
      'wire, Sudan',
      'The head of the health office in Omdurman, Amna Bashir, spoke to reporters on Monday. Bashir said 37 civilians were killed in shelling of the market.',
      'Amna Bashir',
    ],
    [
      'wire, Ukraine, with a title',
      'Oleh Hrytsenko, the regional governor, visited the shelled district on Tuesday. Mr Hrytsenko said four people were killed in the strike on Kupiansk.',
      'Oleh Hrytsenko',
    ],
    [
      'situation report, DR Congo',
      'Jean-Paul Mukendi, the camp coordinator, met the new arrivals at the gate. Mukendi reported that 2,300 families arrived in Kanyaruchinya over the week.',
      'Jean-Paul Mukendi',
    ],
  ])('%s', (_genre, text, expected) => expect(lastReporters(text)).toEqual([expected]));
});

describe('a surname that points nowhere, or at two people, stays as written', () => {
  it('no full name before (Yemen, wire)', () => {
    expect(lastReporters('Fighting went on near Marib. Saleh said 40 fighters were killed in the clashes.')).toEqual(['Saleh']);
  });
  it('two people of that surname (Iraq, outlet)', () => {
    const text = 'Ali Jaber, a police officer, and Omar Jaber, a medic, were at the scene. Jaber said 12 civilians were killed in the blast in Mosul.';
    expect(lastReporters(text)).toEqual(['Jaber']);
  });
  it('a capitalised common word opening a sentence is no given name (Syria, wire)', () => {
    const text = 'Residents said nothing about Haddad. Later Haddad left the town. Haddad said 14 people were killed in Ariha.';
    expect(lastReporters(text)).toEqual(['Haddad']);
  });
});

describe('the titles table', () => {
  it('reads titles without their dot, lower-cased', () => {
    expect(parsePersonTitles('title,example,source\nMr,"Mr X said",https://example.org\n').has('mr')).toBe(true);
  });
  it('stops on a row without a source', () => {
    expect(() => parsePersonTitles('title,example,source\nMr,"Mr X said",\n')).toThrow(/source/);
  });
});
