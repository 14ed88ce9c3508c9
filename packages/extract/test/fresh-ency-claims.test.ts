/**
 * An infobox's claim note, met in a fresh encyclopedic page (Tal Afar 2017) and tested on lines written for it in
 * several wars: "(Iraqi claim)", "(SOHR claim)" name whose count the figure before them is. A demonym alone is its
 * state's government; a bracket that is no claim note names no one.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const reporters = (text: string) => extract(text).filter((f) => f.kind === 'casualty').map((f) => [f.quantity?.value, f.reporter_texts]);

describe('"(X claim)" after a figure names its source', () => {
  it.each([
    ['Syria', '- Casualties2: 650 killed (SOHR claim), 90 captured', [[650, ['SOHR']]]],
    ['Ukraine', '- Casualties1: 1,200 killed (Russian claim), 300 killed (Ukrainian claim)', [[1200, ['Russian government']], [300, ['Ukrainian government']]]],
    ['Yemen', '- Casualties2: 400+ killed (Saudi claim)', [[400, ['Saudi government']]]],
    ['Libya', '- Casualties1: 70 killed (LNA claim)', [[70, ['LNA']]]],
    ['Ethiopia, joint claimants', '- Casualties2: 900+ killed (ENDF/Amhara claim)', [[900, ['ENDF/Amhara']]]],
    ['Sudan, with its span', '3,100 killed (SAF claim; Oct.–Dec. 2024)', [[3100, ['SAF']]]],
    ['Yemen, a movement named like a people', '- Casualties1: 2,300 killed (Houthi claim)', [[2300, ['Houthi']]]],
    ['Nagorno-Karabakh, two states', '- Casualties2: 540 killed (Azerbaijani claim), 300 killed (Armenian claim)', [[540, ['Azerbaijani government']], [300, ['Armenian government']]]],
  ])('%s', (_war, text, expected) => {
    expect(reporters(text)).toEqual(expected);
  });

  it('a bracket with no "claim" names no source', () => {
    expect(reporters('- Casualties2: 650 killed (estimated), 90 captured')).toEqual([[650, []]]);
  });
});
