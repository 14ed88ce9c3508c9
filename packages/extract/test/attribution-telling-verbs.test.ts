/**
 * Verbs of telling that outlets use for their sources as they use "said": "a war monitor revealed", "a resident
 * disclosed", "he recalled", "the commander explained". Sentences written for the rule, in several wars.
 */
import { describe, expect, it } from 'vitest';
import { SourceMemory } from '../src/attribution.ts';

function last(...sentences: string[]): string[] {
  const memory = new SourceMemory();
  let out: string[] = [];
  for (const s of sentences) out = memory.read(s);
  return out;
}

describe('revealed, disclosed, recalled, explained', () => {
  it.each([
    ['Syria', 'Two fighters were killed near al-Shuhayl, a war monitor revealed on Sunday.', 'a war monitor said on Sunday'],
    ['Ethiopia', 'A resident of the district disclosed that 12 people were killed in Gida on Tuesday.', 'said'],
    ['Sudan', 'Adam Musa, a farmer from Tawila, recalled that seven men were shot at the well.', 'said'],
    ['Yemen', 'Six Houthi fighters died in the clashes near Harib, a tribal leader explained.', 'said'],
    ['Ukraine', 'The regional governor revealed that 14 residents were wounded in the strike on Sumy.', 'said'],
  ])('%s: %s', (_war, sentence, said) => {
    const verb = /\b(?:revealed on Sunday|revealed|disclosed|recalled|explained)\b/;
    const withSaid = sentence.replace(verb, said === 'a war monitor said on Sunday' ? 'said on Sunday' : said);
    const got = last(sentence);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(last(withSaid));
  });

  it('a quoted account closed by "he recalled" is the speaker named before', () => {
    const lead = 'Yusuf Adan, a herder from Baidoa, told the paper that the attackers came at dawn.';
    const got = last(lead, '"The militants shot nine men in the market," he recalled.');
    expect(got).toEqual(['Yusuf Adan']);
    expect(got).toEqual(last(lead, '"The militants shot nine men in the market," he said.'));
  });

  it('what a search or an image reveals has no teller', () => {
    expect(last('The search revealed 30 bodies in a mass grave near Sinjar.')).toEqual([]);
    expect(last('Satellite images revealed that 200 homes were burned in the village.')).toEqual([]);
  });
});
