/**
 * The verbs of a running total (data/toll-verbs.csv, toll-verbs.ts): one table read by the toll frames
 * (frame-tolls.ts) and by the cue before a figure (cues.ts). Each kind keeps its reading; every sentence is written
 * for this file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { parseTollVerbs, tollCuePattern, tollVerbForms, tollVerbs } from '../src/toll-verbs.ts';
import { brief, extract } from './helpers.ts';

const tolls = (text: string) => extract(text).map(brief).map((f) => [f.category, f.value, f.cumulative]);

describe('toll-verbs.csv', () => {
  it('refuses an unknown kind and a row without a source', () => {
    expect(() => parseTollVerbs('verb,kind,forms,cue_forms,example,source\nrise,grow,,,x,https://e.org\n')).toThrow(/kind "grow"/);
    expect(() => parseTollVerbs('verb,kind,forms,cue_forms,example,source\nrise,change,,,x,\n')).toThrow(/source/);
  });

  it('gives each kind its lemmas, the past forms their lemma, and the cue its forms', () => {
    expect(tollVerbs('change').has('rise')).toBe(true);
    expect(tollVerbs('fall').has('rise')).toBe(false);
    expect(tollVerbForms().get('fallen')).toBe('fall');
    expect(new RegExp(`^${tollCuePattern()}$`).test('stood  at')).toBe(true);
  });

  it.each([
    ['cue, wire, Gaza', 'The death toll from the strike on the Rafah market stood at 52 on Friday, medics said.', ['killed', 52, true]],
    ['change, outlet, Sudan', 'The number of civilians killed in the Kadugli shelling has soared to 29, residents said.', ['killed', 29, true]],
    ['cause, sitrep, DRC', 'The discovery of 6 more bodies brought the death toll of the attack on the camp near Djugu to 19.', ['killed', 19, true]],
    ['direct, encyclopedic, Libya', 'By the end of the week the number of dead in Derna had topped 1,000, according to the Red Crescent.', ['killed', 1000, true]],
    ['fall, monitor, Ukraine', 'Civilian deaths in Kherson fell to 18 in June, the UN monitoring mission said.', ['killed', 18, false]],
  ])('%s', (_case, text, expected) => {
    expect(tolls(text)).toContainEqual(expected);
  });
});
