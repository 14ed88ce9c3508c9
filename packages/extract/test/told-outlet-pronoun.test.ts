/**
 * "A farmer told The Irrawaddy ... Three villagers were killed, he added.": "he" is the person who spoke, not the
 * outlet he spoke to. The outlet is kept without its article ("Irrawaddy") while the registry writes it with one
 * ("The Irrawaddy"), so it was not known as a medium and the pronoun went to it; a registry name is now looked up
 * with or without a leading "the". And a figure's comma in a relative clause about the speaker (", who is among some
 * 2,000 people sheltering ...,") no longer splits the speaker's phrase. Paragraphs written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const reporters = (text: string) => extract(text).map((f) => [brief(f).category, brief(f).reporters]);

describe('a pronoun after "X told The Irrawaddy" is X', () => {
  it.each([
    ['a quote, then "he added"', 'Raids in Kani\n\n“The soldiers burned everything,” a farmer, who is among some 2,000 people ' +
      'sheltering at a monastery, told The Irrawaddy on Monday.\n\nThree villagers were killed in the raid, he added.', 'farmer'],
    ['a plain report, then "she said"', 'Shelling in Hpruso\n\nA resident told The Irrawaddy that the army shelled the ' +
      'town on Friday.\n\nTwo children were wounded, she said.', 'resident'],
  ])('%s', (_case, text, person) => {
    const hurt = reporters(text).filter(([category]) => category === 'killed' || category === 'injured');
    expect(hurt.length).toBe(1);
    expect(hurt[0]![1]).toEqual([person]);
  });

  it('the outlet itself stays a reporter where it is the one that reports', () => {
    const text = 'Clashes in Sagaing\n\nFour soldiers were killed near Monywa on Sunday, The Irrawaddy reported.';
    expect(reporters(text)).toEqual([['killed', ['The Irrawaddy']]]);
  });
});
