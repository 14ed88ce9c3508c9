/**
 * "M23 fighters took Kalembe. Two days later, the FARDC retook it.": a capture verb's "it", when its own sentence names
 * no place before the verb, is the place the sentence before took (or opened on), not nothing. A sentence that names
 * a place before the verb keeps its own reading ("attacked a checkpoint near X and captured it" takes no town).
 * Sentences written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { facts, on } from './dated-text.ts';

const captures = (text: string) =>
  facts(text).filter((f) => f.category === 'captured').map((f) => [f.place_mentions.join('|'), f.period_end]);

describe("a capture verb's 'it' takes the place of the sentence before", () => {
  it.each([
    ['sitrep, DR Congo', on('2024-11-15', 'DRC: Flash Update\nAs of 15 November 2024\n\n' +
      'On 3 November, M23 fighters took control of Bibwe, a village in Masisi territory. Four days later, the FARDC retook it.'),
    [['Bibwe', '2024-11-03'], ['Bibwe', '2024-11-07']]],
    ['wire, Sudan', on('2024-03-12', 'KHARTOUM, March 12 (Reuters) - The Sudanese army said on Tuesday it had recaptured Omdurman\'s state broadcaster building. ' +
      'The RSF seized Um Ruwaba in January.\n\nOn Monday, army troops retook it after heavy fighting, residents said.'),
    [['Um Ruwaba', '2024-01-31'], ['Um Ruwaba', '2024-03-11']]],
    ['encyclopedic, Syria', 'Battle of Saraqib (2020)\nDate January – March 2020\n\n' +
      'On 6 February 2020, the Syrian Army captured Saraqib. On 27 February 2020, rebels seized it again.',
    [['Saraqib', '2020-02-06'], ['Saraqib', '2020-02-27']]],
    ['outlet, Mali', on('2012-04-02', 'Rebels take Gao\n\nBAMAKO — Published: 2 April 2012\n\n' +
      'Timbuktu fell to Tuareg fighters on Sunday after government troops withdrew. Islamist gunmen seized it hours later, residents said.'),
    [['Timbuktu', '2012-04-01'], ['Timbuktu', '2012-04-01']]],
  ])('%s', (_genre, text, want) => {
    expect(captures(text)).toEqual(expect.arrayContaining(want));
  });

  it("keeps a sentence's own place before the verb: 'attacked a checkpoint near X and captured it' takes no town", () => {
    const text = 'On 4 May 2023, rebels took Kiwanja. On 6 May, soldiers attacked a checkpoint near Rumangabo and captured it.';
    expect(captures(text).map(([p]) => p)).not.toContain('Kiwanja|Kiwanja');
    expect(captures(text).filter(([p]) => p === 'Kiwanja')).toHaveLength(1);
  });

  it('reaches back one sentence only', () => {
    const text = 'On 4 May 2023, rebels took Kiwanja. The army sent reinforcements by road. On 9 May, a convoy was ambushed and the rebels seized it.';
    expect(captures(text).filter(([p]) => p === 'Kiwanja')).toHaveLength(1);
  });
});
