/**
 * A bare figure credited by the next sentence, which only says whose it is ("That is according to X.", "The figures
 * come from X."): the source is the figure's reporter (attribution-after.ts). Sentences written for this file, in
 * several wars and genres; none comes from the corpus or fresh texts.
 */
import { describe, expect, it } from 'vitest';
import { parseFigureReferences, refersBack } from '../src/attribution-after.ts';
import { brief, extract } from './helpers.ts';

const reporters = (text: string) => extract(text).map(brief).map((f) => [f.value, f.reporters]);

describe('a sentence that only attributes credits the figures before it', () => {
  it.each([
    ['wire, Ukraine', 'Shelling hit a market in Kherson on Tuesday. At least 9 civilians were killed and 23 wounded. That is according to the regional military administration.', 'regional military administration'],
    ['outlet, Sudan', 'Fighting went on around El Fasher. Some 27 children were among the dead. The figures come from the Sudan Doctors Network.', 'Sudan Doctors Network'],
    ['monitor, Myanmar', 'An air strike hit a school in Sagaing. Eleven students died. This is according to the National Unity Government.', 'National Unity Government'],
    ['sitrep, DR Congo', 'Clashes broke out near Goma. Fifteen civilians were killed. The toll was provided by the UN mission.', 'UN mission'],
    ['outlet, Yemen', 'Drones struck a wedding near Marib. Thirty guests were killed. Those numbers were compiled by a local rights group.', 'local rights group'],
  ])('%s', (_case, text, source) => {
    const found = reporters(text);
    expect(found.length).toBeGreaterThan(0);
    for (const [, names] of found) expect(names).toContain(source);
  });

  it('keeps a source the figure\'s own sentence names (Syria, wire)', () => {
    const found = reporters('Nine people were killed in Idlib, the Observatory said. The figures come from the health directorate.');
    expect(found[0]![1]).toEqual(['Observatory']);
  });

  it('does not reach across a paragraph (Ethiopia, outlet)', () => {
    const found = reporters('Twenty villagers were killed in the raid.\n\nThat is according to the regional health bureau.');
    expect(found[0]![1]).toEqual([]);
  });

  it('needs a back-reference: a new sentence naming a source is not an attribution of the one before (Sahel, wire)', () => {
    const found = reporters('Twelve soldiers were killed near Djibo. The army spokesman visited the town on Monday.');
    expect(found[0]![1]).not.toContain('army spokesman');
  });
});

describe('the pieces', () => {
  it('reads the figure nouns from their table', () => {
    expect(parseFigureReferences('word,example,source\nToll,"x",https://example.org/toll\n')).toEqual(['toll']);
  });

  it('knows a back-reference at the opening only', () => {
    expect(refersBack('That was according to the ministry.')).toBe(true);
    expect(refersBack('These casualty figures come from OCHA.')).toBe(true);
    expect(refersBack('That night the ministry said the fighting stopped.')).toBe(false);
    expect(refersBack('The ministry said the figures were rising.')).toBe(false);
  });
});
