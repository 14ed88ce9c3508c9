/**
 * An infobox's claim notes as copied pages flatten them, met in fresh encyclopedic pages (a Donbas battle, a Syrian
 * town's battle) and tested on lines written for them in several wars. A label before the figures ("Russian claim:
 * 900 killed") names whose count the figures after it are, up to the next label; a bracketed note in lower case
 * ("(opposition claim)", "(government claim)") names its side's count as the capitalised one does.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const reporters = (text: string) =>
  extract(text).filter((f) => f.kind === 'casualty').map((f) => [f.quantity?.value, f.reporter_texts]);

describe('"X claim:" before figures names their source, up to the next label', () => {
  it.each([
    ['Ukraine', '- Casualties1: Ukrainian claim:, 4,200 killed, Russian claim:, 350 killed', [[4200, ['Ukrainian government']], [350, ['Russian government']]]],
    ['Nagorno-Karabakh', '- Casualties2: Armenian claim: 730 killed; Azerbaijani claim: 95 killed', [[730, ['Armenian government']], [95, ['Azerbaijani government']]]],
    ['Libya, a named side', 'Casualties and losses: LNA claim: 140 killed, 60 captured', [[140, ['LNA']]]],
  ])('%s', (_war, text, expected) => {
    expect(reporters(text)).toEqual(expected);
  });

  it('a label with no figure after it gives none to the figures of the next label', () => {
    expect(reporters('- Casualties2: ISW claim:, Heavy, Ukrainian claim:, 800 killed')).toEqual([[800, ['Ukrainian government']]]);
  });

  it('"claim" in a sentence, not a label, is no label', () => {
    const got = reporters('Rebels renewed their claim: at least 40 soldiers were killed in the attack on Sunday.');
    expect(got.map(([, r]) => r)).not.toContainEqual(['Rebels renewed their']);
  });
});

describe('a lower-case side noun in a bracketed claim note names its side', () => {
  it.each([
    ['Syria', 'Casualties and losses: 310 killed (opposition claim), 95 killed (government claim)', [[310, ['opposition']], [95, ['government']]]],
    ['Yemen', '- Casualties2: 1,400 killed (rebel claim)', [[1400, ['rebels']]]],
    ['Myanmar', '- Casualties1: 260 killed (military claim)', [[260, ['military']]]],
  ])('%s', (_war, text, expected) => {
    expect(reporters(text)).toEqual(expected);
  });

  it('a bracket of other lower-case words names no one', () => {
    expect(reporters('- Casualties2: 650 killed (disputed claim), 90 captured')).toEqual([[650, []]]);
  });
});

describe('a claim note sources its own line only', () => {
  it('the next line of the infobox takes no reporter from it', () => {
    const text = ['Casualties and losses', '210 killed (opposition claim)', '65 soldiers and 12 militiamen killed'].join('\n');
    expect(reporters(text)).toEqual([[210, ['opposition']], [65, []], [12, []]]);
  });

  it('nor does a later line, when the noted line reads as a heading', () => {
    const text = [
      'Casualties and losses', '480–520 killed [4] killed, 300 wounded[4] (opposition claim)', '900 killed, 650 wounded, 300 captured (government claim)[7]',
      '35-40 Wagner fighters,[8] 20 soldiers and militiamen[9][10] and 9 officers killed,[11] 40 Wagner fighters wounded[12]',
    ].join('\n');
    expect(reporters(text).filter(([, r]) => (r as string[]).length).map(([n]) => n)).toEqual([480, 300, 900, 650]);
  });

  it('a label with a bracketed span before its colon is a label', () => {
    expect(reporters('- Casualties3: Sudanese claim (4 May – 9 June):, 640 civilians killed')).toEqual([[640, ['Sudanese government']]]);
  });
});
