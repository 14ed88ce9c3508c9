/**
 * Two ways a monitor's toll names its source by a kind, not a name: "the rights group said" some sentences after the
 * group was named (a back-reference whose lower-case modifier, "rights", is a word of the name it points to), and "a
 * Syrian NGO" whose name the next sentence gives (an acronym as the kind's noun). A modifier that is no word of the
 * source named before ("the aid group") points to it only when it describes the source's kind (an NGO of the registry;
 * data/source-kinds.csv), never to a monitor. Sentences written for the rule, across several wars;
 * none comes from the corpus or the fresh texts.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const lastReporters = (text: string) => extract(text).at(-1)!.reporter_texts;

describe('a back-reference with a modifier of the name', () => {
  it.each([
    ['monitor, Syria', 'The Syrian Network for Human Rights said 40 civilians were killed in Idlib in May.\n\nFive of them were children, it added.\n\nThe rights group said a total of 900 civilians had been killed in Syria since January.', 'Syrian Network for Human Rights'],
    ['wire, Yemen', 'Human Rights Watch said an air raid killed 11 villagers in Saada.\n\nRescuers searched the rubble for hours.\n\nThe rights group said 30 civilians had been killed in Saada since March.', 'Human Rights Watch'],
  ])('%s', (_genre, text, expected) => expect(lastReporters(text)).toEqual([expected]));

  it('wire, Syria: a modifier that is no word of the name, nor of its kind, stays as written', () => {
    const text = 'The Syrian Observatory for Human Rights said 25 civilians were killed in Ariha.\n\nThe aid group said 14 civilians were wounded in Sarmin.';
    expect(lastReporters(text)).toEqual(['aid group']);
  });

  it('wire, Sudan: a modifier of the kind the registry gives the source names it (reporter-described-kind.test.ts)', () => {
    const text = 'The Sudan Doctors Network said 25 civilians were killed in El Fasher.\n\nThe aid group said 14 civilians were wounded in Tawila.';
    expect(lastReporters(text)).toEqual(['Sudan Doctors Network']);
  });
});

describe('an NGO named in the next sentence', () => {
  it.each([
    ['wire, Syria', 'A total of 30 civilians were killed in Syria last month, according to a report released by a Syrian NGO on Sunday.\n\nIn a statement, the Syrian Network for Human Rights said regime forces caused most deaths.', 'Syrian Network for Human Rights'],
    ['outlet, Yemen', 'Nine civilians were killed in air raids on Saada last month, a UK-based NGO said.\n\nAirwars said two of the dead were children.', 'Airwars'],
  ])('%s', (_genre, text, expected) => expect(extract(text)[0]!.reporter_texts).toEqual([expected]));
});
