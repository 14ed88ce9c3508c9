/**
 * "On the hands of X" names the perpetrator as "at the hands of X" does (issue 9, monitors' tolls): translated
 * reports write the idiom so ("the killing of 211 rebels on the hands of IS"). Every sentence is written for this file,
 * in several genres and wars; none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief);

describe('the killing of N on the hands of X', () => {
  it.each([
    ['monitor, Syria', 'The network documented the killing of 48 civilians on the hands of Syrian regime forces in Idlib in May.', 48, /regime/i],
    ['rights group, Yemen', 'The group recorded the killing of 17 civilians on the hands of Houthi fighters in Taiz last month.', 17, /Houthi/i],
    ['monitor, Myanmar', 'At least 23 villagers were killed on the hands of junta troops in Sagaing in April, the association said.', 23, /junta/i],
    ['monitor, Iraq', 'The observatory documented the killing of 31 civilians on the hands of ISIS militants near Mosul in June.', 31, /ISIS/i],
  ])('%s', (_genre, text, value, actor) => {
    const found = facts(text).find((f) => f.category === 'killed' && f.value === value);
    expect(found?.actor).toMatch(actor);
  });
});
